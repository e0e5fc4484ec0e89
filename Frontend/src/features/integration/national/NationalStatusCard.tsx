import { CheckCircleOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Alert, Col, Descriptions, Flex, Row, Statistic, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/ui/format';
import { QueryState } from '../../../shared/ui/QueryState';
import type { NationalExchangeStatus } from '../common/integrationApi';
import { useNationalStatus } from './useNationalExchange';

function StatusFacts({ status }: { status: NationalExchangeStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={16} data-testid="national-status">
      {!status.enabled && (
        <Alert
          type="info"
          showIcon
          icon={<DisconnectOutlined />}
          title={t('integration.national.notConfigured')}
          description={t('integration.national.notConfiguredHint')}
        />
      )}
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('integration.national.fields.enabled')}>
          {status.enabled ? (
            <Tag color="success" icon={<CheckCircleOutlined />}>
              {t('integration.national.enabled')}
            </Tag>
          ) : (
            <Tag>{t('integration.national.disabled')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('integration.national.fields.host')}>{status.host ?? t('detail.none')}</Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('integration.national.fields.pending')} value={format.number(status.pending)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('integration.national.fields.deadLettered')}
            value={format.number(status.deadLettered)}
            styles={status.deadLettered > 0 ? { content: { color: token.colorError } } : undefined}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('integration.national.fields.delivered')} value={format.number(status.delivered)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('integration.national.fields.lastDeliveredAt')}
            value={status.lastDeliveredAt ? format.dateTime(status.lastDeliveredAt) : t('detail.none')}
          />
        </Col>
      </Row>
    </Flex>
  );
}

/** The exchange at a glance; when no national system is configured, says so and what would turn it on. */
export function NationalStatusCard() {
  const status = useNationalStatus();
  return <QueryState query={status}>{(data) => <StatusFacts status={data} />}</QueryState>;
}
