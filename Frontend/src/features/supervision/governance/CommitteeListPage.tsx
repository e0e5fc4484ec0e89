import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { enumLabel } from '../../../shared/ui/enums';
import { toApiText } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { useRegionLabel } from '../../registry/common/useRegions';
import type { CommitteeDetails } from '../common/supervisionApi';
import { useCommitteeList, useFormCommittee } from './useGovernance';

/** 专业委员会: the association's specialised committees with the members serving today. */
export function CommitteeListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const regionLabel = useRegionLabel();
  const committees = useCommitteeList();
  const formCommittee = useFormCommittee();
  const [forming, setForming] = useState(false);
  const mayManage = can(permissions.governanceManage);
  const field = (name: 'name' | 'region' | 'members' | 'description') => t(`supervision.committees.fields.${name}`);

  return (
    <Page
      title={t('supervision.committees.title')}
      description={t('supervision.committees.description')}
      extra={
        mayManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForming(true)}>
            {t('supervision.committees.create')}
          </Button>
        )
      }
    >
      <QueryState query={committees} isEmpty={(list) => list.length === 0} emptyDescription={t('supervision.committees.empty')}>
        {(list) => (
          <Table<CommitteeDetails>
            rowKey={(committee) => committee.id}
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'name', title: field('name'), render: (_, committee) => <Link to={`/supervision/committees/${committee.id}`}>{committee.name}</Link> },
              { key: 'region', title: field('region'), render: (_, committee) => regionLabel(committee.regionCode) },
              {
                key: 'members',
                title: field('members'),
                render: (_, committee) => (
                  <Flex gap={4} wrap>
                    {committee.members
                      .filter((member) => member.serving)
                      .map((member) => (
                        <Tag key={member.id}>
                          {member.lawyerName}（{enumLabel(t, 'committeeRole', member.role)}）
                        </Tag>
                      ))}
                  </Flex>
                ),
              },
              { key: 'description', title: field('description'), dataIndex: 'description' },
            ]}
          />
        )}
      </QueryState>
      {mayManage && (
        <ActionModal<{ name?: string; description?: string }>
          name="formCommittee"
          open={forming}
          title={t('supervision.committees.createTitle')}
          okText={t('supervision.committees.createSubmit')}
          onSubmit={async (values) => {
            const created = await formCommittee.mutateAsync({ name: toApiText(values.name), description: toApiText(values.description) });
            void message.success(t('supervision.committees.created', { name: created.data.name }));
            void navigate(`/supervision/committees/${created.data.id}`);
          }}
          onClose={() => setForming(false)}
        >
          <Form.Item name="name" label={field('name')} rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label={field('description')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </ActionModal>
      )}
    </Page>
  );
}
