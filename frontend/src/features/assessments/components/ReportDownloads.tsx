import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { can, useMe } from '@/lib/session';
import { downloadAccountabilityRegister, downloadBulletin, downloadOversightReport, downloadSchemeDocument, downloadSchemeScores, downloadScoreSheet, downloadYearOverYear, type BulletinStage, type BulletinVariant, type ScoreSheetKind } from '../api/reports';
import type { Assessment, Scheme } from '../api/types';

/** A button that fetches one report and saves it; the server's problem shows beneath it. */
export function DownloadButton({ label, testId, kind, fetch }: { label: string; testId: string; kind: 'pdf' | 'xlsx'; fetch: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Flex vertical gap={4}>
      <Button
        icon={kind === 'pdf' ? <FilePdfOutlined /> : <FileExcelOutlined />}
        loading={busy}
        data-testid={testId}
        onClick={() => {
          setBusy(true);
          setError(null);
          fetch()
            .catch((failure: unknown) => {
              setError(failure);
            })
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        {label}
      </Button>
      {error !== null && <ProblemAlert error={error} />}
    </Flex>
  );
}

const proposed = ['PRELIMINARY', 'APPROVED', 'RESULTS_PUBLISHED', 'CLOSED'];
const published = ['RESULTS_PUBLISHED', 'CLOSED'];

/**
 * A scheme's reports: the scheme document always; every score with its trail once it opened; the 公示 once results are
 * proposed and the 通报 once published, public for all and internal for the office that runs the scheme; the
 * year-over-year view once published, and for the office the report to the 纪检监察机关 and 组织部门.
 */
export function SchemeReports({ scheme, extra }: { scheme: Scheme; extra?: ReactNode }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const me = useMe();
  const opened = scheme.status !== 'DRAFT' && scheme.status !== 'PUBLISHED';
  const office = can(me.data, 'MANAGE_ASSESSMENT_SCHEMES');
  const bulletins: { stage: BulletinStage; variant: BulletinVariant }[] = [];
  for (const stage of ['PRELIMINARY', 'FINAL'] as const) {
    if (!(stage === 'FINAL' ? published : proposed).includes(scheme.status)) continue;
    bulletins.push({ stage, variant: 'PUBLIC' });
    if (office) bulletins.push({ stage, variant: 'INTERNAL' });
  }
  return (
    <Card size="small" title={t('assessments.reports.title')} data-testid="scheme-reports">
      <Space wrap align="start">
        <DownloadButton
          kind="pdf"
          testId="download-scheme-document"
          label={t('assessments.reports.document')}
          fetch={() => downloadSchemeDocument(client, scheme.id, t('assessments.reports.documentFile', { title: scheme.title }))}
        />
        {opened && (
          <DownloadButton
            kind="xlsx"
            testId="download-scores"
            label={t('assessments.reports.scores')}
            fetch={() => downloadSchemeScores(client, scheme.id, t('assessments.reports.scoresFile', { title: scheme.title }))}
          />
        )}
        {bulletins.map(({ stage, variant }) => (
          <DownloadButton
            key={`${stage}-${variant}`}
            kind="pdf"
            testId={`download-bulletin-${stage}-${variant}`}
            label={t(`assessments.reports.bulletin.${stage}.${variant}`)}
            fetch={() => downloadBulletin(client, scheme.id, variant, stage, t(`assessments.reports.bulletinFile.${stage}`, { title: scheme.title }))}
          />
        ))}
        {published.includes(scheme.status) && (
          <DownloadButton
            kind="xlsx"
            testId="download-year-over-year"
            label={t('assessments.reports.yearOverYear')}
            fetch={() => downloadYearOverYear(client, scheme.id, t('assessments.reports.yearOverYearFile', { title: scheme.title }))}
          />
        )}
        {published.includes(scheme.status) &&
          office &&
          (['pdf', 'xlsx'] as const).map((kind) => (
            <DownloadButton
              key={`oversight-${kind}`}
              kind={kind}
              testId={`download-oversight-${kind}`}
              label={t(`assessments.reports.oversight.${kind}`)}
              fetch={() => downloadOversightReport(client, scheme.id, kind, t(`assessments.reports.oversightFile.${kind}`, { title: scheme.title }))}
            />
          ))}
        {extra}
      </Space>
    </Card>
  );
}

/** One assessment's score sheets: the self-assessment sheet, and the review sheet once the review began. */
export function ScoreSheetDownloads({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const reviewed = !['NOT_STARTED', 'SELF_ASSESSING', 'SELF_SUBMITTED', 'SELF_MISSED'].includes(assessment.status);
  const kinds: ScoreSheetKind[] = reviewed ? ['SELF', 'REVIEW'] : ['SELF'];
  return (
    <Space wrap align="start" data-testid="score-sheets">
      {kinds.map((kind) => (
        <DownloadButton
          key={kind}
          kind="pdf"
          testId={`download-sheet-${kind}`}
          label={t(`assessments.reports.sheet.${kind}`)}
          fetch={() => downloadScoreSheet(client, assessment.id, kind, t(`assessments.reports.sheetFile.${kind}`, { target: assessment.targetOrgName }))}
        />
      ))}
    </Space>
  );
}

/** 问责事项台账 of the caller's scope as a workbook (the office's, once results set off their consequences). */
export function RegisterDownload() {
  const { t } = useTranslation();
  const client = useApiClient();
  return (
    <DownloadButton
      kind="xlsx"
      testId="download-register"
      label={t('assessments.reports.register')}
      fetch={() => downloadAccountabilityRegister(client, t('assessments.reports.registerFile'))}
    />
  );
}
