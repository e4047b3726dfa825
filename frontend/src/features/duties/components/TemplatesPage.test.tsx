import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import type { ListTemplate } from '../api/templates';
import { TemplateEditorPage } from './TemplateEditorPage';
import { TemplatePage } from './TemplatePage';
import { TemplatesPage } from './TemplatesPage';

const template: ListTemplate = {
  id: 'tpl-1',
  code: 'TERRITORY-TOWNSHIP',
  versionNo: 2,
  latest: true,
  holderKind: 'TERRITORY_TOWNSHIP',
  title: '乡镇（街道）属地责任清单',
  issuingOrg: null,
  sourceDocs: '000 清镇四张清单',
  items: [
    {
      category: 'INSPECTION',
      text: '每季度带队检查辖区重点企业',
      legalBasis: ['安全生产法 第九条'],
      periodType: 'QUARTER',
      minCount: 1,
      evidenceSpec: { types: ['PHOTO'], photoRequired: true, holderMustPerform: true },
      verification: 'MANUAL',
    },
  ],
  retiredAt: null,
  retiredBy: null,
  createdBy: 'admin',
  createdAt: '2026-01-02T00:00:00Z',
  version: 2,
};

const pages = (
  <Routes>
    <Route path="/lists/templates" element={<TemplatesPage />} />
    <Route path="/lists/templates/:id" element={<TemplatePage />} />
    <Route path="/lists/templates/:id/edit" element={<TemplateEditorPage />} />
  </Routes>
);

function templateHandlers(saved: { body?: unknown; ifMatch?: string | null; retired?: boolean }) {
  return [
    http.get('/api/v1/list-templates', () =>
      json({ items: [{ id: 'tpl-1', code: template.code, versionNo: 2, holderKind: template.holderKind, title: template.title, issuingOrg: null, sourceDocs: template.sourceDocs, itemCount: 1, retired: false, createdAt: template.createdAt }], nextCursor: null }),
    ),
    http.get('/api/v1/list-templates/:id', () => json(template, { headers: { ETag: '"2"' } })),
    http.put('/api/v1/list-templates/:id', async ({ request }) => {
      saved.body = await request.json();
      saved.ifMatch = request.headers.get('If-Match');
      return json({ ...template, id: 'tpl-2', versionNo: 3 }, { headers: { ETag: '"3"' } });
    }),
    http.post('/api/v1/list-templates/:id/retire', ({ request }) => {
      saved.retired = true;
      saved.ifMatch = request.headers.get('If-Match');
      return json({ ...template, retiredAt: '2026-02-01T00:00:00Z', retiredBy: 'admin' });
    }),
  ];
}

describe('list templates at the desk', () => {
  it('a list issuer reads the register and a template with its duties, but may not change it', async () => {
    server.use(sessionHandlers.me(meFixture(['safety_office'])), ...templateHandlers({}));
    await renderApp(pages, { route: '/lists/templates' });
    const row = (await screen.findByRole('link', { name: template.title })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('乡（镇）、街道')).toBeInTheDocument();
    expect(within(row).getByText('系统模板（依据来源文件）')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建模板' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: template.title }));
    const items = await screen.findByTestId('list-items');
    for (const text of ['检查督查', '每季度至少 1 次', '需照片', '须本人履行', '依据：安全生产法 第九条']) expect(within(items).getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修订模板' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /停\s*用/ })).not.toBeInTheDocument();
  });

  it('a template manager revises a template into its next version with If-Match, and retires it', async () => {
    const saved: { body?: unknown; ifMatch?: string | null; retired?: boolean } = {};
    server.use(sessionHandlers.me(meFixture(['admin'])), ...templateHandlers(saved));
    await renderApp(pages, { route: '/lists/templates/tpl-1' });
    await userEvent.click(await screen.findByRole('button', { name: '修订模板' }));
    expect(await screen.findByText('保存后生成第 3 版；已按旧版本起草的清单不受影响。')).toBeInTheDocument();
    const text = screen.getByLabelText('履职事项');
    await userEvent.clear(text);
    await userEvent.type(text, '每月带队检查辖区重点企业');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await screen.findByRole('button', { name: '修订模板' });
    expect(saved.ifMatch).toBe('"2"');
    expect(saved.body).toMatchObject({
      title: template.title,
      items: [{ category: 'INSPECTION', text: '每月带队检查辖区重点企业', legalBasis: ['安全生产法 第九条'], periodType: 'QUARTER', minCount: 1, evidenceSpec: { photoRequired: true, holderMustPerform: true } }],
    });

    await userEvent.click(screen.getByRole('button', { name: /停\s*用/ }));
    const confirm = await screen.findByRole('tooltip');
    await userEvent.click(within(confirm).getByRole('button', { name: /停\s*用/ }));
    await expect.poll(() => saved.retired).toBe(true);
  });
});
