import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** 启用 / 已暂停: a paused subscription receives nothing until resumed. */
export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Tag color={active ? 'success' : 'default'}>{t(active ? 'integration.webhooks.active.true' : 'integration.webhooks.active.false')}</Tag>;
}
