import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from './query-client';
import { forgetQueries, keptOffline, persistQueries, restoreQueries } from './offline-cache';

const key = ['hazards', 'detail', 'h-1'] as const;

/** A snapshot written a moment ago by another tab (or before a reload) with the ticket as it was then. */
async function snapshotWith(state: string): Promise<void> {
  const before = createQueryClient();
  const stop = persistQueries(before, 'sub-1', 0);
  before.setQueryData(key, { state });
  await vi.waitFor(() => { expect(window.localStorage.getItem('redline.offline')).toContain(state); });
  stop();
}

describe('the offline snapshot', () => {
  afterEach(() => { forgetQueries(); });

  it('shows what it holds at once, and a page that reads it online asks the server again even within the 30 s', async () => {
    await snapshotWith('CONFIRMED');
    const client: QueryClient = createQueryClient();
    restoreQueries(client, 'sub-1');
    expect(client.getQueryData(key)).toEqual({ state: 'CONFIRMED' });

    const fetched = vi.fn(() => Promise.resolve({ state: 'SUBMITTED' }));
    const observer = new QueryObserver(client, { queryKey: key, queryFn: fetched });
    const seen: unknown[] = [];
    const stop = observer.subscribe((result) => seen.push(result.data));
    await vi.waitFor(() => { expect(client.getQueryData(key)).toEqual({ state: 'SUBMITTED' }); });
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(seen[0]).toEqual({ state: 'CONFIRMED' });
    stop();
  });

  it("is dropped for another user, and a fresh answer of this session is still trusted for 30 s", async () => {
    await snapshotWith('CONFIRMED');
    const other = createQueryClient();
    restoreQueries(other, 'sub-2');
    expect(other.getQueryData(key)).toBeUndefined();
    expect(window.localStorage.getItem('redline.offline')).toBeNull();

    const client = createQueryClient();
    client.setQueryData(key, { state: 'CONFIRMED' });
    const fetched = vi.fn(() => Promise.resolve({ state: 'SUBMITTED' }));
    const stop = new QueryObserver(client, { queryKey: key, queryFn: fetched }).subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched).not.toHaveBeenCalled();
    stop();
  });

  it("keeps what a unit's head reads in the field, not the desk's heavy boards or the audit log", () => {
    expect(keptOffline(['assessments', 'mine'])).toBe(true);
    expect(keptOffline(['assessments', 'projection', 'a-1'])).toBe(true);
    expect(keptOffline(['assessments', 'veto-warnings'])).toBe(true);
    expect(keptOffline(['accountability', 'list', { targetOrgId: 'o-1', open: true }])).toBe(true);
    expect(keptOffline(['accountability', 'one', 'x-1'])).toBe(true);
    expect(keptOffline(['accountability', 'list', { type: 'INTERVIEW', year: '2026' }])).toBe(false);
    expect(keptOffline(['hazards', 'detail', 'h-1'])).toBe(true);
    expect(keptOffline(['assessments', 'scores', 's-1'])).toBe(false);
    expect(keptOffline(['assessments', 'one', 'a-1'])).toBe(false);
    expect(keptOffline(['audit'])).toBe(false);
  });
});
