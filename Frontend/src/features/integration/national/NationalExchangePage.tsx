import { Divider, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { DeliveryLog } from '../common/DeliveryLog';
import { NationalStatusCard } from './NationalStatusCard';
import { ReconcileForm } from './ReconcileForm';
import { ReconciliationLedger } from './ReconciliationLedger';

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Typography.Title level={2} id={id} style={{ fontSize: 18, marginTop: 0 }}>
        {title}
      </Typography.Title>
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      {children}
    </section>
  );
}

/**
 * 全国律师综合管理信息系统对接: whether the exchange is configured and how it is doing, the national
 * delivery log (a parked or delivered event sent again), and the daily reconciliation ledger with
 * 立即核对 for a range of days.
 */
export function NationalExchangePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('integration.national.title')} description={t('integration.national.description')}>
      <Flex vertical gap={8}>
        <Section id="national-status" title={t('integration.national.statusTitle')}>
          <NationalStatusCard />
        </Section>
        <Divider />
        <Section id="national-deliveries" title={t('integration.deliveries.title')} description={t('integration.deliveries.nationalDescription')}>
          <DeliveryLog scope={{ channel: 'National' }} emptyDescription={t('integration.deliveries.emptyNational')} />
        </Section>
        <Divider />
        <Section id="national-reconciliation" title={t('integration.reconciliation.title')} description={t('integration.reconciliation.description')}>
          <Flex vertical gap={16}>
            <ReconcileForm />
            <ReconciliationLedger />
          </Flex>
        </Section>
      </Flex>
    </Page>
  );
}
