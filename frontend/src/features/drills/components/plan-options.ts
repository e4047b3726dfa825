import { useTranslation } from 'react-i18next';
import { usePlans } from '../api/plans';

/** An org's emergency plans as choices, each with its kind in words (the kind decides the drill rules a drill meets). */
export function usePlanOptions(orgId: string | undefined) {
  const { t } = useTranslation();
  const plans = usePlans({ orgId });
  const options = (plans.data?.pages.flatMap((p) => p.items) ?? []).map((p) => ({
    value: p.id,
    label: `${p.title}（${t(`label.enum.EmergencyPlanKind.${p.kind}`)}）`,
  }));
  return { options, loading: plans.isPending };
}
