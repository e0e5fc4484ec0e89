import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { listPage } from '../common/registry.fixture';
import { jilinRegions } from '../regions/regions.fixture';
import type { PublicFirm, PublicLawyer } from './usePublicLookup';

const zhangSan: PublicLawyer = {
  name: '张三',
  gender: 'Male',
  certificateNumber: '12201201011000123',
  category: 'FullTime',
  firmName: '吉林正道律师事务所',
  employer: null,
  regionName: '朝阳区',
  firstPracticeYear: 2010,
  status: 'Practising',
  specialties: ['Civil', 'Labour'],
};
const zhengDao: PublicFirm = {
  name: '吉林正道律师事务所',
  uscc: '31220100MD00000011',
  address: '长春市朝阳区人民大街1号',
  director: '王正',
  regionName: '朝阳区',
  status: 'Practising',
  practisingLawyerCount: 1,
};

describe('Public look-up', () => {
  it('finds lawyers by name without the staff layout, and shows no personal data', async () => {
    const { requestsTo } = mockApi({
      'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
      'GET /api/public/lawyers': () => jsonResponse(listPage([zhangSan])),
      [`GET /api/public/lawyers/${zhangSan.certificateNumber}`]: () => jsonResponse(zhangSan),
    });
    const { user, router } = renderApp('/public/lookup');

    expect(await screen.findByRole('heading', { name: '律师执业信息查询' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeInTheDocument();
    // No session is needed or asked for.
    expect(requestsTo('/api/auth/session')).toHaveLength(0);
    // The host searches lawyers only by name, certificate or firm: nothing is asked before one is given.
    expect(screen.getByText('请输入姓名、执业证号或所在律所后查询。')).toBeInTheDocument();
    expect(requestsTo('/api/public/lawyers')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: '姓名' }), '张三');
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));

    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('name')).toBe('张三'));
    const row = (await screen.findByRole('cell', { name: '12201201011000123' })).closest('tr')!;
    expect(within(row).getByText('吉林正道律师事务所')).toBeInTheDocument();
    expect(within(row).getByText('专职')).toBeInTheDocument();
    await waitFor(() => expect(requestsTo('/api/public/lawyers').at(-1)!.url.searchParams.get('name')).toBe('张三'));
    const search = requestsTo('/api/public/lawyers').at(-1)!;
    // Anonymous by design: the public look-up never names a caller.
    expect(search.headers.get('X-Test-Role')).toBeNull();

    await user.click(within(row).getByText('张三'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('劳动与社会保障')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('open')).toBe('12201201011000123');

    // No field for personal data, and nothing that looks like an ID number or a phone, masked or not.
    expect(screen.queryByText('身份证号码')).not.toBeInTheDocument();
    expect(screen.queryByText('手机号码')).not.toBeInTheDocument();
    expect(screen.queryByText('出生日期')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}|\d{3}\*+|1\d{2}\*{4}/);
  });

  it('finds firms, and opens one', async () => {
    mockApi({
      'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
      'GET /api/public/firms': () => jsonResponse(listPage([zhengDao])),
      [`GET /api/public/firms/${zhengDao.uscc}`]: () => jsonResponse(zhengDao),
    });
    const { user } = renderApp('/public/lookup');

    await user.click(await screen.findByRole('tab', { name: '查律所' }));
    await user.click(await screen.findByText('吉林正道律师事务所'));

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('长春市朝阳区人民大街1号')).toBeInTheDocument();
    expect(within(drawer).getByText('王正')).toBeInTheDocument();
  });

  it('speaks English after the switch', async () => {
    mockApi({
      'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
      'GET /api/public/lawyers': () => jsonResponse(listPage([zhangSan])),
    });
    const { user } = renderApp('/public/lookup?name=%E5%BC%A0');
    await screen.findByText('12201201011000123');

    await user.click(screen.getByText('English'));

    expect(await screen.findByRole('heading', { name: 'Look up a lawyer or a law firm' })).toBeInTheDocument();
    expect(screen.getByText('Full-time')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reset/ }));
    expect(await screen.findByText('Enter a name, a certificate number or a firm, then search.')).toBeInTheDocument();
  });

  it('shows a suspended lawyer with the disclosed sanction and reward, and a firm without any as such', async () => {
    const certificateNumber = zhangSan.certificateNumber;
    mockApi({
      'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
      'GET /api/public/lawyers': () => jsonResponse(listPage([{ ...zhangSan, status: 'Suspended' }])),
      [`GET /api/public/lawyers/${certificateNumber}`]: () =>
        jsonResponse({
          ...zhangSan,
          status: 'Suspended',
          integrity: [
            {
              kind: 'Sanction',
              measure: 'Penalty:PracticeSuspension',
              title: '行政处罚：停止执业3个月',
              decidedBy: '长春市司法局',
              documentNumber: '长司罚决字〔2026〕第7号',
              decidedOn: '2026-10-09',
              effectiveUntil: '2027-01-09',
              disclosedUntil: '2029-10-09',
            },
            {
              kind: 'Reward',
              measure: 'Reward:Commendation',
              title: '全省优秀律师',
              decidedBy: '吉林省律师协会',
              documentNumber: '吉律协〔2025〕12号',
              decidedOn: '2025-03-01',
              effectiveUntil: null,
              disclosedUntil: '2028-03-01',
            },
          ],
        }),
      'GET /api/public/firms': () => jsonResponse(listPage([zhengDao])),
      [`GET /api/public/firms/${zhengDao.uscc}`]: () => jsonResponse({ ...zhengDao, integrity: [] }),
    });
    const { user } = renderApp(`/public/lookup?certificateNumber=${certificateNumber}&open=${certificateNumber}`);

    const drawer = await screen.findByRole('dialog');
    const integrity = await within(drawer).findByTestId('public-integrity');
    expect(within(drawer).getAllByText('停止执业', { selector: '.ant-tag' })).toHaveLength(1);
    expect(within(integrity).getByText('行政处罚：停止执业', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(integrity).getByText('行政处罚：停止执业3个月')).toBeInTheDocument();
    expect(within(integrity).getByText('长春市司法局')).toBeInTheDocument();
    expect(within(integrity).getByText('长司罚决字〔2026〕第7号')).toBeInTheDocument();
    expect(within(integrity).getByText('2026年10月9日')).toBeInTheDocument();
    expect(within(integrity).getByText('2027年1月9日')).toBeInTheDocument();
    // A reward is disclosed too, in green.
    expect(within(integrity).getByText('表彰奖励', { selector: '.ant-tag-green' })).toBeInTheDocument();
    expect(within(integrity).getByText('全省优秀律师')).toBeInTheDocument();

    await user.click(within(drawer).getByRole('button', { name: /关闭|Close/ }));
    await user.click(await screen.findByRole('tab', { name: '查律所' }));
    await user.click(await screen.findByText('吉林正道律师事务所'));
    const firmDrawer = await screen.findByRole('dialog');
    expect(await within(firmDrawer).findByText('无公示的奖惩信息')).toBeInTheDocument();
  });

  it('says "more than 1,000" when the look-up stopped counting', async () => {
    mockApi({
      'GET /api/registry/regions': () => jsonResponse(jilinRegions()),
      'GET /api/public/lawyers': () => jsonResponse({ ...listPage([zhangSan], { totalCount: 1000 }), totalCountCapped: true }),
    });
    renderApp('/public/lookup?name=%E5%BC%A0');

    expect(await screen.findByText('超过 1,000 条，请缩小查询范围')).toBeInTheDocument();
    expect(screen.queryByText('共 1000 条')).not.toBeInTheDocument();
  });
});
