import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/ui/format';
import { deadlineStepLabel } from './Deadline';

export interface TimelineStep {
  kind: string;
  at: string;
  /** Who took the step (staff pages; the public progress has none). */
  actorName?: string;
  note?: string | null;
}

interface CaseTimelineProps {
  steps: readonly TimelineStep[];
  /** The step kinds' labels: complaint or rights-case steps. */
  family: 'complaintSteps' | 'rightsSteps';
}

const colourOf = (kind: string) => (kind === 'Overdue' ? 'red' : kind === 'Rejected' ? 'gray' : 'blue');

/** A case's history, oldest first: what happened, when, by whom, and its note. */
export function CaseTimeline({ steps, family }: CaseTimelineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (steps.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.timeline.empty')} />;

  return (
    <Timeline
      data-testid="case-timeline"
      items={steps.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: colourOf(step.kind),
        title: (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {format.dateTime(step.at)}
          </Typography.Text>
        ),
        content: (
          <Flex vertical gap={2}>
            <span>
              <Typography.Text strong>{t(`supervision.${family}.${step.kind}` as never, { defaultValue: step.kind })}</Typography.Text>
              {step.actorName && <Typography.Text type="secondary"> · {step.actorName}</Typography.Text>}
            </span>
            {step.note && (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                {/* An overdue mark's note is the step whose limit passed. */}
                {step.kind === 'Overdue' ? deadlineStepLabel(t, step.note) : step.note}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
