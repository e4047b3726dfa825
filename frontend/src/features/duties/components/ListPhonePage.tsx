import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { useReportQueue } from '@/lib/offline-queue/use-report-queue';
import type { QueuedFulfilment } from '@/lib/offline-queue/types';
import { QueryPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { isProblem } from '@/lib/problem';
import { useRecords } from '../api/get-fulfilment-records';
import { useList } from '../api/get-list';
import { recordKeys } from '../api/keys';
import { isListAction } from '../api/list-types';
import { useTransitionList } from '../api/transition-list';
import { ItemRecords } from './ItemRecords';
import { requirementText } from './list-text';

/** Why signing failed, in words: someone acted first (409, with what is possible now), a stale copy (412), or the problem. */
function SignProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let text = error instanceof Error ? error.message : String(error);
  if (isProblem(error, 409)) {
    const now = error.allowedActions.filter(isListAction).map((a) => t(`label.enum.ListAction.${a}`));
    text = `${error.detail ?? error.title} ${now.length > 0 ? t('lists.allowedNow', { actions: now.join('、') }) : ''}`;
  } else if (isProblem(error, 412)) {
    text = t('workflow.staleDetail');
  }
  return (
    <p className="notice notice-warning" role="alert">
      {text}
    </p>
  );
}

/** Records in force only on a signed list (SIGNED, ACTIVE): the server refuses the others. */
const binding = new Set(['SIGNED', 'ACTIVE']);

/**
 * The list's records, those the server holds and those still on the phone, by duty item. When a queued record of this
 * list reaches the server, the server's list is asked again, so the record moves from 待上传 to 已提交.
 */
function useListRecords(listId: string, enabled: boolean) {
  const client = useQueryClient();
  const records = useRecords({ listId }, { enabled });
  const queue = useReportQueue();
  const mine = (queue ?? []).filter((q): q is QueuedFulfilment => q.kind === 'fulfilment' && q.listId === listId);
  const sent = mine.filter((q) => q.status === 'sent').length;
  useEffect(() => {
    if (sent > 0) void client.invalidateQueries({ queryKey: recordKeys.lists() });
  }, [client, sent]);
  const held = records.data?.pages.flatMap((page) => page.items) ?? [];
  return {
    recordsOf: (itemId: string) => held.filter((r) => r.dutyItemId === itemId),
    pendingOf: (itemId: string) => mine.filter((q) => q.status !== 'sent' && q.input.dutyItemId === itemId),
  };
}

/**
 * A responsibility list on the holder's phone: who issued it, what it asks, who has signed, and the 签订 button when
 * the server allows this caller to sign. Plain HTML and the app's CSS, no antd.
 */
export function ListPhonePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useList(id);
  const transition = useTransitionList();
  const message = useMessage();
  const [confirming, setConfirming] = useState(false);
  const me = useMe();
  const inForce = query.data ? binding.has(query.data.list.status) : false;
  const records = useListRecords(id, inForce);
  const canRecord = inForce && can(me.data, 'RECORD_FULFILMENT');

  if (query.isPending) return <QueryPending query={query} />;
  if (query.isError) {
    return (
      <div className="duties-page">
        <p className="notice notice-warning" role="alert">
          {isProblem(query.error, 404) ? t('lists.notFound') : query.error.message}
        </p>
        <Link to="/duties">{t('duties.mine.back')}</Link>
      </div>
    );
  }
  const { list, etag } = query.data;
  const canSign = list.allowedActions.includes('SIGN');

  const sign = async () => {
    try {
      await transition.mutateAsync({ id: list.id, etag, transition: { action: 'SIGN', method: 'E_SIGN', comment: null, docNumber: null, scanHash: null } });
      setConfirming(false);
      void message.success(t('lists.signed'));
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <div className="duties-page" data-testid="list-phone">
      <Link to="/duties">{t('duties.mine.back')}</Link>
      <h1 className="page-title">{list.title}</h1>
      <div className="duty-card-head">
        <span className="field-hint">
          {list.issuingOrg.name} · {list.docNumber ?? t('lists.noDocNumber')}
        </span>
        <span className="status-badge tone-neutral" data-testid="list-status">
          {t(`label.enum.ListStatus.${list.status}`)}
        </span>
      </div>
      <p className="field-hint">
        {t('lists.holderLine', { org: list.holderOrg.name, post: list.holderPostTitle, from: list.effectiveFrom, to: list.effectiveTo })}
      </p>
      <ol className="duty-cards" aria-label={t('lists.items', { count: list.items.length })}>
        {list.items.map((item) => (
          <li key={item.id} className="duty-card" data-testid="list-item">
            <span className="duty-card-title">
              {item.seq}. {item.text}
            </span>
            <span className="field-hint">
              {t(`label.enum.DutyCategory.${item.category}`)} · {requirementText(t, item)}
            </span>
            {inForce && <ItemRecords listId={list.id} item={item} records={records.recordsOf(item.id)} pending={records.pendingOf(item.id)} canRecord={canRecord} />}
          </li>
        ))}
      </ol>
      <section className="duty-section" aria-label={t('lists.signatures')}>
        <h2 className="duty-section-title">{t('lists.signatures')}</h2>
        {list.signatures.length === 0 ? (
          <p className="field-hint">{t('lists.noSignatures')}</p>
        ) : (
          <ul className="duty-cards" data-testid="list-signatures">
            {list.signatures.map((s) => (
              <li key={`${s.role}-${s.signedAt}`} className="field-hint">
                {t(`label.enum.SignatureRole.${s.role}`)}：{s.personName} · {new Date(s.signedAt).toLocaleString(i18n.language)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {transition.isError && <SignProblem error={transition.error} />}
      {canSign &&
        (confirming ? (
          <div className="notice notice-info" role="group" aria-label={t('lists.confirmSign')}>
            <p>{t('lists.signNotice', { post: list.holderPostTitle, org: list.holderOrg.name })}</p>
            <button type="button" className="btn btn-primary btn-block btn-large" aria-busy={transition.isPending} onClick={() => void sign()}>
              {transition.isPending && <span className="app-spinner-dot small" aria-hidden />}
              {t('lists.confirmSign')}
            </button>
            <button type="button" className="btn btn-block" onClick={() => { setConfirming(false); }}>
              {t('workflow.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-primary btn-block btn-large" onClick={() => { setConfirming(true); }}>
            {t('label.enum.ListAction.SIGN')}
          </button>
        ))}
    </div>
  );
}
