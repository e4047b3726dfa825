import { Breadcrumb, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/session';
import { useOrg } from '../api/get-org';

interface Props {
  parentId: string | undefined;
  onNavigate: (parentId: string | undefined) => void;
}

/** Where the list is in the org tree: root, the browsed org's visible ancestors, then the org itself. */
export function OrgBreadcrumb({ parentId, onNavigate }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const parent = useOrg(parentId ?? '', { enabled: Boolean(parentId) });
  const myOrgId = me.data?.org.id;

  const link = (label: string, target: string | undefined) => (
    <a
      href={target ? `?parentId=${encodeURIComponent(target)}` : '?'}
      onClick={(event) => {
        event.preventDefault();
        onNavigate(target);
      }}
    >
      {label}
    </a>
  );

  const org = parentId ? parent.data?.org : undefined;
  const items = [
    { key: 'root', title: parentId ? link(t('orgs.root'), undefined) : t('orgs.root') },
    ...(org?.ancestors ?? []).map((ancestor) => ({ key: ancestor.id, title: link(ancestor.name, ancestor.id) })),
    ...(org ? [{ key: org.id, title: org.name }] : []),
  ];

  return (
    <nav aria-label={t('orgs.title')} className="org-breadcrumb">
      {parentId && parent.isLoading ? <Skeleton.Input active size="small" /> : <Breadcrumb items={items} />}
      {myOrgId && myOrgId !== parentId && (
        <Button
          type="link"
          size="small"
          onClick={() => {
            onNavigate(myOrgId);
          }}
        >
          {t('orgs.fromMyOrg')}
        </Button>
      )}
    </nav>
  );
}
