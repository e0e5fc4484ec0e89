import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type ComplaintState, type RightsCaseState } from '../../../shared/ui/enums';

const complaintColours: Record<ComplaintState, string> = {
  Received: 'blue',
  Rejected: 'default',
  Investigating: 'processing',
  Referred: 'purple',
  Decided: 'cyan',
  Notified: 'geekblue',
  Closed: 'success',
};

const rightsColours: Record<RightsCaseState, string> = {
  Received: 'blue',
  Rejected: 'default',
  Accepted: 'processing',
  Coordinating: 'purple',
  Answered: 'cyan',
  Closed: 'success',
};

type CaseStateTagProps = { kind: 'complaint'; state: ComplaintState } | { kind: 'rights'; state: RightsCaseState };

/** A complaint's or a rights case's state, coloured by how far along it is. */
export function CaseStateTag(props: CaseStateTagProps) {
  const { t } = useTranslation();
  return props.kind === 'complaint' ? (
    <Tag color={complaintColours[props.state]}>{enumLabel(t, 'complaintState', props.state)}</Tag>
  ) : (
    <Tag color={rightsColours[props.state]}>{enumLabel(t, 'rightsCaseState', props.state)}</Tag>
  );
}
