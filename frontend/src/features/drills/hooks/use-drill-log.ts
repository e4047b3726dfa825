import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { QueuedTimelineEntry } from '@/lib/offline-queue/types';
import { useReportQueue } from '@/lib/offline-queue/use-report-queue';
import { useDrillTimeline } from '../api/drill';
import { drillKeys } from '../api/keys';
import type { TimelineEntry, TimelineKind } from '../api/types';

/**
 * Where an entry is: on the server, still on this phone (queued or being sent), or refused by the server (a 4xx answer,
 * e.g. the drill was evaluated before the phone got back online): sending it again would change nothing.
 */
export type LogEntryState = 'synced' | 'pending' | 'refused';

/** Why the server refused an entry, as its problem said it. */
export interface LogRefusal {
  status: number;
  /** The problem's code, to word the title in the UI's language. */
  code?: string;
  title: string;
  detail?: string;
}

export interface LogEntry {
  /** The entry's clientId: the same on the phone and on the server, so an entry is shown once. */
  key: string;
  kind: TimelineKind;
  text: string;
  occurredAt: string;
  author: string | null;
  photos: number;
  state: LogEntryState;
  refusal?: LogRefusal;
}

function fromServer(e: TimelineEntry): LogEntry {
  return { key: e.clientId, kind: e.kind, text: e.text, occurredAt: e.occurredAt, author: e.author, photos: e.attachmentIds.length, state: 'synced' };
}

function fromQueue(q: QueuedTimelineEntry): LogEntry {
  return {
    key: q.id,
    kind: q.input.kind,
    text: q.input.text,
    occurredAt: q.input.occurredAt,
    author: null,
    photos: q.photos.length,
    // Sent but not in the list read before: on the server, shown until the list is read again.
    state: q.status === 'failed' ? 'refused' : q.status === 'sent' ? 'synced' : 'pending',
    ...(q.status === 'failed' && q.failure
      ? { refusal: { status: q.failure.status, code: q.failure.code, title: q.failure.title, detail: q.failure.detail } }
      : {}),
  };
}

/** Merges the server's entries with this phone's queued ones by clientId: each entry once, the server's copy first. */
export function mergeLog(server: readonly TimelineEntry[], queued: readonly QueuedTimelineEntry[]): LogEntry[] {
  const known = new Set(server.map((e) => e.clientId));
  return [...server.map(fromServer), ...queued.filter((q) => !known.has(q.id)).map(fromQueue)].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

/**
 * A drill's timeline as the phone knows it: the server's entries and those still in the phone's queue, merged by
 * clientId. When the worker has sent an entry, the server's list is read again, so the entry turns from pending to
 * synced without showing twice.
 */
export function useDrillLog(drillId: string) {
  const queryClient = useQueryClient();
  const server = useDrillTimeline(drillId);
  const queue = useReportQueue();
  const queued = (queue ?? []).filter((q): q is QueuedTimelineEntry => q.kind === 'drill-log' && q.drillId === drillId);
  const sent = queued.filter((q) => q.status === 'sent').map((q) => q.id).join(',');

  useEffect(() => {
    if (sent) void queryClient.invalidateQueries({ queryKey: drillKeys.drillTimeline(drillId) });
  }, [sent, drillId, queryClient]);

  return { entries: mergeLog(server.data ?? [], queued), server };
}
