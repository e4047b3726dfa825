import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus, SchemeStatus } from '../api/types';

const schemeColors: Record<SchemeStatus, string> = {
  DRAFT: 'default',
  PUBLISHED: 'blue',
  SELF_ASSESSMENT: 'processing',
  REVIEWING: 'geekblue',
  PRELIMINARY: 'orange',
  APPROVED: 'cyan',
  RESULTS_PUBLISHED: 'green',
  CLOSED: 'purple',
};

const assessmentColors: Record<AssessmentStatus, string> = {
  NOT_STARTED: 'default',
  SELF_ASSESSING: 'processing',
  SELF_SUBMITTED: 'blue',
  SELF_MISSED: 'red',
  UNDER_REVIEW: 'geekblue',
  REVIEWED: 'cyan',
  PRELIMINARY_PUBLISHED: 'orange',
  IN_RECONSIDERATION: 'gold',
  FINAL: 'green',
  RECTIFYING: 'volcano',
  CLOSED: 'purple',
};

export function SchemeStatusTag({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={schemeColors[status]} data-testid="scheme-status" data-status={status}>
      {t(`label.enum.AssessmentSchemeStatus.${status}`)}
    </Tag>
  );
}

export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={assessmentColors[status]} data-testid="assessment-status" data-status={status}>
      {t(`label.enum.AssessmentStatus.${status}`)}
    </Tag>
  );
}
