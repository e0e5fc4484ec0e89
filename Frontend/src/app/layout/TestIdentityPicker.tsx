import { ExperimentOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Button, Flex, Form, Popover, Select, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions, type RegionNode } from '../../features/registry/common/useRegions';
import { ApiError } from '../../shared/api/problem';
import { useSession, useTestIdentity } from '../../shared/auth/session';
import { isValidScope, setTestIdentity, testRoles, type TestIdentity, type TestRole } from '../../shared/auth/testIdentity';

function scopeOptions(roots: readonly RegionNode[]) {
  const options: { value: string; label: string }[] = [];
  const walk = (nodes: readonly RegionNode[], depth: number) => {
    for (const node of nodes) {
      options.push({ value: `region:${node.code}`, label: `${'　'.repeat(depth)}${node.name} · region:${node.code}` });
      walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  return options;
}

function IdentityForm({ identity, onApply }: { identity: TestIdentity; onApply: (identity: TestIdentity) => void }) {
  const { t } = useTranslation();
  const regions = useRegions();
  const [role, setRole] = useState<TestRole>(identity.role);
  const [scope, setScope] = useState(identity.scope);
  const options = useMemo(() => scopeOptions(regions.data ?? []), [regions.data]);
  const valid = isValidScope(scope.trim());

  return (
    <Form layout="vertical" style={{ width: 340 }} onFinish={() => valid && onApply({ role, scope: scope.trim() })}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('identity.explanation')}
      </Typography.Paragraph>
      <Form.Item label={t('identity.role')} htmlFor="test-identity-role" style={{ marginBottom: 12 }}>
        <Select<TestRole>
          id="test-identity-role"
          value={role}
          onChange={setRole}
          options={testRoles.map((value) => ({ value, label: t(`identity.roles.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('identity.scope')}
        htmlFor="test-identity-scope"
        validateStatus={valid ? undefined : 'error'}
        help={valid ? t('identity.scopeHint') : t('identity.scopeInvalid')}
        style={{ marginBottom: 12 }}
      >
        <AutoComplete
          id="test-identity-scope"
          value={scope}
          onChange={setScope}
          options={options}
          showSearch={{
            filterOption: (input, option) => (option?.label ?? '').toLowerCase().includes(input.trim().toLowerCase()),
          }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" disabled={!valid} block>
        {t('identity.apply')}
      </Button>
    </Form>
  );
}

/**
 * 测试身份: until sign-in exists, the role and data scope the API client names in test headers.
 * Shown only when the host accepts them (Development, Testing): elsewhere the session is a 401 and
 * the header says "not signed in".
 */
export function TestIdentityPicker() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const identity = useTestIdentity();
  const session = useSession();
  const [open, setOpen] = useState(false);

  if (session.isPending) return null;
  if (session.isError) {
    const unauthenticated = session.error instanceof ApiError && session.error.problem.status === 401;
    return unauthenticated ? (
      <Tooltip title={t('identity.notSignedInHint')}>
        <Typography.Text type="secondary">{t('identity.notSignedIn')}</Typography.Text>
      </Tooltip>
    ) : null;
  }

  function apply(next: TestIdentity) {
    setOpen(false);
    setTestIdentity(next);
    // Every answer so far was for the previous identity.
    void queryClient.resetQueries();
  }

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('identity.title')}
      content={<IdentityForm identity={identity} onApply={apply} />}
      destroyOnHidden
    >
      <Tooltip title={t('identity.tooltip')} placement="left">
        <Button aria-label={t('identity.buttonLabel')} data-testid="test-identity">
          <Flex align="center" gap={6}>
            <Tag color="purple" icon={<ExperimentOutlined />} style={{ marginInlineEnd: 0 }}>
              {t('identity.title')}
            </Tag>
            <span>{t(`identity.roles.${session.data.role as TestRole}`, { defaultValue: session.data.role })}</span>
            <Typography.Text type="secondary">{session.data.dataScope}</Typography.Text>
          </Flex>
        </Button>
      </Tooltip>
    </Popover>
  );
}
