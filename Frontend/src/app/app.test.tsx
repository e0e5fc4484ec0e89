import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jilinRegions } from '../features/registry/regions/regions.fixture';
import { jsonResponse, mockApi } from '../test/fetchMock';
import { renderApp } from '../test/renderApp';
import { languageStorageKey, storedLanguage } from './i18n';
import i18next from 'i18next';

const answerRegions = () => mockApi({ 'GET /api/registry/regions': () => jsonResponse(jilinRegions()) });

function sideMenu(name: string | RegExp) {
  return within(screen.getByRole('navigation', { name }));
}

describe('App shell', () => {
  it('opens on the regions page, in Chinese, with the Registry module in the side menu', async () => {
    answerRegions();

    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: '行政区划' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/registry/regions');
    expect(screen.getByText('律师工作管理平台')).toBeInTheDocument();
    const menu = sideMenu('主导航');
    expect(menu.getByText('登记管理')).toBeInTheDocument();
    expect(menu.getByRole('link', { name: '行政区划' })).toHaveAttribute('href', '/registry/regions');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches the menu to English, and keeps English after a reload', async () => {
    answerRegions();
    const { user, unmount } = renderApp('/registry/regions');
    await screen.findByText('南关区');

    await user.click(screen.getByText('English'));

    const menu = sideMenu('Main navigation');
    expect(await menu.findByText('Registry')).toBeInTheDocument();
    expect(menu.getByRole('link', { name: 'Regions' })).toBeInTheDocument();
    expect(screen.getByText('LawyerWork')).toBeInTheDocument();
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('LawyerWork');

    // A reload: the page forgets everything but storage, and starts in the remembered language.
    unmount();
    await i18next.changeLanguage('zh-CN');
    await i18next.changeLanguage(storedLanguage());
    renderApp('/registry/regions');

    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(await sideMenu('Main navigation').findByRole('link', { name: 'Regions' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it('switches antd’s own texts with the language', async () => {
    mockApi({ 'GET /api/registry/regions': () => jsonResponse([]) });
    const { user } = renderApp('/registry/regions');
    await screen.findByText('尚无行政区划数据');

    await user.click(screen.getByText('English'));

    expect(await screen.findByText('No regions have been loaded yet')).toBeInTheDocument();
    // The search box is gone with the empty state; antd's locale shows in its Empty image title instead.
    await waitFor(() => expect(document.querySelector('.ant-empty title')?.textContent).toBe('No data'));
  });

  it('shows a not-found page for an unknown route, with a way back home', async () => {
    answerRegions();
    const { user, router } = renderApp('/no/such/page');

    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(screen.getByText('404')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '返回首页' }));

    expect(await screen.findByRole('heading', { name: '行政区划' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/registry/regions');
  });

  it('shows the not-found page in English when English was chosen', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    await i18next.changeLanguage(storedLanguage());
    answerRegions();

    renderApp('/registry/nothing-here');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back home' })).toBeInTheDocument();
  });
});
