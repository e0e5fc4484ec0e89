import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, problemResponse } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { versionedResponse } from '../../../test/versioned';
import { firmDetails, firmId, firmSummary, lawyerDetails, lawyerId, lawyerSummary, listPage } from '../common/registry.fixture';
import { jilinRegions } from '../regions/regions.fixture';

const lawyerPath = `/api/registry/lawyers/${lawyerId}`;
const button = (label: string) => screen.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s?')}$`) });

function formItem(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`No form item for ${label}`);
  return item;
}

describe('Lawyers', () => {
  it('list: filtered by firm from the URL, with the firm named in the picker', async () => {
    const { requestsTo } = mockApi({
      'GET /api/registry/lawyers': () => jsonResponse(listPage([lawyerSummary()])),
      'GET /api/registry/firms': () => jsonResponse(listPage([firmSummary()])),
      [`GET /api/registry/firms/${firmId}`]: () => versionedResponse(firmDetails()),
    });

    renderApp(`/registry/lawyers?firmId=${firmId}`);

    expect(await screen.findByRole('link', { name: '张三' })).toHaveAttribute('href', `/registry/lawyers/${lawyerId}`);
    expect(requestsTo('/api/registry/lawyers')[0]!.url.searchParams.get('firmId')).toBe(firmId);
    const filters = within(screen.getByRole('search'));
    expect(await filters.findByText('吉林正道律师事务所')).toBeInTheDocument();
    expect(screen.getByText('12201201011000123')).toBeInTheDocument();
    expect(screen.getByText('专职')).toBeInTheDocument();
  });

  it('register: firm lawyers pick a firm; employer-based categories ask for the employer and its region instead', async () => {
    const { requestsTo } = mockApi({
      'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
      'GET /api/registry/firms': () => jsonResponse(listPage([firmSummary()])),
      'POST /api/registry/lawyers': () =>
        problemResponse({
          type: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
          title: '一个或多个字段无效',
          status: 400,
          errors: {
            idNumber: ['身份证号码校验位不正确（GB 11643），请核对。'],
            'languages[0]': ['语言须为 ISO 639 代码，如 en、ru、ko。'],
          },
        }),
    });
    const { user } = renderApp('/registry/lawyers/new');
    await screen.findByRole('heading', { name: '律师执业登记' });

    fireEvent.mouseDown(screen.getByLabelText('执业类别'));
    await user.click(await screen.findByTitle('公司'));
    expect(screen.getByLabelText('工作单位')).toBeInTheDocument();
    expect(screen.getByLabelText('工作单位所在地区')).toBeInTheDocument();
    expect(screen.queryByLabelText('执业机构')).not.toBeInTheDocument();

    fireEvent.mouseDown(screen.getByLabelText('执业类别'));
    await user.click(await screen.findByTitle('专职'));
    expect(screen.queryByLabelText('工作单位')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('姓名'), '张三');
    await user.click(screen.getByLabelText('男'));
    await user.type(screen.getByLabelText('身份证号码'), '220102199003074251');
    await user.type(screen.getByLabelText('执业证号'), '12201201011000123');
    // The first practice year is read from digits 6–9 of the certificate number.
    expect(screen.getByLabelText('首次执业年份')).toHaveValue('2010');
    await user.type(screen.getByLabelText('执业机构'), '正道');
    await user.click(await screen.findByTitle('吉林正道律师事务所'));
    await user.type(screen.getByLabelText('工作语言'), 'english{Enter}');

    await user.click(button('登记'));

    expect(await within(formItem('身份证号码')).findByText('身份证号码校验位不正确（GB 11643），请核对。')).toBeInTheDocument();
    // `languages[0]` lands on the languages field.
    expect(within(formItem('工作语言')).getByText('语言须为 ISO 639 代码，如 en、ru、ko。')).toBeInTheDocument();
    const request = requestsTo('/api/registry/lawyers', 'POST')[0]!;
    expect(request.body).toEqual({
      name: '张三',
      gender: 'Male',
      idNumber: '220102199003074251',
      phone: null,
      certificateNumber: '12201201011000123',
      category: 'FullTime',
      firmId,
      employer: null,
      regionCode: null,
      firstPracticeYear: 2010,
      practisingSince: null,
      foreignRelated: false,
      languages: ['english'],
      specialties: [],
    });
    expect(request.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('detail: masked personal data says so, and the firm history is a timeline with links', async () => {
    mockApi({
      [`GET ${lawyerPath}`]: () =>
        versionedResponse(lawyerDetails({ idNumber: '220***********425X', phone: '138****5678', birthDate: null, personalDataMasked: true })),
    });

    renderApp(`/registry/lawyers/${lawyerId}`);

    expect(await screen.findByRole('heading', { name: '张三' })).toBeInTheDocument();
    expect(screen.getByText('220***********425X')).toBeInTheDocument();
    expect(screen.getByText('138****5678')).toBeInTheDocument();
    expect(screen.getByText(/身份证号码和手机号码已脱敏显示/)).toBeInTheDocument();
    expect(screen.getAllByText('已脱敏')).toHaveLength(2);
    const history = within(screen.getByLabelText('执业机构变更记录'));
    expect(history.getByRole('link', { name: '吉林旧所律师事务所' })).toBeInTheDocument();
    expect(history.getByText('2010年7月1日 至 2019年12月31日')).toBeInTheDocument();
    expect(history.getByText('2020年1月1日 至今')).toBeInTheDocument();
  });

  it('detail: unmasked personal data for a caller who may read it, without the note', async () => {
    mockApi({ [`GET ${lawyerPath}`]: () => versionedResponse(lawyerDetails()) });

    renderApp(`/registry/lawyers/${lawyerId}`);

    expect(await screen.findByText('22010219900307425X')).toBeInTheDocument();
    expect(screen.queryByText(/已脱敏显示/)).not.toBeInTheDocument();
  });

  it('detail: a suspension’s end, a firm to find and an unqualified assessment are shown as tags and alerts', async () => {
    mockApi({
      [`GET ${lawyerPath}`]: () =>
        versionedResponse(lawyerDetails({ status: 'Suspended', suspendedUntil: '2027-05-25', needsNewFirm: true, unqualifiedInYear: 2026 })),
    });

    renderApp(`/registry/lawyers/${lawyerId}`);

    expect(await screen.findByText('停止执业至 2027年5月25日')).toBeInTheDocument();
    expect(screen.getByText('需另行转所')).toBeInTheDocument();
    expect(screen.getByText('2026 年度考核不合格')).toBeInTheDocument();
    expect(screen.getByTestId('needs-new-firm')).toHaveTextContent('需转入其他律师事务所');
    expect(screen.getByTestId('unqualified-in-year')).toHaveTextContent('该律师 2026 年度考核结果为不合格。');
  });

  it('detail: a lawyer in good standing has none of those marks', async () => {
    mockApi({ [`GET ${lawyerPath}`]: () => versionedResponse(lawyerDetails()) });
    renderApp(`/registry/lawyers/${lawyerId}`);
    expect(await screen.findByText('22010219900307425X')).toBeInTheDocument();
    expect(screen.queryByText('需另行转所')).not.toBeInTheDocument();
    expect(screen.queryByTestId('unqualified-in-year')).not.toBeInTheDocument();
  });

  it('transfer: picks the new firm and the date, naming the version in If-Match', async () => {
    const other = firmSummary({ id: '01a21518-0000-7000-8000-0000000000aa', name: '吉林新所律师事务所' });
    const { requestsTo } = mockApi({
      [`GET ${lawyerPath}`]: () => versionedResponse(lawyerDetails({ version: 2 })),
      'GET /api/registry/firms': () => jsonResponse(listPage([firmSummary(), other])),
      [`POST ${lawyerPath}/transfer`]: () =>
        versionedResponse(lawyerDetails({ version: 3, firmId: other.id, firmName: other.name })),
    });
    const { user } = renderApp(`/registry/lawyers/${lawyerId}`);
    await screen.findByRole('heading', { name: '张三' });

    await user.click(button('转所'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('转入律所'));
    // The current firm is not offered.
    await user.click(await screen.findByTitle('吉林新所律师事务所'));
    expect(screen.queryByTitle('吉林正道律师事务所')).not.toBeInTheDocument();
    const date = within(dialog).getByLabelText('转所日期');
    await user.clear(date);
    await user.type(date, '2026-12-01{Enter}');
    await user.click(within(dialog).getByRole('button', { name: '确认转所' }));

    await waitFor(() => expect(requestsTo(`${lawyerPath}/transfer`)).toHaveLength(1));
    const request = requestsTo(`${lawyerPath}/transfer`)[0]!;
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(request.body).toEqual({ toFirmId: other.id, effectiveOn: '2026-12-01' });
  });

  it('edit: a masked phone is not sent back; the form warns that saving it empty clears it', async () => {
    const { requestsTo } = mockApi({
      [`GET ${lawyerPath}`]: () =>
        versionedResponse(lawyerDetails({ idNumber: '220***********425X', phone: '138****5678', personalDataMasked: true })),
      'GET /api/registry/firms': () => jsonResponse(listPage([])),
      [`PUT ${lawyerPath}`]: () => versionedResponse(lawyerDetails({ version: 1 })),
    });
    const { user } = renderApp(`/registry/lawyers/${lawyerId}/edit`);
    expect(await screen.findByDisplayValue('张三')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号码')).toHaveValue('');
    expect(screen.getByText(/已登记号码 138\*\*\*\*5678 对你不可见/)).toBeInTheDocument();

    await user.click(button('保存'));

    await waitFor(() => expect(requestsTo(lawyerPath, 'PUT')).toHaveLength(1));
    expect(requestsTo(lawyerPath, 'PUT')[0]!.body).toEqual({
      name: '张三',
      gender: 'Male',
      phone: null,
      category: 'FullTime',
      employer: null,
      firstPracticeYear: 2010,
      foreignRelated: false,
      languages: [],
      specialties: ['Civil'],
    });
    expect(requestsTo(lawyerPath, 'PUT')[0]!.headers.get('If-Match')).toBe('"0"');
  });
});
