import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccidentLevel, ReportingIssue } from '../api/types';

/** 一般 / 较大 / 重大 / 特别重大 in words, coloured by severity. */
const levelColor: Record<AccidentLevel, string> = { GENERAL: 'blue', LARGER: 'orange', MAJOR: 'red', ESPECIALLY_MAJOR: 'magenta' };

export function AccidentLevelTag({ level }: { level: AccidentLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={levelColor[level]} data-testid="accident-level" data-level={level}>
      {t(`label.enum.AccidentLevel.${level}`)}
    </Tag>
  );
}

/** 迟报 / 漏报 / 谎报 / 瞒报 in words; nothing when the reporting was in order. */
export function ReportingIssueTags({ issues }: { issues: readonly ReportingIssue[] }) {
  const { t } = useTranslation();
  return (
    <>
      {issues.map((issue) => (
        <Tag key={issue} color={issue === 'LATE' ? 'gold' : 'volcano'} data-testid="reporting-issue">
          {t(`label.enum.ReportingIssue.${issue}`)}
        </Tag>
      ))}
    </>
  );
}
