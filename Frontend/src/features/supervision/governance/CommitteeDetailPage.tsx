import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Row, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { enumLabel, enumOptions, type CommitteeRole } from '../../../shared/ui/enums';
import { toApiDate, today, useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { LawyerPicker } from '../../registry/common/LawyerPicker';
import type { MemberView } from '../common/supervisionApi';
import { useCommittee, useCommitteeStep, type CommitteeStep } from './useGovernance';

interface StepValues {
  lawyerId?: string;
  role?: CommitteeRole;
  termFrom?: Dayjs | null;
  termUntil?: Dayjs | null;
  endsOn?: Dayjs | null;
}

/** 专业委员会: its members and their terms (serving today marked); the association appoints members and ends terms early. */
export function CommitteeDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const committee = useCommittee(id);
  const takeStep = useCommitteeStep(id);
  const { can } = usePermissions();
  const [step, setStep] = useState<CommitteeStep>();
  const mayManage = can(permissions.governanceManage);
  const record = committee.data?.data;
  const required = { required: true, message: t('form.required') };
  const field = (name: 'lawyer' | 'role' | 'termFrom' | 'termUntil' | 'serving' | 'endsOn') => t(`supervision.committees.member.${name}`);
  const ending = step?.kind === 'termEnd' ? record?.members.find((member) => member.id === step.memberId) : undefined;

  return (
    <Page
      title={record?.name ?? t('supervision.committees.title')}
      description={record?.description}
      extra={
        record &&
        mayManage && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setStep({ kind: 'appointment' })}>
            {t('supervision.committees.appoint.button')}
          </Button>
        )
      }
    >
      <QueryState query={committee}>
        {({ data }) => (
          <Table<MemberView>
            rowKey={(member) => member.id}
            dataSource={data.members}
            pagination={false}
            data-testid="committee-members"
            locale={{ emptyText: t('supervision.committees.noMembers') }}
            columns={[
              { key: 'lawyer', title: field('lawyer'), dataIndex: 'lawyerName' },
              { key: 'role', title: field('role'), render: (_, member) => enumLabel(t, 'committeeRole', member.role) },
              { key: 'term', title: t('supervision.committees.member.term'), render: (_, member) => `${format.date(member.termFrom)} – ${format.date(member.termUntil)}` },
              { key: 'serving', title: field('serving'), render: (_, member) => (member.serving ? <Tag color="green">{t('supervision.committees.member.servingNow')}</Tag> : t('detail.none')) },
              ...(mayManage
                ? [
                    {
                      key: 'actions',
                      title: '',
                      render: (_: unknown, member: MemberView) =>
                        member.serving && (
                          <Button size="small" danger onClick={() => setStep({ kind: 'termEnd', memberId: member.id })}>
                            {t('supervision.committees.termEnd.button')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {committee.data && mayManage && (
        <ActionModal<StepValues>
          name={`committee-${step?.kind ?? 'appointment'}`}
          open={step !== undefined}
          title={t(step?.kind === 'termEnd' ? 'supervision.committees.termEnd.title' : 'supervision.committees.appoint.title')}
          okText={t(step?.kind === 'termEnd' ? 'supervision.committees.termEnd.confirm' : 'supervision.committees.appoint.confirm')}
          danger={step?.kind === 'termEnd'}
          intro={ending && <Typography.Paragraph style={{ margin: 0 }}>{t('supervision.committees.termEnd.intro', { name: ending.lawyerName })}</Typography.Paragraph>}
          initialValues={{ role: 'Member', termFrom: today(), endsOn: today() }}
          onSubmit={async (values) => {
            if (!step) return;
            const body =
              step.kind === 'appointment'
                ? { lawyerId: values.lawyerId ?? null, role: values.role, termFrom: toApiDate(values.termFrom), termUntil: toApiDate(values.termUntil) }
                : { endsOn: toApiDate(values.endsOn) };
            await takeStep.mutateAsync({ step, body, etag: committee.data!.etag });
            void message.success(t(step.kind === 'appointment' ? 'supervision.committees.appoint.done' : 'supervision.committees.termEnd.done'));
          }}
          onClose={() => setStep(undefined)}
          onReload={() => committee.refetch()}
        >
          {step?.kind === 'termEnd' ? (
            <Form.Item name="endsOn" label={field('endsOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <Row gutter={16}>
              <Col xs={24}>
                <Form.Item name="lawyerId" label={field('lawyer')} rules={[required]}>
                  <LawyerPicker />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="role" label={field('role')} rules={[required]}>
                  <Select options={enumOptions(t, 'committeeRole')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="termFrom" label={field('termFrom')} rules={[required]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name="termUntil" label={field('termUntil')} rules={[required]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </ActionModal>
      )}
    </Page>
  );
}
