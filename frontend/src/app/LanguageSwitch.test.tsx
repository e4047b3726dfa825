import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Empty } from 'antd';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { json, stubApi } from '@/test/api-stub';
import { meFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { AppLayout } from './AppLayout';

describe('language switch', () => {
  it('starts in Chinese, switches everything to English and remembers the choice', async () => {
    stubApi({ 'GET /api/v1/me': () => json(meFixture(['safety_office'])) });
    await renderApp(
      <Routes>
        <Route element={<AppLayout onLogout={vi.fn()} />}>
          <Route index element={<Empty />} />
        </Route>
      </Routes>,
    );
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(await within(nav).findByText('审计日志')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '退出登录' })).toBeInTheDocument();
    // antd's own text follows through ConfigProvider's locale.
    expect(screen.getByText('暂无数据', { selector: '.ant-empty-description' })).toBeInTheDocument();

    await userEvent.click(screen.getByText('English'));

    const enNav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(enNav).getByText('Audit log')).toBeInTheDocument();
    expect(within(enNav).getByText('Organizations')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByText('No data', { selector: '.ant-empty-description' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('redline.language')).toBe('en');

    const next = await createI18n();
    expect(next.language).toBe('en');
  });

  it('defaults to Chinese when nothing valid was stored', async () => {
    window.localStorage.setItem('redline.language', 'klingon');
    const i18n = await createI18n();
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.orgs')).toBe('组织机构');
  });
});
