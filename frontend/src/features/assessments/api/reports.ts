import type { ApiClient } from '@/lib/api-client';
import { fetchBinary, saveBlob } from '@/lib/download';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pdfType = 'application/pdf';

export type BulletinVariant = 'PUBLIC' | 'INTERNAL';
export type BulletinStage = 'PRELIMINARY' | 'FINAL';
export type ScoreSheetKind = 'SELF' | 'REVIEW';

/** 考核评分明细: every score of the scheme with its trail (the rows the caller may see), as a workbook. */
export async function downloadSchemeScores(client: ApiClient, schemeId: string, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/assessment-schemes/${schemeId}/scores.xlsx`, xlsxType), fileName);
}

/** 考核结果历年对比: the series' grades, totals and ranks per target with the runs the rules watch, as a workbook. */
export async function downloadYearOverYear(client: ApiClient, schemeId: string, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/assessment-schemes/${schemeId}/year-over-year.xlsx`, xlsxType), fileName);
}

/** 考核结果公示 / 通报 as a PDF, public or internal. */
export async function downloadBulletin(client: ApiClient, schemeId: string, variant: BulletinVariant, stage: BulletinStage, fileName: string): Promise<void> {
  const params = new URLSearchParams({ variant, stage });
  saveBlob(await fetchBinary(client, `/api/v1/assessment-schemes/${schemeId}/bulletin.pdf?${params.toString()}`, pdfType), fileName);
}

/** 自评表 / 考核评分表 of one assessment as a PDF. */
export async function downloadScoreSheet(client: ApiClient, assessmentId: string, kind: ScoreSheetKind, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/assessments/${assessmentId}/score-sheet.pdf?kind=${kind}`, pdfType), fileName);
}

/** 问责事项台账: the accountability register of the caller's scope as a workbook. */
export async function downloadAccountabilityRegister(client: ApiClient, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, '/api/v1/accountability-actions/register.xlsx', xlsxType), fileName);
}

/** 考核方案: the scheme as its issuer publishes it (考核办法 / 实施方案), as a PDF. */
export async function downloadSchemeDocument(client: ApiClient, schemeId: string, fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/assessment-schemes/${schemeId}/document.pdf`, pdfType), fileName);
}

/** 考核及问责情况报告 to the 纪检监察机关 and 组织部门 (the issuing side's), as a PDF or a workbook. */
export async function downloadOversightReport(client: ApiClient, schemeId: string, kind: 'pdf' | 'xlsx', fileName: string): Promise<void> {
  saveBlob(await fetchBinary(client, `/api/v1/assessment-schemes/${schemeId}/oversight-report.${kind}`, kind === 'pdf' ? pdfType : xlsxType), fileName);
}
