import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseDataScope } from '../../../shared/auth/dataScope';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { useFirmRecord } from '../../registry/common/useFirmOptions';
import { useLawyerRecord } from '../../registry/common/useLawyerOptions';
import { findRegion, useRegions } from '../../registry/common/useRegions';

/**
 * A data scope as people read it: 长春市（220100）, 律所：吉林正道律师事务所, 本人：张三. Firms and
 * lawyers are named from the register when the viewer may read it; otherwise the raw scope shows.
 */
export function DataScopeLabel({ scope, plain }: { scope: string; plain?: boolean }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const parsed = parseDataScope(scope);
  const regions = useRegions();
  const firm = useFirmRecord(parsed?.kind === 'firm' && can(permissions.firmsRead) ? parsed.value : undefined);
  const lawyer = useLawyerRecord(parsed?.kind === 'self' && can(permissions.lawyersRead) ? parsed.value : undefined);

  let text = scope;
  if (parsed?.kind === 'region') {
    const region = findRegion(regions.data ?? [], parsed.value);
    text = t('dataScope.regionLabel', { name: region?.name ?? parsed.value, code: parsed.value });
  } else if (parsed?.kind === 'firm') {
    text = t('dataScope.firmLabel', { name: firm.data?.data.name ?? parsed.value });
  } else if (parsed?.kind === 'self') {
    text = t('dataScope.selfLabel', { name: lawyer.data?.data.name ?? parsed.value });
  }

  if (plain) return <>{text}</>;
  return (
    <Typography.Text title={scope} data-scope={scope}>
      {text}
    </Typography.Text>
  );
}
