import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from '@/lib/OrgSelect';
import type { Me } from '@/lib/session';

interface Props {
  me: Me;
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
}

/**
 * The organiser of a plan or drill: an enterprise keeps its own; a region, department or admin picks an org of its
 * subtree (the server refuses one outside it), its own first.
 */
export function OwnOrgSelect({ me, value, onChange, id }: Props) {
  const { t } = useTranslation();
  if (me.org.kind === 'ENTERPRISE') {
    return <Select<string> id={id} aria-label={t('drills.field.org')} value={value} onChange={onChange} options={[{ value: me.org.id, label: me.org.name }]} />;
  }
  return <OrgSelect id={id} kind="ENTERPRISE" ariaLabel={t('drills.field.org')} value={value} onChange={onChange} pinned={[me.org]} />;
}
