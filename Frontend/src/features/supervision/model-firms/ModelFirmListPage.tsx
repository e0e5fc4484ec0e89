import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { enumLabel, enumOptions, type FirmSizeBand } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import type { ModelFirmView } from '../common/supervisionApi';
import { NominateModelFirmModal } from './NominateModelFirmModal';
import { defaultModelFirmSort, useModelFirmList } from './useModelFirms';

/** 示范所: nominations of the caller's region, the latest first (or by score), each to review, designate, decline or revoke. */
export function ModelFirmListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const regionLabel = useRegionLabel();
  const [nominating, setNominating] = useState(false);
  const field = (name: 'firm' | 'year' | 'state' | 'region' | 'sizeBand' | 'totalScore' | 'nominatedBy' | 'nominatedAt' | 'designation') =>
    t(`supervision.modelFirms.fields.${name}`);

  const filters: ListFilter[] = [
    { name: 'year', label: field('year'), placeholder: t('supervision.modelFirms.hints.year') },
    { name: 'state', label: field('state'), options: enumOptions(t, 'modelFirmState') },
    { name: 'regionCode', label: field('region'), input: <RegionSelect /> },
    { name: 'sizeBand', label: field('sizeBand'), options: enumOptions(t, 'firmSizeBand') },
  ];

  const columns: ListColumn<ModelFirmView>[] = [
    { key: 'firm', title: field('firm'), render: (_, nomination) => <Link to={`/supervision/model-firms/${nomination.id}`}>{nomination.firmName}</Link> },
    { key: 'year', title: field('year'), dataIndex: 'year' },
    { key: 'state', title: field('state'), render: (_, nomination) => <CaseStateTag kind="modelFirm" state={nomination.state} /> },
    { key: 'region', title: field('region'), render: (_, nomination) => regionLabel(nomination.regionCode) },
    { key: 'sizeBand', title: field('sizeBand'), render: (_, nomination) => enumLabel(t, 'firmSizeBand', nomination.sizeBand as FirmSizeBand) },
    { key: 'totalScore', sortField: 'totalScore', title: field('totalScore'), render: (_, nomination) => (nomination.totalScore != null ? format.number(nomination.totalScore) : t('detail.none')) },
    {
      key: 'designation',
      title: field('designation'),
      render: (_, nomination) =>
        nomination.designatedFrom ? t('supervision.modelFirms.period', { from: format.date(nomination.designatedFrom), until: format.date(nomination.designatedUntil) }) : t('detail.none'),
    },
    { key: 'nominatedBy', title: field('nominatedBy'), dataIndex: 'nominatedBy' },
    { key: 'nominatedAt', sortField: 'nominatedAt', title: field('nominatedAt'), render: (_, nomination) => format.dateTime(nomination.nominatedAt) },
  ];

  return (
    <>
      <ListPage<ModelFirmView>
        title={t('supervision.modelFirms.title')}
        description={t('supervision.modelFirms.description')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setNominating(true)}>
            {t('supervision.modelFirms.nominate')}
          </Button>
        }
        filters={filters}
        columns={columns}
        rowKey={(nomination) => nomination.id}
        useList={useModelFirmList}
        defaultSort={defaultModelFirmSort}
        emptyDescription={t('supervision.modelFirms.empty')}
      />
      {nominating && (
        <NominateModelFirmModal
          onCreated={(nomination) => {
            setNominating(false);
            void message.success(t('supervision.modelFirms.nominated', { name: nomination.firmName }));
            void navigate(`/supervision/model-firms/${nomination.id}`);
          }}
          onClose={() => setNominating(false)}
        />
      )}
    </>
  );
}
