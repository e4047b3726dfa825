import { dehydrate, hydrate, type DehydratedState, type Query, type QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/lib/session';

/**
 * The last answers the signed-in user saw (who they are, their lists and figures), kept in localStorage so the
 * app opens offline in a new tab with the last known identity and shows what was cached instead of an error.
 * Photos (blobs) and the audit log stay out; the snapshot belongs to one OIDC subject and is dropped on logout.
 */
const storageKey = 'redline.offline';
const maxAge = 7 * 24 * 60 * 60_000;
const persisted = new Set(['me', 'industries', 'hazards', 'orgs', 'duties', 'lists', 'drills']);
/**
 * Of the assessments, only what a unit's head reads in the field (我的单位考核: its assessments, projection and
 * warnings); the desk's board holds explained scores of up to 50 KB each and would crowd out the rest.
 */
const persistedParts: readonly (readonly string[])[] = [
  ['assessments', 'mine'],
  ['assessments', 'projection'],
  ['assessments', 'veto-warnings'],
  ['accountability', 'one'],
  ['accountability', 'history'],
];

/** Of the accountability lists, the open ones a unit acts on (我的单位考核), not every filter of the desk's register. */
const openActions = (key: readonly unknown[]) =>
  key[0] === 'accountability' && key[1] === 'list' && typeof key[2] === 'object' && key[2] !== null && (key[2] as { open?: boolean }).open === true;

/** Whether the offline snapshot keeps a query's answer. */
export function keptOffline(key: readonly unknown[]): boolean {
  return persisted.has(String(key[0])) || persistedParts.some((part) => part.every((p, i) => key[i] === p)) || openActions(key);
}

interface Snapshot {
  owner: string;
  savedAt: number;
  state: DehydratedState;
}

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { owner, savedAt, state } = value as Partial<Snapshot>;
  return typeof owner === 'string' && typeof savedAt === 'number' && typeof state === 'object' && Array.isArray(state.queries);
}

function readSnapshot(now = Date.now()): Snapshot | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isSnapshot(value) && now - value.savedAt < maxAge ? value : undefined;
  } catch {
    return undefined;
  }
}

const isMe = (key: readonly unknown[]) => key.length === meQueryKey.length && key[0] === meQueryKey[0];

/** Whose identity the app can start with offline: a recent snapshot that knows who the user is. */
export function offlineOwner(): string | undefined {
  const snapshot = readSnapshot();
  return snapshot?.state.queries.some((query) => isMe(query.queryKey)) ? snapshot.owner : undefined;
}

/**
 * Loads the snapshot into the cache if it belongs to this user; another user's is dropped. What it holds is shown at
 * once but counts as stale, whatever its age: a page opened or reloaded online asks the server again (someone may
 * have acted in between, within the 30 s a fresh answer is otherwise trusted); offline the request waits and the
 * snapshot stays on screen.
 */
export function restoreQueries(client: QueryClient, owner: string): void {
  const snapshot = readSnapshot();
  if (!snapshot) return;
  if (snapshot.owner !== owner) {
    forgetQueries();
    return;
  }
  hydrate(client, snapshot.state);
  for (const query of snapshot.state.queries) {
    void client.invalidateQueries({ queryKey: query.queryKey, exact: true, refetchType: 'none' });
  }
}

function write(client: QueryClient, owner: string, keep: (query: Query) => boolean): void {
  const state = dehydrate(client, { shouldDehydrateQuery: (query) => query.state.status === 'success' && keep(query) });
  window.localStorage.setItem(storageKey, JSON.stringify({ owner, savedAt: Date.now(), state } satisfies Snapshot));
}

/** Writes the snapshot a moment after the cache changes; returns the unsubscribe. */
export function persistQueries(client: QueryClient, owner: string, delay = 1_000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    try {
      write(client, owner, (query) => keptOffline(query.queryKey));
    } catch {
      // Storage full: keep at least the identity, so an offline start still knows who the user is.
      try {
        write(client, owner, (query) => isMe(query.queryKey));
      } catch {
        // No storage at all (private mode): the app still works online.
      }
    }
  };
  const unsubscribe = client.getQueryCache().subscribe(() => {
    timer ??= setTimeout(save, delay);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

export function forgetQueries(): void {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // nothing stored
  }
}
