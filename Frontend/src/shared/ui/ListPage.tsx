import { DownloadOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Typography,
  theme,
  type TableColumnType,
  type TablePaginationConfig,
  type TableProps,
} from 'antd';
import { useEffect, useMemo, useState, type Key, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/problem';
import { describeError } from './describeError';
import { Forbidden } from './Forbidden';
import {
  cleanFilters,
  isFiltered,
  listParamNames,
  maxPagedRows,
  pageSizeOptions,
  readListState,
  sortOrderOf,
  sortParam,
  writeListState,
  type ListState,
} from './listState';
import { Page } from './Page';

export interface ListFilter {
  /** The API's query parameter, also the URL's. */
  name: string;
  label: string;
  /** A select of these options; without options and input, a text box. */
  options?: { value: string; label: ReactNode }[];
  /** A control of the page's own (a region tree, a firm picker); it gets value/onChange from the form. */
  input?: ReactNode;
  placeholder?: string;
}

export interface ListColumn<Row> extends Omit<TableColumnType<Row>, 'sorter' | 'sortOrder' | 'key'> {
  key: string;
  /** The API's sort field for this column; the column is sortable on the server when set. */
  sortField?: string;
}

/** A page of rows as every list endpoint returns it. */
export interface ListResult<Row> {
  items: Row[];
  page?: number | null;
  pageSize: number;
  totalCount?: number | null;
  /** The public look-up counts at most a bound: true when more rows match than totalCount ("1,000+"). */
  totalCountCapped?: boolean | null;
}

interface ListPageProps<Row> {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons beside the title (e.g. "register a firm"). */
  actions?: ReactNode;
  filters: ListFilter[];
  columns: ListColumn<Row>[];
  rowKey: (row: Row) => Key;
  /** The feature's query hook for one page of the list (the component itself never fetches). */
  useList: (state: ListState) => UseQueryResult<ListResult<Row>>;
  /** Downloads the whole filtered, sorted list (no page); the button is shown when given. */
  onExport?: (state: Pick<ListState, 'filters' | 'sort'>) => Promise<unknown>;
  defaultSort?: string;
  defaultPageSize?: number;
  /**
   * Filter values used when the URL names none (kept out of the URL); such a filter cannot be
   * cleared, so its options must include one that means "everything".
   */
  defaultFilters?: Readonly<Record<string, string>>;
  /** Shown when nothing matches, instead of the generic text. */
  emptyDescription?: ReactNode;
  /** Shown while the list hook waits for the user (its query is disabled until a filter is given). */
  idleDescription?: ReactNode;
  /** Renders the filters and table only, inside a page of the caller's (e.g. a tab). */
  embedded?: boolean;
  /** Opens a row (e.g. a drawer); rows are then keyboard- and mouse-clickable. */
  onRowClick?: (row: Row) => void;
  /** Rows that need attention (an overdue case) get a tinted background and the class `list-row-highlighted`. */
  highlightRow?: (row: Row) => boolean;
}

type FilterValues = Record<string, string | undefined>;
type Sorter<Row> = Parameters<NonNullable<TableProps<Row>['onChange']>>[2];

/**
 * The list page every module uses: a filter form, a server-sorted and server-paged table, and an
 * export of the same filtered set. Everything the user chose lives in the URL, so a reload, the
 * back button or a shared link shows the same list.
 */
export function ListPage<Row extends object>({
  title,
  description,
  actions,
  filters,
  columns,
  rowKey,
  useList,
  onExport,
  defaultSort,
  defaultPageSize,
  defaultFilters,
  emptyDescription,
  idleDescription,
  embedded,
  onRowClick,
  highlightRow,
}: ListPageProps<Row>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const [form] = Form.useForm<FilterValues>();
  const [exporting, setExporting] = useState(false);

  // Pages build their filter list on every render (labels follow the language); only names matter here.
  const filterKey = filters.map((filter) => filter.name).join('\n');
  const filterNames = useMemo(() => filterKey.split('\n').filter(Boolean), [filterKey]);
  // Pages pass a literal object: its contents, not its identity, decide when the state is read again.
  const defaultFiltersKey = JSON.stringify(defaultFilters ?? {});
  const options = useMemo(
    () => ({ defaultSort, defaultPageSize, defaultFilters: JSON.parse(defaultFiltersKey) as Record<string, string> }),
    [defaultSort, defaultPageSize, defaultFiltersKey],
  );
  const searchKey = searchParams.toString();
  // searchKey stands for searchParams (whose identity changes on every render of the router).
  const state = useMemo(() => readListState(new URLSearchParams(searchKey), filterNames, options), [searchKey, filterNames, options]);
  const query = useList(state);

  // The URL is the truth: back/forward (or a link) changes it, and the form follows.
  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(filterNames.map((name) => [name, state.filters[name]])));
    // Server errors on the filters belong to the previous search.
    form.setFields(filterNames.map((name) => ({ name, errors: [] })));
  }, [form, filterNames, state]);

  // A 400 on the list names the wrong parameter: show it under that filter when there is one.
  const error = query.error;
  useEffect(() => {
    if (error instanceof ApiError && error.problem.status === 400 && error.problem.errors) {
      form.setFields(
        Object.entries(error.problem.errors)
          .filter(([name]) => filterNames.includes(name))
          .map(([name, errors]) => ({ name, errors })),
      );
    }
  }, [error, form, filterNames]);

  function navigate(next: ListState) {
    const params = writeListState(next, options);
    // Parameters that are not the list's (a tab, an open drawer) stay as they are.
    for (const [name, value] of new URLSearchParams(searchKey)) {
      if (!filterNames.includes(name) && !listParamNames.includes(name)) params.append(name, value);
    }
    setSearchParams(params);
  }

  function search(values: FilterValues) {
    navigate({ ...state, filters: cleanFilters(values), page: 1 });
  }

  function reset() {
    form.resetFields();
    navigate({ ...state, filters: {}, page: 1 });
  }

  function changeTable(pagination: TablePaginationConfig, sorter: Sorter<Row>, action: string) {
    if (action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const column = columns.find((c) => c.key === single?.columnKey);
      const sort = column?.sortField ? sortParam(column.sortField, single?.order) : undefined;
      navigate({ ...state, sort: sort ?? defaultSort, page: 1 });
      return;
    }
    if (action === 'paginate') {
      const pageSize = pagination.pageSize ?? state.pageSize;
      navigate({ ...state, pageSize, page: pageSize !== state.pageSize ? 1 : (pagination.current ?? 1) });
    }
  }

  async function exportList() {
    if (!onExport) return;
    setExporting(true);
    try {
      await onExport({ filters: state.filters, sort: state.sort });
    } catch (exportError) {
      const { title: errorTitle, detail } = describeError(exportError, t);
      void message.error(`${t('list.exportFailed')} ${detail ?? errorTitle}`);
    } finally {
      setExporting(false);
    }
  }

  const tableColumns: TableColumnType<Row>[] = columns.map(({ sortField, ...column }) =>
    sortField
      ? { ...column, sorter: true, sortOrder: sortOrderOf(sortField, state.sort), sortDirections: ['ascend', 'descend'] }
      : column,
  );

  const data = query.data;
  const totalCount = data?.totalCount ?? 0;
  // Page numbers reach the first 10,000 rows only; beyond that the API wants a cursor or an export.
  const pageableTotal = Math.min(totalCount, Math.floor(maxPagedRows / state.pageSize) * state.pageSize);
  const filtered = isFiltered(state.filters, options.defaultFilters);
  const listError = query.isError ? describeError(query.error, t) : undefined;
  // A disabled query (waiting for a filter) is pending without fetching.
  const idle = query.isPending && query.fetchStatus === 'idle';

  const content = (
      <Flex vertical gap={16}>
        <Form
          form={form}
          name="listFilters"
          layout="vertical"
          onFinish={search}
          aria-label={t('list.filters')}
          initialValues={state.filters}
          role="search"
        >
          <Row gutter={16}>
            {filters.map((filter) => (
              <Col key={filter.name} xs={24} sm={12} md={8} xl={6}>
                <Form.Item name={filter.name} label={filter.label} style={{ marginBottom: 12 }}>
                  {filter.input ??
                    (filter.options ? (
                      <Select
                        allowClear={!(filter.name in options.defaultFilters)}
                        options={filter.options}
                        placeholder={filter.placeholder ?? t('list.any')}
                      />
                    ) : (
                      <Input allowClear placeholder={filter.placeholder} />
                    ))}
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('list.search')}
              </Button>
              <Button onClick={reset}>{t('list.reset')}</Button>
            </Space>
            <Space>
              {data?.totalCount != null && (
                <Typography.Text type="secondary">
                  {t(data.totalCountCapped ? 'list.totalAtLeast' : 'list.total', { count: data.totalCount })}
                </Typography.Text>
              )}
              {onExport && (
                <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
                  {t('list.export')}
                </Button>
              )}
            </Space>
          </Flex>
        </Form>

        {listError && (
          <Alert
            type="error"
            showIcon
            title={listError.title}
            description={[listError.detail, listError.traceId && t('state.traceId', { traceId: listError.traceId })]
              .filter(Boolean)
              .join(' ')}
            action={
              <Button size="small" icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
                {t('state.retry')}
              </Button>
            }
          />
        )}
        {totalCount > maxPagedRows && (
          <Alert type="info" showIcon title={t('list.pagingLimit', { limit: maxPagedRows })} />
        )}

        <Table<Row>
          columns={tableColumns}
          dataSource={data?.items ?? []}
          rowKey={rowKey}
          loading={query.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={(pagination, _filters, sorter, extra) => changeTable(pagination, sorter, extra.action)}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: pageableTotal,
            showSizeChanger: true,
            pageSizeOptions: pageSizeOptions.map(String),
            hideOnSinglePage: false,
          }}
          locale={{
            emptyText: idle ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={idleDescription ?? t('state.empty')} />
            ) : query.isPending ? (
              <div style={{ height: 80 }} />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('list.noMatch') : (emptyDescription ?? t('state.empty'))}
              />
            ),
          }}
          onRow={
            onRowClick || highlightRow
              ? (row) => {
                  const highlighted = highlightRow?.(row) ?? false;
                  const style = { ...(onRowClick && { cursor: 'pointer' }), ...(highlighted && { background: token.colorErrorBg }) };
                  return {
                    ...(onRowClick && {
                      onClick: () => onRowClick(row),
                      onKeyDown: (event: KeyboardEvent) => {
                        if (event.key === 'Enter') onRowClick(row);
                      },
                      tabIndex: 0,
                    }),
                    ...(highlighted && { className: 'list-row-highlighted' }),
                    style,
                  };
                }
              : undefined
          }
        />
      </Flex>
  );

  // The host refused the list itself (not a filter): the page is not the caller's to see.
  if (error instanceof ApiError && error.problem.status === 403 && data === undefined) return <Forbidden />;
  if (embedded) return content;
  return (
    <Page title={title} description={description} extra={actions}>
      {content}
    </Page>
  );
}
