import { Button, Descriptions, Drawer, Flex, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { enumLabel } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { QueryState } from '../../../shared/ui/QueryState';
import { RegionSelect } from '../common/RegionSelect';
import { StatusTag } from '../common/StatusTag';
import { PublicIntegrityList } from './PublicIntegrityList';
import {
  usePublicFirm,
  usePublicFirmSearch,
  usePublicLawyer,
  usePublicLawyerSearch,
  type PublicFirm,
  type PublicLawyer,
} from './usePublicLookup';

type Tab = 'lawyers' | 'firms';
/** The URL parameter naming the record open in the drawer (a certificate number or a USCC). */
const openParam = 'open';

function LawyerDrawerContent({ certificateNumber }: { certificateNumber: string }) {
  const { t } = useTranslation();
  const lawyer = usePublicLawyer(certificateNumber);
  return (
    <QueryState query={lawyer}>
      {(found) => (
        <Flex vertical gap={16}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('lawyers.fields.name')}>{found.name}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.gender')}>{enumLabel(t, 'gender', found.gender)}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.certificateNumber')}>
              <Typography.Text code>{found.certificateNumber}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.category')}>{enumLabel(t, 'lawyerCategory', found.category)}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.practicePlace')}>{found.firmName ?? found.employer ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.region')}>{found.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.firstPracticeYear')}>{found.firstPracticeYear}</Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.status')}>
              <StatusTag kind="lawyer" status={found.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('lawyers.fields.specialties')}>
              {found.specialties.length > 0
                ? found.specialties.map((specialty) => <Tag key={specialty}>{enumLabel(t, 'specialty', specialty)}</Tag>)
                : t('detail.none')}
            </Descriptions.Item>
          </Descriptions>
          <PublicIntegrityList records={found.integrity} />
        </Flex>
      )}
    </QueryState>
  );
}

