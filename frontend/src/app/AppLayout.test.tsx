import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { meFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { setDesktop } from '@/test/setup';
import { AppLayout } from './AppLayout';
import { RequireCapability } from './RequireCapability';

function renderShell(roles: string[], route = '/', org = {}, onLogout = vi.fn()) {
  stubApi({ 'GET /api/v1/me': () => json(meFixture(roles, org)) });
  return renderApp(
    <Routes>
      <Route element={<AppLayout onLogout={onLogout} />}>
        <Route index element={<p>home</p>} />
        <Route path="hazards/*" element={<p>hazards</p>} />
        <Route
          path="audit"
          element={
            <RequireCapability capability="VIEW_AUDIT">
              <p>audit page</p>
            </RequireCapability>
          }
        />
      </Route>
    </Routes>,
    { route },
  );
}

async function navLabels() {
  const nav = await screen.findByRole('navigation', { name: '主导航' });
  await within(nav).findByText('隐患');
  return nav;
}

describe('role-aware navigation', () => {
  it('shows the audit log to the safety office', async () => {
    await renderShell(['safety_office']);
    const nav = await navLabels();
    expect(await within(nav).findByText('审计日志')).toBeInTheDocument();
    expect(within(nav).getByText('我的')).toBeInTheDocument();
  });

  it('gives an inspector hazards, report and tasks but no statistics on the phone', async () => {
    setDesktop(false);
    await renderShell(['inspector'], '/', { name: '花果园一社区第1网格', kind: 'REGION' });
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await within(nav).findByText('上报');
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['工作台', '隐患', '上报', '待办']);
    await userEvent.click(within(nav).getByRole('button', { name: '更多' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(within(drawer).getByRole('menu')).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['我的职责', '履职规则', '演练日历', '年度演练计划', '演练覆盖', '组织机构', '我的']);
  });

  it('hides the audit log from an enterprise and shows its name and org in the header', async () => {
    await renderShell(['enterprise'], '/', { name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' });
    expect(await screen.findByTestId('header-org')).toHaveTextContent('贵州黔城建设工程有限公司');
    expect(screen.getByTestId('header-user')).toHaveTextContent('张安全');
    const nav = await navLabels();
    expect(within(nav).queryByText('审计日志')).not.toBeInTheDocument();
  });

  it('answers an enterprise opening /audit directly with the not-found page', async () => {
    await renderShell(['enterprise'], '/audit');
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(screen.queryByText('audit page')).not.toBeInTheDocument();
  });

  it('highlights one tab at a time: 上报 on the report page, not 隐患 too', async () => {
    setDesktop(false);
    await renderShell(['inspector'], '/hazards/report');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await within(nav).findByText('上报');
    const active = within(nav).getAllByRole('link').filter((a) => a.classList.contains('active') || a.getAttribute('aria-current'));
    expect(active.map((a) => a.textContent)).toEqual(['上报']);
  });

  it('uses a bottom tab bar instead of the side menu on a phone', async () => {
    setDesktop(false);
    const { container } = await renderShell(['admin']);
    const nav = await navLabels();
    expect(nav).toHaveClass('bottom-nav');
    // Four tabs, the workbench and field work first; the fifth slot is 更多.
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['工作台', '隐患', '上报', '待办']);
    expect(within(nav).getByRole('button', { name: '更多' })).toBeInTheDocument();
    expect(container.querySelector('.app-sider')).toBeNull();
  });

  it('opens 更多 on a phone with the rest of the pages, language and logout', async () => {
    setDesktop(false);
    const onLogout = vi.fn();
    await renderShell(['safety_office'], '/', {}, onLogout);
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await within(nav).findByText('上报');
    // The compact header leaves language and logout to the drawer.
    expect(screen.queryByRole('button', { name: '退出登录' })).not.toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('button', { name: '更多' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(within(drawer).getByRole('menu')).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['统计', '季报年报', '我的职责', '履职审核', '履职矩阵', '签订进度', '监管空白', '责任清单', '履职规则', '应演练', '演练记录', '应急预案', '演练日历', '年度演练计划', '演练覆盖', '事故登记', '控制指标', '组织机构', '我的', '审计日志']);
    await userEvent.click(within(drawer).getByText('审计日志'));
    expect(await screen.findByText('audit page')).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: '更多' })).toHaveClass('active');

    await userEvent.click(within(nav).getByRole('button', { name: '更多' }));
    const again = await screen.findByRole('dialog');
    await userEvent.click(within(again).getByText('English'));
    expect(await within(nav).findByRole('button', { name: 'More' })).toBeInTheDocument();
    await userEvent.click(await within(again).findByRole('button', { name: /Log out|Sign out|Logout/ }));
    expect(onLogout).toHaveBeenCalledOnce();
  });

  it('keeps the navigation when a screen throws, and recovers on another page', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('broken screen');
    }
    stubApi({ 'GET /api/v1/me': () => json(meFixture(['inspector'])) });
    await renderApp(
      <Routes>
        <Route element={<AppLayout onLogout={vi.fn()} />}>
          <Route index element={<p>home</p>} />
          <Route path="hazards" element={<Broken />} />
        </Route>
      </Routes>,
      { route: '/hazards' },
    );
    expect(await screen.findByText('此页面出错了')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
    const nav = await navLabels();
    await userEvent.click(within(nav).getByText('工作台'));
    expect(await screen.findByText('home')).toBeInTheDocument();
    expect(screen.queryByText('此页面出错了')).not.toBeInTheDocument();
    spy.mockRestore();
  });
});
