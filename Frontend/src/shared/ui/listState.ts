/** What a list page shows: its filters, page and sort, all kept in the URL's search params. */
export interface ListState {
  /** Filter values by API parameter name; only non-empty ones. */
  filters: Record<string, string>;
  page: number;
  pageSize: number;
  /** `field` ascending, `-field` descending, as the API's `sort` parameter takes it. */
  sort?: string;
}

export const pageSizeOptions = [10, 20, 50, 100] as const;
export const defaultPageSize = 20;
/** The API pages people through the first 10,000 rows only (page × pageSize ≤ 10,000). */
export const maxPagedRows = 10_000;

/** The parameters a list owns besides its filters. */
export const listParamNames: readonly string[] = ['page', 'pageSize', 'sort'];
const reserved = new Set(listParamNames);

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

export interface ListDefaults {
  defaultPageSize?: number;
  defaultSort?: string;
  /**
   * Filter values that apply when the URL names none (e.g. a list that opens on what needs attention).
   * Such a filter is never empty: "everything" must then be a value of its own.
   */
  defaultFilters?: Readonly<Record<string, string>>;
}

/** Reads the list's state from search params; unknown params and malformed numbers are ignored. */
export function readListState(params: URLSearchParams, filterNames: readonly string[], options: ListDefaults = {}): ListState {
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    if (reserved.has(name)) continue;
    const value = params.get(name)?.trim() || options.defaultFilters?.[name];
    if (value) filters[name] = value;
  }
  const size = positiveInteger(params.get('pageSize'));
  const pageSize = size && (pageSizeOptions as readonly number[]).includes(size) ? size : (options.defaultPageSize ?? defaultPageSize);
  const sort = params.get('sort')?.trim() || options.defaultSort;
  return { filters, page: positiveInteger(params.get('page')) ?? 1, pageSize, ...(sort ? { sort } : {}) };
}

/** Writes the state as search params, leaving out defaults so URLs stay short. */
export function writeListState(state: ListState, options: ListDefaults = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state.filters)) {
    if (value !== '' && value !== options.defaultFilters?.[name]) params.set(name, value);
  }
  if (state.sort && state.sort !== options.defaultSort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== (options.defaultPageSize ?? defaultPageSize)) params.set('pageSize', String(state.pageSize));
  return params;
}

/** Whether the user narrowed the list: some filter differs from its default (or has none). */
export function isFiltered(filters: ListState['filters'], defaultFilters: ListDefaults['defaultFilters'] = {}): boolean {
  return Object.entries(filters).some(([name, value]) => value !== defaultFilters[name]);
}

/** The sort parameter for a column: ascending `field`, descending `-field`, none. */
export function sortParam(field: string, order: 'ascend' | 'descend' | null | undefined): string | undefined {
  if (order === 'ascend') return field;
  if (order === 'descend') return `-${field}`;
  return undefined;
}

/** How a column is sorted by the sort parameter. */
export function sortOrderOf(field: string, sort: string | undefined): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** Drops empty form values, keeping strings (booleans and numbers as their text). */
export function cleanFilters(values: Record<string, unknown>): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') filters[name] = text;
  }
  return filters;
}