function FirmDrawerContent({ uscc, onShowLawyers }: { uscc: string; onShowLawyers: (firmName: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const firm = usePublicFirm(uscc);
  return (
    <QueryState query={firm}>
      {(found) => (
        <Flex vertical gap={16} align="flex-start">
          <Descriptions column={1} bordered size="small" style={{ width: '100%' }}>
            <Descriptions.Item label={t('firms.fields.name')}>{found.name}</Descriptions.Item>
            <Descriptions.Item label={t('firms.fields.uscc')}>
              <Typography.Text code>{found.uscc}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('firms.fields.director')}>{found.director}</Descriptions.Item>
            <Descriptions.Item label={t('firms.fields.region')}>{found.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('firms.fields.address')}>{found.address}</Descriptions.Item>
            <Descriptions.Item label={t('firms.fields.status')}>
              <StatusTag kind="firm" status={found.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('firms.fields.practisingLawyerCount')}>
              {format.number(found.practisingLawyerCount)}
            </Descriptions.Item>
          </Descriptions>
          <Button onClick={() => onShowLawyers(found.name)}>{t('lookup.firmLawyers')}</Button>
          <PublicIntegrityList records={found.integrity} />
        </Flex>
      )}
    </QueryState>
  );
}

/**
 * 律师执业信息查询: anyone may look a lawyer or a firm up (no sign-in). Shows practice information
 * only; the API never returns ID numbers or phones, and this page has no place for them.
 */
export function PublicLookupPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = searchParams.get('tab') === 'firms' ? 'firms' : 'lawyers';
  const opened = searchParams.get(openParam) ?? undefined;

  function open(key: string | undefined) {
    const next = new URLSearchParams(searchParams);
    if (key) next.set(openParam, key);
    else next.delete(openParam);
    setSearchParams(next);
  }

  const lawyerFilters: ListFilter[] = [
    { name: 'name', label: t('lawyers.fields.name') },
    { name: 'certificateNumber', label: t('lawyers.fields.certificateNumber') },
    { name: 'firmName', label: t('lookup.firmName') },
    { name: 'regionCode', label: t('lawyers.fields.region'), input: <RegionSelect /> },
  ];
  const lawyerColumns: ListColumn<PublicLawyer>[] = [
    {
      key: 'name',
      title: t('lawyers.fields.name'),
      render: (_, lawyer) => <Typography.Link onClick={() => open(lawyer.certificateNumber)}>{lawyer.name}</Typography.Link>,
    },
    {
      key: 'certificateNumber',
      title: t('lawyers.fields.certificateNumber'),
      render: (_, lawyer) => <Typography.Text code>{lawyer.certificateNumber}</Typography.Text>,
    },
    { key: 'gender', title: t('lawyers.fields.gender'), render: (_, lawyer) => enumLabel(t, 'gender', lawyer.gender) },
    { key: 'category', title: t('lawyers.fields.category'), render: (_, lawyer) => enumLabel(t, 'lawyerCategory', lawyer.category) },
    { key: 'practice', title: t('lawyers.fields.practicePlace'), render: (_, lawyer) => lawyer.firmName ?? lawyer.employer ?? '' },
    { key: 'region', title: t('lawyers.fields.region'), dataIndex: 'regionName' },
    { key: 'firstPracticeYear', title: t('lawyers.fields.firstPracticeYear'), dataIndex: 'firstPracticeYear' },
    { key: 'status', title: t('lawyers.fields.status'), render: (_, lawyer) => <StatusTag kind="lawyer" status={lawyer.status} /> },
  ];

  const firmFilters: ListFilter[] = [
    { name: 'name', label: t('firms.fields.name') },
    { name: 'uscc', label: t('firms.fields.uscc') },
    { name: 'regionCode', label: t('firms.fields.region'), input: <RegionSelect /> },
  ];
  const firmColumns: ListColumn<PublicFirm>[] = [
    {
      key: 'name',
      title: t('firms.fields.name'),
      render: (_, firm) => <Typography.Link onClick={() => open(firm.uscc)}>{firm.name}</Typography.Link>,
    },
    { key: 'uscc', title: t('firms.fields.uscc'), render: (_, firm) => <Typography.Text code>{firm.uscc}</Typography.Text> },
    { key: 'director', title: t('firms.fields.director'), dataIndex: 'director' },
    { key: 'region', title: t('firms.fields.region'), dataIndex: 'regionName' },
    { key: 'address', title: t('firms.fields.address'), dataIndex: 'address' },
    {
      key: 'lawyerCount',
      title: t('firms.fields.practisingLawyerCount'),
      align: 'right',
      render: (_, firm) => format.number(firm.practisingLawyerCount),
    },
    { key: 'status', title: t('firms.fields.status'), render: (_, firm) => <StatusTag kind="firm" status={firm.status} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('lookup.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('lookup.description')}
        </Typography.Paragraph>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === 'firms' ? { tab: 'firms' } : {})}
        items={[
          {
            key: 'lawyers',
            label: t('lookup.lawyersTab'),
            children: tab === 'lawyers' && (
              <ListPage<PublicLawyer>
                embedded
                filters={lawyerFilters}
                columns={lawyerColumns}
                rowKey={(lawyer) => lawyer.certificateNumber}
                useList={usePublicLawyerSearch}
                emptyDescription={t('lookup.noLawyers')}
                idleDescription={t('lookup.lawyerCriteria')}
              />
            ),
          },
          {
            key: 'firms',
            label: t('lookup.firmsTab'),
            children: tab === 'firms' && (
              <ListPage<PublicFirm>
                embedded
                filters={firmFilters}
                columns={firmColumns}
                rowKey={(firm) => firm.uscc}
                useList={usePublicFirmSearch}
                emptyDescription={t('lookup.noFirms')}
              />
            ),
          },
        ]}
      />
      <Drawer
        open={opened !== undefined}
        onClose={() => open(undefined)}
        title={tab === 'lawyers' ? t('lookup.lawyerDetail') : t('lookup.firmDetail')}
        size="large"
      >
        {opened &&
          (tab === 'lawyers' ? (
            <LawyerDrawerContent certificateNumber={opened} />
          ) : (
            <FirmDrawerContent uscc={opened} onShowLawyers={(firmName) => setSearchParams({ firmName })} />
          ))}
      </Drawer>
    </Flex>
  );
}
