import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAssessment } from '../api/assessments';
import type { components } from '@/api/schema';
import type { AccountabilityFact } from '../api/accountability-types';

type FactKind = components['schemas']['AccountabilityFactKind'];

const routes: Partial<Record<FactKind, string>> = {
  ACCIDENT: '/accidents/',
  HAZARD: '/hazards/',
  ASSESSMENT: '/assessments/',
  DRILL: '/drills/',
};

/** The scheme behind an assessment fact: the lineage reads scheme → assessment → rule. */
function SchemeOf({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const assessment = useAssessment(assessmentId);
  const schemeId = assessment.data?.assessment.schemeId;
  if (!schemeId) return null;
  return (
    <Link to={`/assessments/schemes/${schemeId}`} data-testid="fact-scheme">
      {t('accountability.lineage.scheme')}
    </Link>
  );
}

/** One fact an action rests on, by its kind and summary, linked to its record where the SPA has a page for it. */
export function FactLink({ fact }: { fact: AccountabilityFact }) {
  const { t } = useTranslation();
  const kind = fact.kind ?? 'OTHER';
  const base = fact.id ? routes[kind] : undefined;
  return (
    <span data-testid="action-fact" data-kind={kind} style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8 }}>
      <Typography.Text type="secondary">{t(`label.enum.AccountabilityFactKind.${kind}`)}</Typography.Text>
      {base && fact.id ? <Link to={`${base}${fact.id}`}>{fact.summary}</Link> : <span>{fact.summary}</span>}
      {kind === 'ASSESSMENT' && fact.id && <SchemeOf assessmentId={fact.id} />}
    </span>
  );
}
