import { useTranslation } from 'react-i18next';
import { enumLabel, enumOptions, type FirmSizeBand } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import type { PublicModelFirm } from '../common/supervisionApi';
import { usePublicModelFirmList } from './usePublicModelFirms';

/** 示范律师事务所 (public): the firms designated today, with the period and the designation's document. */
export function PublicModelFirmsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const regionLabel = useRegionLabel();
  const field = (name: 'firm' | 'year' | 'region' | 'sizeBand' | 'designation' | 'documentNumber') => t(`supervision.modelFirms.fields.${name}`);

  const filters: ListFilter[] = [
    { name: 'year', label: field('year'), placeholder: t('supervision.modelFirms.hints.year') },
    { name: 'regionCode', label: field('region'), input: <RegionSelect /> },
    { name: 'sizeBand', label: field('sizeBand'), options: enumOptions(t, 'firmSizeBand') },
  ];

  const columns: ListColumn<PublicModelFirm>[] = [
    { key: 'firm', title: field('firm'), dataIndex: 'firmName' },
    { key: 'year', title: field('year'), dataIndex: 'year' },
    { key: 'region', title: field('region'), render: (_, firm) => regionLabel(firm.regionCode) },
    { key: 'sizeBand', title: field('sizeBand'), render: (_, firm) => enumLabel(t, 'firmSizeBand', firm.sizeBand as FirmSizeBand) },
    {
      key: 'designation',
      title: field('designation'),
      render: (_, firm) => t('supervision.modelFirms.period', { from: format.date(firm.designatedFrom), until: format.date(firm.designatedUntil) }),
    },
    { key: 'documentNumber', title: field('documentNumber'), dataIndex: 'documentNumber' },
  ];

  return (
    <ListPage<PublicModelFirm>
      title={t('supervision.modelFirms.publicTitle')}
      description={t('supervision.modelFirms.publicDescription')}
      filters={filters}
      columns={columns}
      rowKey={(firm) => `${firm.firmName}-${firm.year}`}
      useList={usePublicModelFirmList}
      emptyDescription={t('supervision.modelFirms.publicEmpty')}
    />
  );
}
