import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { EllipsisIcon } from '@/lib/icons';
import { lazyWithAntd } from '@/lib/lazy-with-antd';
import { activeNavPath, type NavItem } from './navigation';

const MoreDrawer = lazyWithAntd(() => import('./MoreDrawer').then((m) => m.MoreDrawer));

interface Props {
  items: readonly NavItem[];
  /** The items that do not fit in the tab bar; they open from "更多". */
  more: readonly NavItem[];
  onLogout: () => void;
}

/** Phone: a tab bar fixed to the bottom, in thumb reach; "更多" opens a drawer with the rest. */
export function BottomNav({ items, more, onLogout }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  // The drawer's menu is fetched on the first tap, then stays mounted so it can animate closed.
  const [opened, setOpened] = useState(false);
  const active = activeNavPath(pathname);
  const moreActive = more.some((item) => item.path === active);
  return (
    <nav aria-label={t('nav.label')} className="bottom-nav">
      {items.map((item) => (
        // Link, not NavLink: NavLink would also mark 隐患 active on 隐患/上报; one tab is active at a time.
        <Link
          key={item.path}
          to={item.path}
          className={item.path === active ? 'bottom-nav-item active' : 'bottom-nav-item'}
          aria-current={item.path === active ? 'page' : undefined}
        >
          <span className="bottom-nav-icon">{item.icon}</span>
          <span>{t(item.labelKey)}</span>
        </Link>
      ))}
      <button
        type="button"
        className={moreActive ? 'bottom-nav-item bottom-nav-more active' : 'bottom-nav-item bottom-nav-more'}
        aria-expanded={open}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        <span className="bottom-nav-icon" aria-hidden>
          <EllipsisIcon />
        </span>
        <span>{t('nav.more')}</span>
      </button>
      {opened && (
        <Suspense fallback={null}>
          <MoreDrawer
            items={more}
            active={active}
            open={open}
            onClose={() => {
              setOpen(false);
            }}
            onLogout={onLogout}
          />
        </Suspense>
      )}
    </nav>
  );
}
