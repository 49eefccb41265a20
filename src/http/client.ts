// The HTTP layer under VendorApi: a keep-alive undici Pool per vendor origin, explicit timeouts
// (undici's defaults are 300 s), bodies that may or may not be JSON, and transport failures turned
// into TransportError, which says whether the request may have reached the vendor.
import { Pool, errors as undiciErrors } from 'undici';
import type { Dispatcher } from 'undici';
import { CaseError } from '../domain/errors.js';
import { DeadlineExceeded } from './deadline.js';

export interface HttpTimeouts {
  /** Time to establish the TCP/TLS connection. */
  connectMs: number;
  /** Time from sending the request to receiving the response headers. */
  headersMs: number;
  /** Longest silence while the response body arrives. */
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { connectMs: 3_000, headersMs: 10_000, bodyMs: 10_000 };

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the client's base URL, starting with '/'. Callers encode path segments themselves. */
  path: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a pre-encoded string (e.g. form data) with its content-type set in headers. */
  json?: unknown;
  body?: string;
  /** Aborts the request (the GraphQL request's deadline). */
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | undefined>;
  /** The body as text, always. */
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON (vendors answer plain text too). */
  json: unknown;
}

export interface HttpClientOptions {
  /** Used in messages only; never the URL, which must not reach clients. */
  vendorName: string;
  baseUrl: string;
  timeouts?: Partial<HttpTimeouts>;
  /** Upper bound on parallel sockets to this origin. */
  connections?: number;
}

/** Joins a base path and a request path without doubling or losing slashes. */
export function joinPath(basePath: string, path: string): string {
  const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export class HttpClient {
  readonly vendorName: string;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeouts: HttpTimeouts;

  constructor(options: HttpClientOptions) {
    const url = new URL(options.baseUrl);
    this.vendorName = options.vendorName;
    this.basePath = url.pathname === '/' ? '' : url.pathname;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 32,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connect: { timeout: this.timeouts.connectMs },
      headersTimeout: this.timeouts.headersMs,
      bodyTimeout: this.timeouts.bodyMs,
    });
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...lowerKeys(req.headers ?? {}) };
    let body: string | undefined = req.body;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['content-type'] ??= 'application/json';
    }
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query ?? {})) if (value !== undefined) search.append(key, value);
    const path = joinPath(this.basePath, req.path) + (search.size > 0 ? `?${search.toString()}` : '');

    let res: Dispatcher.ResponseData;
    try {
      res = await this.pool.request({
        method: req.method,
        path,
        headers,
        body,
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
        ...(req.signal ? { signal: req.signal } : {}),
      });
    } catch (err) {
      throw this.transportFailure(err);
    }
    let text: string;
    try {
      text = await res.body.text();
    } catch (err) {
      throw this.transportFailure(err);
    }
    return { status: res.statusCode, headers: flattenHeaders(res.headers), text, json: parseJson(text) };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private transportFailure(err: unknown): TransportError {
    const timedOut =
      err instanceof undiciErrors.HeadersTimeoutError ||
      err instanceof undiciErrors.BodyTimeoutError ||
      err instanceof undiciErrors.ConnectTimeoutError;
    const aborted = err instanceof DeadlineExceeded || err instanceof undiciErrors.RequestAbortedError;
    const reason: TransportError['reason'] = aborted ? 'deadline' : timedOut ? 'timeout' : 'unreachable';
    const message =
      reason === 'deadline'
        ? `${this.vendorName} did not answer within the request's deadline.`
        : reason === 'timeout'
          ? `${this.vendorName} did not answer in time.`
          : `${this.vendorName} could not be reached.`;
    return new TransportError(message, reason, !neverSent(err), err);
  }
}

/** A request that got no answer: the vendor timed out, the connection failed, or the deadline passed. */
export class TransportError extends CaseError {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'unreachable' | 'deadline',
    /** False only when the request provably never left casegraph (no connection was made). */
    readonly mayHaveReachedVendor: boolean,
    cause: unknown,
  ) {
    super('ProviderUnavailableError', message, { retriable: true, cause });
  }
}

/** Failures to connect: the request was never written to a socket, so the vendor cannot have acted on it. */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function neverSent(err: unknown): boolean {
  if (err instanceof undiciErrors.ConnectTimeoutError) return true;
  return err instanceof Error && 'code' in err && typeof err.code === 'string' && NEVER_SENT_CODES.has(err.code);
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers)) {
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
