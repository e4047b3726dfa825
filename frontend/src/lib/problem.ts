/** A field-level validation message from an RFC 9457 problem. */
export interface FieldError {
  field: string;
  /** Machine code (labels catalog "fieldError"); absent on problems made in the browser. */
  code?: string;
  message: string;
}

interface ProblemBody {
  type?: string;
  code?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  allowedActions?: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!isRecord(entry)) return [];
    const field = readString(entry, 'field');
    const message = readString(entry, 'message');
    const code = readString(entry, 'code');
    if (message === undefined) return [];
    return [code === undefined ? { field: field ?? '', message } : { field: field ?? '', code, message }];
  });
}

/** An API failure carrying the RFC 9457 problem the server sent (or one made from the status). */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  /** The problem's stable machine name (the last segment of type), when the server sent one. */
  readonly code: string | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: FieldError[];
  readonly allowedActions: string[];

  constructor(status: number, body: ProblemBody = {}) {
    const title = body.title ?? `HTTP ${status}`;
    super(body.detail ?? title);
    this.name = 'ProblemError';
    this.status = status;
    this.type = body.type ?? 'about:blank';
    this.code = body.code;
    this.title = title;
    this.detail = body.detail;
    this.instance = body.instance;
    this.errors = body.errors ?? [];
    this.allowedActions = body.allowedActions ?? [];
  }

  /** Builds the error from a failed response and its already-parsed body (any shape). */
  static fromResponse(response: Response, body: unknown): ProblemError {
    if (!isRecord(body)) {
      return new ProblemError(response.status, { title: response.statusText || undefined });
    }
    const status = typeof body.status === 'number' ? body.status : response.status;
    const allowed = body.allowedActions;
    return new ProblemError(status, {
      type: readString(body, 'type'),
      code: readString(body, 'code'),
      title: readString(body, 'title') ?? (response.statusText || undefined),
      detail: readString(body, 'detail'),
      instance: readString(body, 'instance'),
      errors: readFieldErrors(body.errors),
      allowedActions: Array.isArray(allowed) ? allowed.filter((a): a is string => typeof a === 'string') : [],
    });
  }
}

export function isProblem(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful openapi-fetch call, or throws its problem. */
export function expectData<T>(result: FetchResult<T>): T {
  if (!result.response.ok || result.error !== undefined) {
    throw ProblemError.fromResponse(result.response, result.error);
  }
  if (result.data === undefined) {
    throw new ProblemError(result.response.status, { title: 'Empty response body' });
  }
  return result.data;
}
