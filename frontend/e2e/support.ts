// Settings from the environment, the demo users and a test-only API client (tokens from the redline-test
// client's password grant) to set up and check what the server holds.
import { fileURLToPath } from 'node:url';

const trim = (url: string) => url.replace(/\/$/, '');
export const BASE = trim(process.env.E2E_BASE_URL ?? 'http://localhost:5173');
export const KEYCLOAK = trim(process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180');
export const API = trim(process.env.E2E_API_URL ?? BASE);
export const PASSWORD = process.env.E2E_PASSWORD ?? 'redline';
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** 花果园, 贵阳: where the phone says it is. */
export const GUIYANG = { latitude: 26.5606, longitude: 106.6924, accuracy: 12 };

/** The two sizes the app is made for: a desk and a phone (the phone's location allowed). */
export const desktop = { viewport: { width: 1366, height: 768 } };
export const phone = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  permissions: ['geolocation'],
  geolocation: GUIYANG,
};

export const ENTERPRISE = { code: '91520102001004484X', name: '贵州黔城建设工程有限公司' };

/** The demo users of deploy/keycloak/redline-realm.json: their org as the header shows it. */
export const users = {
  admin: { org: '贵州省', role: 'admin' },
  safety: { org: '南明区', role: 'safety_office' },
  'safety-baiyun': { org: '白云区', role: 'safety_office' },
  leader: { org: '南明区', role: 'leader' },
  dept: { org: '南明区住房和城乡建设局', role: 'department' },
  enterprise: { org: ENTERPRISE.name, role: 'enterprise' },
  inspector: { org: '花果园一社区第1网格', role: 'inspector' },
  /** 花果园街道's 街道办事处主任 in the demo posts: a township head on a phone. */
  linxiao: { org: '花果园街道', role: 'leader' },
} as const;
export type User = keyof typeof users;

const tokens = new Map<User, { value: string; until: number }>();

/** Test-only: an access token from the redline-test client (password grant), reused for a minute. */
export async function token(username: User): Promise<string> {
  const cached = tokens.get(username);
  if (cached && cached.until > Date.now()) return cached.value;
  const response = await fetch(`${KEYCLOAK}/realms/redline/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'redline-test', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status} ${await response.text()}`);
  const { access_token: value } = (await response.json()) as { access_token: string };
  tokens.set(username, { value, until: Date.now() + 60_000 });
  return value;
}

export async function api<T>(username: User, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${API}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${await token(username)}`,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} as ${username}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const orgIds = new Map<string, string>();

export async function orgId(code: string): Promise<string> {
  const id = orgIds.get(code) ?? (await api<{ id: string }>('admin', `/orgs/by-code/${encodeURIComponent(code)}`)).id;
  orgIds.set(code, id);
  return id;
}

export interface Ticket {
  id: string;
  code: string;
  title: string;
  state: string;
  deadline?: string;
  enterprise?: { name: string };
}

export async function ticketsTitled(title: string): Promise<Ticket[]> {
  const found = await api<{ items: Ticket[] }>('safety', `/hazards?q=${encodeURIComponent(title)}&limit=10`);
  return found.items.filter((h) => h.title === title);
}

/** A date `days` from today, as the API's local dates. */
export function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export type TicketState = 'REPORTED' | 'CONFIRMED' | 'RECTIFYING' | 'PENDING_ACCEPTANCE' | 'CLOSED' | 'REJECTED';

/** Who moves a ticket one step further along the closed loop, and with what. */
const steps: Record<Exclude<TicketState, 'REPORTED'>, { from: TicketState; by: User; body: Record<string, unknown> }> = {
  CONFIRMED: { from: 'REPORTED', by: 'safety', body: { action: 'CONFIRM', deadline: isoDate(30), responsiblePerson: '李工' } },
  REJECTED: { from: 'REPORTED', by: 'safety', body: { action: 'REJECT', rejectionReason: 'NOT_A_HAZARD', comment: '现场核实不构成隐患' } },
  RECTIFYING: { from: 'CONFIRMED', by: 'enterprise', body: { action: 'START_RECTIFICATION' } },
  PENDING_ACCEPTANCE: { from: 'RECTIFYING', by: 'enterprise', body: { action: 'SUBMIT_FOR_ACCEPTANCE', comment: '已整改完毕' } },
  CLOSED: { from: 'PENDING_ACCEPTANCE', by: 'safety', body: { action: 'ACCEPT', comment: '验收合格' } },
};

/** Through the API: the inspector reports a general hazard at the demo enterprise, then it is moved to `state`. */
export async function seedTicket(title: string, state: TicketState): Promise<Ticket> {
  const path: (typeof steps)[keyof typeof steps][] = [];
  for (let s = state; s !== 'REPORTED'; s = steps[s].from) path.unshift(steps[s]);
  let ticket = await api<Ticket>('inspector', '/hazards', {
    method: 'POST',
    body: {
      title,
      level: 'GENERAL',
      category: 'OTHER',
      source: 'INSPECTION',
      enterpriseId: await orgId(ENTERPRISE.code),
      locationText: '三号楼东侧',
    },
  });
  for (const step of path) {
    ticket = await api<Ticket>(step.by, `/hazards/${ticket.id}/transitions`, { method: 'POST', body: step.body });
  }
  if (ticket.state !== state) throw new Error(`seeded ${title} ended ${ticket.state}, wanted ${state}`);
  return ticket;
}
