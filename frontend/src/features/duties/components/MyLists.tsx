import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '@/lib/api-context';
import type { Me } from '@/lib/session';
import { useMyPosts } from '../api/get-my-posts';
import { listLists } from '../api/get-lists';
import { listKeys } from '../api/keys';

/**
 * 我的责任清单 on the phone: the lists of this year held by the posts the caller holds, each opening the phone's list
 * view; a published list waiting for the holder's signature says so. Plain HTML, like the rest of the page.
 */
export function MyLists({ me, year }: { me: Me; year: number }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const posts = useMyPosts(me);
  const lists = useQueries({
    queries: (posts.data ?? []).map((post) => ({
      queryKey: listKeys.held(post.id, year),
      queryFn: async () => (await listLists(client, { holderPostId: post.id, year })).items,
    })),
  });
  if (!posts.data || posts.data.length === 0) return null;
  const held = lists.flatMap((q) => q.data ?? []).filter((l) => l.status !== 'DISCARDED' && l.status !== 'SUPERSEDED');
  return (
    <section className="duty-section" data-testid="my-lists" aria-label={t('duties.mine.lists')}>
      <h2 className="duty-section-title">{t('duties.mine.lists')}</h2>
      <p className="field-hint">{t('duties.mine.posts', { posts: posts.data.map((p) => `${p.org.name} ${p.title}`).join('、') })}</p>
      {held.length === 0 ? (
        <p className="field-hint">{t('duties.mine.noLists')}</p>
      ) : (
        <ul className="duty-cards">
          {held.map((l) => (
            <li key={l.id} className="duty-card" data-testid="my-list" data-status={l.status}>
              <div className="duty-card-head">
                <Link className="duty-card-title" to={`/duties/lists/${encodeURIComponent(l.id)}`}>
                  {l.title}
                </Link>
                <span className={`status-badge ${l.status === 'PUBLISHED' || l.atRisk ? 'tone-amber' : 'tone-neutral'}`}>
                  {t(`label.enum.ListStatus.${l.status}`)}
                </span>
              </div>
              <div className="field-hint">
                {l.issuingOrg.name} · {l.docNumber ?? t('lists.noDocNumber')}
              </div>
              {l.status === 'PUBLISHED' && <div className="field-hint">{t('duties.mine.toSign')}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
