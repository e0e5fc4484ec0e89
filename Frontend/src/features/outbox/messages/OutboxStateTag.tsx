import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type OutboxState } from '../../../shared/ui/enums';

const colours: Record<OutboxState, string> = { Pending: 'processing', Dispatched: 'success', DeadLettered: 'error', Skipped: 'default' };

/** 待投递 / 已投递 / 死信 / 已跳过, coloured: a dead letter stands out in red. */
export function OutboxStateTag({ state }: { state: OutboxState }) {
  const { t } = useTranslation();
  return <Tag color={colours[state]}>{enumLabel(t, 'outboxState', state)}</Tag>;
}
