import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type DeliveryState } from '../../../shared/ui/enums';

const colours: Record<DeliveryState, string> = { Pending: 'processing', Delivered: 'success', DeadLettered: 'error' };

/** 待发送 / 已送达 / 已搁置, coloured: a parked delivery stands out in red. */
export function DeliveryStateTag({ state }: { state: DeliveryState }) {
  const { t } = useTranslation();
  return <Tag color={colours[state]}>{enumLabel(t, 'deliveryState', state)}</Tag>;
}
