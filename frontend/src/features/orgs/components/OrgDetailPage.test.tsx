import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryObserver } from '@tanstack/react-query';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meQueryKey } from '@/lib/session';
import { json, problem, stubApi, type ApiStub } from '@/test/api-stub';
import { meFixture, townshipFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { orgHandlers } from '../testing/handlers';
import { OrgDetailPage } from './OrgDetailPage';

function stubOrgApi(roles = ['safety_office']): ApiStub {
  server.use(sessionHandlers.me(meFixture(roles)), sessionHandlers.industries(), orgHandlers.detail(townshipFixture()));
  return stubApi({});
}

function renderDetail(id = 'org-hgy') {
  return renderApp(
    <Routes>
      <Route path="/orgs/:id" element={<OrgDetailPage />} />
    </Routes>,
    { route: `/orgs/${id}` },
  );
}

const puts = (api: ApiStub) => api.requests.filter((r) => r.method === 'PUT');

async function changeAddress(value: string) {
  const address = await screen.findByLabelText('地址');
  await userEvent.clear(address);
  await userEvent.type(address, value);
  return address;
}

describe('org edit form', () => {
  it('sends If-Match with the ETag and tells the user to reload on 412', async () => {
    const api = stubOrgApi();
    api.on('PUT /api/v1/orgs/org-hgy', () =>
      problem(412, { title: 'Precondition Failed', detail: 'The organization was changed by someone else' }),
    );
    await renderDetail();

    await changeAddress('花果园大街2号');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('该记录已被他人修改');
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    const [put] = puts(api);
    expect(put?.headers.get('If-Match')).toBe('"1"');
    expect(put?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(await put?.json()).toMatchObject({ code: '520102001', kind: 'REGION', address: '花果园大街2号' });

    // Someone else's save is what the reload brings back, with a new ETag.
    api.on('GET /api/v1/orgs/org-hgy', () =>
      json(townshipFixture({ version: 2, address: '他人修改的地址' }), { headers: { ETag: '"2"' } }),
    );
    api.on('PUT /api/v1/orgs/org-hgy', async (request) =>
      json(townshipFixture({ version: 3, ...((await request.json()) as object) }), { headers: { ETag: '"3"' } }),
    );
    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));

    await waitFor(() => {
      expect(screen.getByLabelText('地址')).toHaveValue('他人修改的地址');
    });
    expect(screen.queryByText('该记录已被他人修改')).not.toBeInTheDocument();

    await changeAddress('花果园大街3号');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(puts(api)[1]?.headers.get('If-Match')).toBe('"2"');
    expect(await screen.findByTestId('org-address')).toHaveTextContent('花果园大街3号');
  });

  it('says 已保存 when the save replaces the form with the saved version before the org lists are fetched again', async () => {
    const api = stubOrgApi();
    api.on('PUT /api/v1/orgs/org-hgy', async (request) =>
      json(townshipFixture({ version: 2, ...((await request.json()) as object) }), { headers: { ETag: '"2"' } }),
    );
    const { queryClient } = await renderDetail();
    // An org list on screen elsewhere (a picker, the tree) that a save refreshes: its answer takes a moment.
    const slowList = () => new Promise((resolve) => setTimeout(() => { resolve({ items: [] }); }, 300));
    const stop = new QueryObserver(queryClient, { queryKey: ['orgs', 'list', 'picker'], queryFn: slowList }).subscribe(() => undefined);

    await changeAddress('花果园大街9号');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(await screen.findByTestId('org-address')).toHaveTextContent('花果园大街9号');
    stop();
  });

  it('puts field errors from the problem beside their fields and lists the rest', async () => {
    const api = stubOrgApi();
    api.on('PUT /api/v1/orgs/org-hgy', () =>
      problem(400, {
        title: '参数校验失败',
        errors: [
          { field: 'updateOrg.input.address', message: '地址不能超过 200 字' },
          { field: 'code', message: '代码已被使用' },
        ],
      }),
    );
    await renderDetail();

    const address = await changeAddress('很长的地址');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const addressItem = address.closest('.ant-form-item');
    expect(addressItem).not.toBeNull();
    expect(await within(addressItem as HTMLElement).findByText('地址不能超过 200 字')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('参数校验失败');
    expect(alert).toHaveTextContent('code: 代码已被使用');
    expect(alert).not.toHaveTextContent('地址不能超过 200 字');
  });

  it("sets and shows the enterprise's emergency key-unit category, in words, apart from high risk", async () => {
    const enterprise = townshipFixture({
      id: 'ent-1', code: '91520102001004484X', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE', regionLevel: null,
      industry: 'CONSTRUCTION', highRisk: false, emergencyKeyUnit: false, emergencyKeyCategory: null,
    });
    server.use(sessionHandlers.me(meFixture(['safety_office'])), sessionHandlers.industries(), orgHandlers.detail(enterprise));
    const api = stubApi({});
    api.on('PUT /api/v1/orgs/ent-1', async (request) => {
      const body = (await request.json()) as Record<string, unknown>;
      return json({ ...enterprise, ...body, version: 2, emergencyKeyUnit: Boolean(body.emergencyKeyCategory) }, { headers: { ETag: '"2"' } });
    });
    await renderDetail('ent-1');

    expect(await screen.findByTestId('org-key-category')).toHaveTextContent('非应急重点单位');
    await userEvent.click(await screen.findByRole('combobox', { name: '应急重点单位类别' }));
    await userEvent.click(await screen.findByTitle('宾馆'));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    // the saved version replaces the form and the summary (the 已保存 toast is the other test's concern)
    await waitFor(() => {
      expect(puts(api)).toHaveLength(1);
    }, { timeout: 60_000 });
    expect(await puts(api)[0]?.json()).toMatchObject({ kind: 'ENTERPRISE', highRisk: false, emergencyKeyCategory: 'HOTEL' });
    await waitFor(() => {
      expect(screen.getByTestId('org-key-category')).toHaveTextContent('宾馆');
    }, { timeout: 60_000 });
    expect(document.body).not.toHaveTextContent('HOTEL');
  }, 120_000);

  it('shows the not-found screen for an org that is missing or out of scope', async () => {
    stubOrgApi();
    await renderDetail('org-baiyun');
    expect(await screen.findByText('组织不存在')).toBeInTheDocument();
    expect(screen.getByText('该组织不存在，或不在您的权限范围内。')).toBeInTheDocument();
  });

  it('offers no edit form to a role that cannot write orgs', async () => {
    stubOrgApi(['enterprise']);
    const { queryClient } = await renderDetail();
    await waitFor(() => {
      expect(screen.getByTestId('org-address')).toHaveTextContent('花果园大街1号');
    });
    await waitFor(() => {
      expect(queryClient.getQueryState(meQueryKey)?.status).toBe('success');
    });
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('地址')).not.toBeInTheDocument();
  });
});
