import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import type { ListResult } from '../../../shared/ui/ListPage';
import type { FirmSizeBand } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { supervisionKeys, yearParam, type PublicModelFirm } from '../common/supervisionApi';


/** 示范所 designated today (a short, unpaged list), shaped as a list page for ListPage. */
export function usePublicModelFirmList(state: ListState) {
  const query = { year: yearParam(state.filters.year), regionCode: state.filters.regionCode, sizeBand: state.filters.sizeBand as FirmSizeBand | undefined };
  return useQuery({
    queryKey: supervisionKeys.publicModelFirms(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/public/model-firms', { params: { query }, signal })),
    select: (items): ListResult<PublicModelFirm> => ({ items, page: 1, pageSize: Math.max(items.length, state.pageSize), totalCount: items.length }),
    placeholderData: keepPreviousData,
  });
}
