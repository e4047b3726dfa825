import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from '@/test/downloads';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { problem } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { assessmentFixture, assessmentHandlers, assessmentId, explainedFixture, schemeFixture, schemeId, townshipId } from '../testing/fixtures';
import { AssessmentPage } from './AssessmentPage';
import { AssessmentResultsPage } from './AssessmentResultsPage';
import { SchemePage } from './SchemePage';

const office = () => {
  const me = meFixture(['safety_office']);
  return { ...me, capabilities: [...me.capabilities, 'MANAGE_ASSESSMENT_SCHEMES' as const] };
};
const township = meFixture(['safety_office'], { id: townshipId, name: '花果园街道', regionLevel: 'TOWNSHIP' });
const binary = (type: string) => () => new Response(new Uint8Array([0x25, 0x50]), { headers: { 'Content-Type': type } });
const pdf = 'application/pdf';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function routes() {
  return (
    <Routes>
      <Route path="/assessments/:id" element={<AssessmentPage />} />
      <Route path="/assessments/schemes/:id" element={<SchemePage />} />
      <Route path="/assessments/schemes/:id/results" element={<AssessmentResultsPage />} />
    </Routes>
  );
}

describe('assessment reports', () => {
  it('offers the office every score, the 公示 and the 通报 in both variants and the register once published, and saves each under its name', async () => {
    const asked: string[] = [];
    const published = schemeFixture({ status: 'RESULTS_PUBLISHED', docNumber: '南安委〔2026〕3号' });
    server.use(
      sessionHandlers.me(office()),
      assessmentHandlers.scheme(published),
      assessmentHandlers.history(schemeId),
      assessmentHandlers.assessments([assessmentFixture({ status: 'FINAL', rank: 1, total: 91, grade: 'EXCELLENT' })]),
      http.get(`/api/v1/assessment-schemes/${schemeId}/bulletin.pdf`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return binary(pdf)();
      }),
      http.get(`/api/v1/assessment-schemes/${schemeId}/scores.xlsx`, binary(xlsx)),
      http.get('/api/v1/accountability-actions/register.xlsx', binary(xlsx)),
      http.get(`/api/v1/assessment-schemes/${schemeId}/year-over-year.xlsx`, binary(xlsx)),
      http.get(`/api/v1/assessment-schemes/${schemeId}/document.pdf`, binary(pdf)),
      http.get(`/api/v1/assessment-schemes/${schemeId}/oversight-report.pdf`, binary(pdf)),
      http.get(`/api/v1/assessment-schemes/${schemeId}/oversight-report.xlsx`, binary(xlsx)),
    );
    const downloads = captureDownloads();
    await renderApp(routes(), { route: `/assessments/schemes/${schemeId}/results` });
    const reports = await screen.findByTestId('scheme-reports');
    await waitFor(() => {
      expect(reports).toHaveTextContent('考核结果通报内部版（PDF）');
    });
    for (const label of [
      '考核方案（PDF）',
      '考核评分明细（Excel）',
      '考核结果公示（PDF）',
      '考核结果公示内部版（PDF）',
      '考核结果通报（PDF）',
      '问责事项台账（Excel）',
      '考核结果历年对比（Excel）',
      '考核及问责情况报告（报纪检监察机关、组织部门，PDF）',
      '考核及问责情况报告（报纪检监察机关、组织部门，Excel）',
    ]) {
      expect(reports).toHaveTextContent(label);
    }
    await userEvent.click(screen.getByTestId('download-bulletin-FINAL-INTERNAL'));
    await waitFor(() => {
      expect(downloads).toHaveLength(1);
    });
    expect(asked).toEqual(['?variant=INTERNAL&stage=FINAL']);
    expect(downloads[0]?.name).toBe('2026年度乡镇（街道）安全生产工作考核细则考核结果通报.pdf');
    await userEvent.click(screen.getByTestId('download-scores'));
    await userEvent.click(screen.getByTestId('download-register'));
    await userEvent.click(screen.getByTestId('download-year-over-year'));
    await userEvent.click(screen.getByTestId('download-oversight-pdf'));
    await userEvent.click(screen.getByTestId('download-oversight-xlsx'));
    await userEvent.click(screen.getByTestId('download-scheme-document'));
    await waitFor(() => {
      expect(downloads.map((d) => d.name)).toEqual([
        '2026年度乡镇（街道）安全生产工作考核细则考核结果通报.pdf',
        '2026年度乡镇（街道）安全生产工作考核细则评分明细.xlsx',
        '问责事项台账.xlsx',
        '2026年度乡镇（街道）安全生产工作考核细则历年对比.xlsx',
        '2026年度乡镇（街道）安全生产工作考核细则考核及问责情况报告.pdf',
        '2026年度乡镇（街道）安全生产工作考核细则考核及问责情况报告.xlsx',
        '2026年度乡镇（街道）安全生产工作考核细则.pdf',
      ]);
    });
  });

  it('shows a target of an open scheme its scores only, no 通报 before the results are proposed', async () => {
    server.use(sessionHandlers.me(township), assessmentHandlers.scheme(schemeFixture({ status: 'REVIEWING' })), assessmentHandlers.history(schemeId));
    await renderApp(routes(), { route: `/assessments/schemes/${schemeId}` });
    const reports = await screen.findByTestId('scheme-reports');
    expect(reports).toHaveTextContent('考核评分明细（Excel）');
    expect(reports).not.toHaveTextContent('公示');
    expect(reports).not.toHaveTextContent('通报');
    expect(reports).not.toHaveTextContent('历年对比');
    expect(reports).toHaveTextContent('考核方案（PDF）');
  });

  it('offers anyone who reads a draft its scheme document only, and a target of published results no report to the discipline and organization departments', async () => {
    server.use(sessionHandlers.me(office()), assessmentHandlers.scheme(schemeFixture({ status: 'DRAFT' })), assessmentHandlers.history(schemeId));
    const { unmount } = await renderApp(routes(), { route: `/assessments/schemes/${schemeId}` });
    const draft = await screen.findByTestId('scheme-reports');
    expect(draft).toHaveTextContent('考核方案（PDF）');
    expect(screen.queryByTestId('download-scores')).not.toBeInTheDocument();
    expect(screen.queryByTestId('download-oversight-pdf')).not.toBeInTheDocument();
    unmount();

    server.use(sessionHandlers.me(township), assessmentHandlers.scheme(schemeFixture({ status: 'RESULTS_PUBLISHED', docNumber: '南安委〔2026〕3号' })));
    await renderApp(routes(), { route: `/assessments/schemes/${schemeId}` });
    const reports = await screen.findByTestId('scheme-reports');
    expect(reports).toHaveTextContent('考核结果通报（PDF）');
    expect(reports).toHaveTextContent('考核方案（PDF）');
    expect(reports).not.toHaveTextContent('纪检监察');
    expect(screen.queryByTestId('download-oversight-xlsx')).not.toBeInTheDocument();
  });

  it('names the two documents in English too', async () => {
    server.use(sessionHandlers.me(office()), assessmentHandlers.scheme(schemeFixture({ status: 'CLOSED', docNumber: '南安委〔2026〕3号' })), assessmentHandlers.history(schemeId));
    await renderApp(routes(), { route: `/assessments/schemes/${schemeId}`, language: 'en' });
    const reports = await screen.findByTestId('scheme-reports');
    expect(reports).toHaveTextContent('Scheme document (PDF)');
    expect(reports).toHaveTextContent('Report to discipline inspection and organization department (PDF)');
    expect(reports).toHaveTextContent('Report to discipline inspection and organization department (Excel)');
  });

  it('offers the self-assessment sheet, the review sheet once reviewed, and shows why a download was refused', async () => {
    const reviewed = assessmentFixture({ status: 'REVIEWED' });
    server.use(
      sessionHandlers.me(township),
      assessmentHandlers.scheme(schemeFixture({ status: 'REVIEWING' })),
      assessmentHandlers.assessment(reviewed),
      assessmentHandlers.score(explainedFixture(reviewed)),
      http.get(`/api/v1/assessments/${assessmentId}/score-sheet.pdf`, ({ request }) =>
        new URL(request.url).searchParams.get('kind') === 'SELF' ? binary(pdf)() : problem(403, { title: '禁止访问', detail: '无权查看考核评分表' }),
      ),
    );
    const downloads = captureDownloads();
    await renderApp(routes(), { route: `/assessments/${assessmentId}` });
    const sheets = await screen.findByTestId('score-sheets');
    expect(sheets).toHaveTextContent('自评表（PDF）');
    expect(sheets).toHaveTextContent('考核评分表（PDF）');
    await userEvent.click(screen.getByTestId('download-sheet-SELF'));
    await waitFor(() => {
      expect(downloads.map((d) => d.name)).toEqual(['花果园街道自评表.pdf']);
    });
    await userEvent.click(screen.getByTestId('download-sheet-REVIEW'));
    expect(await screen.findByText(/无权查看考核评分表/)).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
  });

  it('offers only the self-assessment sheet before the review', async () => {
    const selfAssessing = assessmentFixture({ status: 'SELF_ASSESSING' });
    server.use(
      sessionHandlers.me(township),
      assessmentHandlers.scheme(schemeFixture({ status: 'SELF_ASSESSMENT' })),
      assessmentHandlers.assessment(selfAssessing),
      assessmentHandlers.score(explainedFixture(selfAssessing)),
    );
    await renderApp(routes(), { route: `/assessments/${assessmentId}` });
    const sheets = await screen.findByTestId('score-sheets');
    expect(sheets).toHaveTextContent('自评表（PDF）');
    expect(screen.queryByTestId('download-sheet-REVIEW')).not.toBeInTheDocument();
  });
});
