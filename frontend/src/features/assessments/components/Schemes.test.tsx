import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json, problem } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { assessmentHandlers, definitionFixture, schemeFixture, schemeId } from '../testing/fixtures';
import { SchemeEditorPage } from './SchemeEditorPage';
import { SchemePage } from './SchemePage';
import { SchemesPage } from './SchemesPage';

const office = () => {
  const me = meFixture(['safety_office']);
  return { ...me, capabilities: [...me.capabilities, 'MANAGE_ASSESSMENT_SCHEMES' as const, 'ACT_ON_ASSESSMENTS' as const] };
};

function renderScheme() {
  return renderApp(
    <Routes>
      <Route path="/assessments/schemes/:id" element={<SchemePage />} />
    </Routes>,
    { route: `/assessments/schemes/${schemeId}` },
  );
}

describe('assessment schemes', () => {
  it('lists the schemes in words and links each to its page', async () => {
    server.use(sessionHandlers.me(office()), assessmentHandlers.schemes([schemeFixture({ status: 'SELF_ASSESSMENT', docNumber: '南安委〔2026〕3号' })]));
    await renderApp(<SchemesPage />, { route: '/assessments' });
    const row = await screen.findByTestId('scheme-row');
    expect(row).toHaveTextContent('2026年度乡镇（街道）安全生产工作考核细则');
    expect(row).toHaveTextContent('2026年全年');
    expect(row).toHaveTextContent('自评中');
    expect(row).toHaveTextContent('南安委〔2026〕3号');
    expect(screen.getByRole('link', { name: '新建考核方案' })).toHaveAttribute('href', '/assessments/schemes/new');
  });

  it('shows the tree with points, the bands, vetoes, bonuses and consequences, and what keeps a draft from publication in words', async () => {
    const indicators = definitionFixture().indicators.map((i) => (i.code === '2' ? { ...i, maxPoints: 35 } : i));
    const draft = schemeFixture({
      definition: definitionFixture({ indicators }),
      groupPoints: [{ group: 'TOWNSHIP', leafPoints: 95 }],
      publicationIssues: [{ field: 'indicators', code: 'points_mismatch', message: 'group TOWNSHIP: leaf points add up to 95, not 100' }],
    });
    server.use(sessionHandlers.me(office()), assessmentHandlers.scheme(draft), assessmentHandlers.history(schemeId));
    await renderScheme();
    const issues = await screen.findByTestId('publication-issues');
    expect(issues).toHaveTextContent('考核对象“乡镇（街道）”各末级指标的分值合计为 95 分，应为 100 分');
    const rows = screen.getAllByTestId('indicator-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('组织领导'),
      expect.stringContaining('安委会会议'),
      expect.stringContaining('责任清单签订'),
      expect.stringContaining('宣传教育'),
    ]);
    expect(rows[1]).toHaveTextContent('扣分制');
    expect(rows[1]).toHaveTextContent('未按季度召开安委会会议，扣 5 分（每次）');
    expect(rows[2]).toHaveTextContent('系统取数责任清单签订率 · 线性');
    expect(screen.getAllByTestId('grade-band').map((b) => b.textContent)).toEqual(['优秀：90 分及以上', '良好：80 分及以上', '合格：60 分及以上', '不合格：0 分及以上']);
    expect(screen.getByTestId('veto-rule')).toHaveTextContent('发生重大及以上生产安全事故：重大及以上事故起数大于等于1 → 定为最低等次');
    expect(screen.getByTestId('adjustment-rule')).toHaveTextContent('加分受到市级通报表扬：每次 1 分，最多 2 分');
    expect(screen.getByTestId('consequence-rule')).toHaveTextContent('连续 2 次评为“不合格” → 约谈，通报后 30 天内');
    expect(screen.getByTestId('target-group')).toHaveTextContent('末级指标合计 95 / 100 分');
    expect(screen.getByRole('link', { name: '编辑方案' })).toHaveAttribute('href', `/assessments/schemes/${schemeId}/edit`);
  });

  it('says in words why the server refused the publication and sends the 文号', async () => {
    const sent: unknown[] = [];
    server.use(
      sessionHandlers.me(office()),
      assessmentHandlers.scheme(schemeFixture()),
      assessmentHandlers.history(schemeId),
      http.post(`/api/v1/assessment-schemes/${schemeId}/transitions`, async ({ request }) => {
        sent.push(await request.json());
        return problem(422, {
          code: 'scheme-points-mismatch',
          title: 'Points do not add up',
          detail: 'group TOWNSHIP: leaf points add up to 95, not 100',
          errors: [{ field: 'indicators', code: 'points_mismatch', message: 'group TOWNSHIP: 95 ≠ 100' }],
        });
      }),
    );
    await renderScheme();
    expect(await screen.findByTestId('publication-ready')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '发布' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('文号'), '南安委〔2026〕3号');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('考核方案分值不符');
    expect(alert).toHaveTextContent('考核对象“乡镇（街道）”各末级指标的分值合计为 95 分，应为 100 分');
    expect(sent).toEqual([{ action: 'PUBLISH', docNumber: '南安委〔2026〕3号' }]);
  });

  it('edits a draft: checks the sums and the bands as the server does, and places the server problems beside the fields', async () => {
    let put: Record<string, unknown> | undefined;
    let answer: 'problem' | 'ok' = 'problem';
    server.use(
      sessionHandlers.me(office()),
      assessmentHandlers.scheme(schemeFixture()),
      http.put(`/api/v1/assessment-schemes/${schemeId}`, async ({ request }) => {
        put = (await request.json()) as Record<string, unknown>;
        if (answer === 'problem') return problem(400, { title: 'Invalid', errors: [{ field: 'definition.indicators[1].name', message: 'size must be between 1 and 200' }] });
        return json(schemeFixture({ version: 2 }), { headers: { ETag: '"2"' } });
      }),
    );
    await renderApp(
      <Routes>
        <Route path="/assessments/schemes/:id/edit" element={<SchemeEditorPage />} />
        <Route path="/assessments/schemes/:id" element={<p>saved page</p>} />
      </Routes>,
      { route: `/assessments/schemes/${schemeId}/edit` },
    );
    expect(await screen.findByTestId('points-add-up')).toHaveTextContent('各考核对象的末级指标合计均为 100 分');
    const editors = screen.getAllByTestId('indicator-editor');
    const points = within(editors[3] as HTMLElement).getByLabelText('分值');
    await userEvent.clear(points);
    await userEvent.type(points, '35');
    expect(await screen.findByTestId('point-issues')).toHaveTextContent('考核对象“乡镇（街道）”各末级指标合计 95 分，应为 100 分');
    // A grade band out of order is refused in the browser, beside its field.
    const bounds = screen.getAllByLabelText('分数下限（含）');
    await userEvent.clear(bounds[1] as HTMLElement);
    await userEvent.type(bounds[1] as HTMLElement, '95');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('等次须按分数下限从高到低排列')).toBeInTheDocument();
    expect(put).toBeUndefined();
    await userEvent.clear(bounds[1] as HTMLElement);
    await userEvent.type(bounds[1] as HTMLElement, '80');
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => {
      expect(put).toBeDefined();
    });
    expect(await screen.findByText('size must be between 1 and 200')).toBeInTheDocument();
    const def = (put as { definition: { indicators: { code: string; maxPoints?: number }[] } }).definition;
    expect(def.indicators.find((i) => i.code === '2')?.maxPoints).toBe(35);
    answer = 'ok';
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('saved page')).toBeInTheDocument();
  }, 180_000);
});
