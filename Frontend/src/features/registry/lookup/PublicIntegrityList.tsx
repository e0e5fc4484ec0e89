import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../shared/api/client';
import { measureLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';

type PublicIntegrityRecord = components['schemas']['PublicIntegrityRecord'];

/**
 * 奖惩信息 on the public look-up: the rewards and sanctions the rules make public (inside their
 * disclosure period), newest first as the host sends them; or a line saying there are none.
 */
export function PublicIntegrityList({ records }: { records: readonly PublicIntegrityRecord[] | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (name: 'measure' | 'title' | 'decidedBy' | 'documentNumber' | 'decidedOn' | 'effectiveUntil') => t(`lookup.integrityFields.${name}`);

  return (
    <section aria-label={t('lookup.integrity')} data-testid="public-integrity" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('lookup.integrity')}
      </Typography.Title>
      {!records || records.length === 0 ? (
        <Typography.Text type="secondary">{t('lookup.noIntegrity')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {records.map((record) => (
            <Descriptions key={`${record.measure}-${record.documentNumber}-${record.decidedOn}`} column={2} bordered size="small">
              <Descriptions.Item label={label('measure')}>
                <Tag color={record.kind === 'Reward' ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                  {measureLabel(t, record.measure)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={label('title')}>{record.title}</Descriptions.Item>
              <Descriptions.Item label={label('decidedBy')}>{record.decidedBy}</Descriptions.Item>
              <Descriptions.Item label={label('documentNumber')}>{record.documentNumber}</Descriptions.Item>
              <Descriptions.Item label={label('decidedOn')}>{format.date(record.decidedOn)}</Descriptions.Item>
              <Descriptions.Item label={label('effectiveUntil')}>
                {record.effectiveUntil ? format.date(record.effectiveUntil) : t('detail.none')}
              </Descriptions.Item>
            </Descriptions>
          ))}
        </Flex>
      )}
    </section>
  );
}
