import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firmAdministratorPermissions, jsonResponse, mockApi, problemResponse, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { csvCell, errorReportCsv } from './errorReport';

const lawyersPath = '/api/registry/imports/lawyers';

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'Lawyers',
  dryRun: true,
  rows: 3,
  valid: 3,
  errorCount: 0,
  errors: [],
  created: 0,
  ...overrides,
});

const button = (name: string) => screen.getByRole('button', { name: new RegExp(`(^|\\s)${[...name].join('\\s?')}$`) });

async function chooseFile(container: HTMLElement, user: ReturnType<typeof renderApp>['user'], name = '律师.csv') {
  const input = container.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('No file input');
  await user.upload(input, new File(['姓名,性别\r\n张三,男\r\n'], name, { type: 'text/csv' }));
  expect(await screen.findByText(name)).toBeInTheDocument();
}

describe('Data import', () => {
  it('a dry run with errors shows the counts and each row error; import stays disabled', async () => {
    const { requestsTo } = mockApi({
      [`POST ${lawyersPath}`]: () =>
        jsonResponse(
          report({
            valid: 2,
            errorCount: 2,
            errors: [
              { row: 3, column: '身份证号码', message: '身份证号码校验位不正确（GB 11643），请核对。' },
              { row: 4, column: '律师事务所统一社会信用代码', message: '律师事务所不存在或不在管理范围内。' },
            ],
          }),
        ),
    });
    const { container, user } = renderApp('/registry/imports');
    await screen.findByRole('heading', { name: '数据导入' });
    expect(button('确认导入')).toBeDisabled();
    expect(button('试运行')).toBeDisabled();
    expect(screen.getByText('请选择要导入的文件')).toBeInTheDocument();

    await chooseFile(container, user);
    await user.click(button('试运行'));

    const result = await screen.findByRole('region', { name: '试运行结果' });
    expect(within(result).getByText('发现 2 处错误，请改正文件后重新试运行。')).toBeInTheDocument();
    const rows = within(result).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3身份证号码身份证号码校验位不正确（GB 11643），请核对。');
    expect(rows[2]).toHaveTextContent('4律师事务所统一社会信用代码律师事务所不存在或不在管理范围内。');
    expect(button('确认导入')).toBeDisabled();
    expect(requestsTo(lawyersPath, 'POST')[0]!.url.searchParams.get('dryRun')).toBe('true');
  });

  it('a clean dry run enables import; the import answers with the count and a link to the list', async () => {
    const { requestsTo } = mockApi({
      [`POST ${lawyersPath}`]: [() => jsonResponse(report()), () => jsonResponse(report({ dryRun: false, created: 3 }))],
    });
    const { container, user } = renderApp('/registry/imports');
    await screen.findByRole('heading', { name: '数据导入' });
    await chooseFile(container, user);

    await user.click(button('试运行'));
    expect(await screen.findByText('全部 3 行均可导入。')).toBeInTheDocument();
    await waitFor(() => expect(button('确认导入')).toBeEnabled());
    await user.click(button('确认导入'));

    expect(await screen.findByText('已导入 3 名律师')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /查看律师列表/ })).toHaveAttribute('href', '/registry/lawyers');
    expect(requestsTo(lawyersPath, 'POST').map((r) => r.url.searchParams.get('dryRun'))).toEqual(['true', 'false']);
  });

  it('choosing another file after a clean dry run needs another dry run', async () => {
    mockApi({ [`POST ${lawyersPath}`]: () => jsonResponse(report()) });
    const { container, user } = renderApp('/registry/imports');
    await screen.findByRole('heading', { name: '数据导入' });
    await chooseFile(container, user);
    await user.click(button('试运行'));
    await waitFor(() => expect(button('确认导入')).toBeEnabled());

    await chooseFile(container, user, '另一个.csv');

    expect(button('确认导入')).toBeDisabled();
    expect(screen.queryByText('全部 3 行均可导入。')).not.toBeInTheDocument();
  });

  it('a file the host cannot read shows each of its messages', async () => {
    mockApi({
      [`POST ${lawyersPath}`]: () =>
        problemResponse({
          type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
          title: '一个或多个字段无效',
          status: 400,
          errors: { file: ['缺少必需的列“身份证号码”（或 idNumber）。', '缺少必需的列“执业证号”（或 certificateNumber）。'] },
        }),
    });
    const { container, user } = renderApp('/registry/imports');
    await screen.findByRole('heading', { name: '数据导入' });
    await chooseFile(container, user);
    await user.click(button('试运行'));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('无法处理该文件')).toBeInTheDocument();
    expect(within(alert).getByText('缺少必需的列“执业证号”（或 certificateNumber）。')).toBeInTheDocument();
    expect(button('确认导入')).toBeDisabled();
  });

  it('a commit refused because the register changed shows the new errors and asks for another dry run', async () => {
    mockApi({
      [`POST ${lawyersPath}`]: [
        () => jsonResponse(report()),
        () =>
          problemResponse({
            type: 'urn:lawyerwork:problem:import-has-errors',
            title: '请求有误',
            status: 400,
            code: 'import-has-errors',
            kind: 'Lawyers',
            rows: 3,
            valid: 2,
            errorCount: 1,
            rowErrors: [{ row: 2, column: '执业证号', message: '执业证号 12201201011000123 已登记。' }],
          }),
      ],
    });
    const { container, user } = renderApp('/registry/imports');
    await screen.findByRole('heading', { name: '数据导入' });
    await chooseFile(container, user);
    await user.click(button('试运行'));
    await waitFor(() => expect(button('确认导入')).toBeEnabled());
    await user.click(button('确认导入'));

    expect(await screen.findByText('执业证号 12201201011000123 已登记。')).toBeInTheDocument();
    expect(screen.getByText(/导入未执行/)).toBeInTheDocument();
    expect(button('确认导入')).toBeDisabled();
  });

  it('a firm administrator imports lawyers only', async () => {
    mockApi({ [sessionRoute]: () => sessionResponse('firm-administrator', 'firm:0195f3a2-7c4e-7d10-8a5b-3c2d1e0f9a8b', firmAdministratorPermissions) });
    renderApp('/registry/imports');
    await screen.findByRole('heading', { name: '数据导入' });
    expect(screen.getByRole('radio', { name: '律师' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: '律师事务所' })).not.toBeInTheDocument();
  });
});

describe('The error report', () => {
  it('is UTF-8 CSV with a BOM, quoting and formula cells defused', async () => {
    const blob = errorReportCsv(
      [
        { row: 3, column: '姓名', message: '含逗号, 和"引号"' },
        { row: 4, column: '=HYPERLINK()', message: '-1' },
      ],
      ['行', '列', '说明'],
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('行,列,说明\r\n3,姓名,"含逗号, 和""引号"""\r\n4,\'=HYPERLINK(),\'-1\r\n');
    expect(csvCell('@x')).toBe("'@x");
  });
});
