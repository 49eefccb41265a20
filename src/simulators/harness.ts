// A small HTTP server that each embedded vendor simulator is built on: routing, request logging
// (tests assert the exact wire requests a vendor receives), and fault injection (status codes,
// hangs, dropped connections) so tests can trigger real failure conditions over real sockets.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJson } from '../http/client.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (still percent-encoded). */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body parsed as JSON, or undefined when empty or not JSON. */
  json: unknown;
  /** The client's port: the same port on two requests means the connection was kept alive. */
  remotePort: number | undefined;
  /** When it arrived (epoch ms, before its body was read): tests count requests per window with it. */
  at: number;
  /** The status it was answered with, once answered (none for a hang or a dropped connection). */
  status?: number;
}

export interface SimRequest extends RecordedRequest {
  /** Decoded values of `:name` segments in the route pattern. */
  params: Record<string, string>;
}

export interface SimResponse {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export type Fault = { kind: 'respond'; response: SimResponse } | { kind: 'hang'; ms: number } | { kind: 'reset' };

export interface FaultOptions {
  /** How many matching requests fail (1 by default). */
  times?: number;
  match?: (req: RecordedRequest) => boolean;
  /**
   * The vendor does the work (stores the case) and then fails to answer: the "lost answer" that
   * makes a blind retry write twice. Otherwise the request fails before it reaches the handler.
   */
  afterHandling?: boolean;
}

interface ArmedFault {
  fault: Fault;
  remaining: number;
  match: (req: RecordedRequest) => boolean;
  afterHandling: boolean;
}

/** Faults drawn at random for a share of requests (`npm start` demos, the bench). */
export interface RandomFaults {
  /** Share of requests that fail, 0 to 1. */
  rate: number;
  fault: Fault;
  afterHandling?: boolean;
  /** Only these requests can fail (e.g. only reads). */
  match?: (req: RecordedRequest) => boolean;
}

interface Route {
  method: string;
  segments: string[];
  handler: SimHandler;
}

export interface SimulatorServerOptions {
  /** What the vendor answers for a path it does not serve. */
  notFound?: (req: SimRequest) => SimResponse;
  /** What the vendor answers when a handler throws: vendors have their own 500 bodies. */
  internalError?: (req: SimRequest) => SimResponse;
}

export class SimulatorServer {
  /** Every request received, oldest first. Tests read and clear it. */
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly faults: ArmedFault[] = [];
  private readonly server: Server;
  private readonly hangTimers = new Set<NodeJS.Timeout>();
  private latencyMs = 0;
  private random: (RandomFaults & { draw: () => number }) | undefined;

  constructor(private readonly options: SimulatorServerOptions = {}) {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server.keepAliveTimeout = 60_000;
  }

  route(method: string, pattern: string, handler: SimHandler): this {
    this.routes.push({ method: method.toUpperCase(), segments: splitPath(pattern), handler });
    return this;
  }

  /** Makes the next `times` matching requests fail with `fault` instead of reaching the handler. */
  injectFault(fault: Fault, options: FaultOptions = {}): void {
    this.faults.push({
      fault,
      remaining: options.times ?? 1,
      match: options.match ?? (() => true),
      afterHandling: options.afterHandling ?? false,
    });
  }

  /** Fails a random share of requests from now on (until `clearFaults`). */
  injectRandomFaults(faults: RandomFaults, random: () => number = Math.random): void {
    this.random = { ...faults, draw: random };
  }

  /** Delays every answer by `ms`, like a distant vendor (`CASEGRAPH_SIMULATOR_LATENCY_MS` under `npm start`). */
  delayResponses(ms: number): void {
    this.latencyMs = ms;
  }

  clearFaults(): void {
    this.faults.length = 0;
    this.random = undefined;
  }

  /** Requests received so far whose method and path match. */
  received(method: string, pathPattern?: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method === method.toUpperCase() &&
        (pathPattern === undefined ||
          (typeof pathPattern === 'string' ? r.path === pathPattern : pathPattern.test(r.path))),
    );
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    for (const timer of this.hangTimers) clearTimeout(timer);
    this.hangTimers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.hangTimers.delete(timer);
        resolve();
      }, ms);
      this.hangTimers.add(timer);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://simulator');
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      rawBody,
      json: parseJson(rawBody),
      remotePort: req.socket.remotePort,
      at,
    };
    this.requests.push(recorded);
    if (this.latencyMs > 0) await this.sleep(this.latencyMs);

    const armed = this.takeFault(recorded);
    if (armed && !armed.afterHandling) {
      this.fail(req, res, armed.fault, recorded);
      return;
    }
    const response = await this.dispatch(recorded, url.pathname);
    if (armed) this.fail(req, res, armed.fault, recorded);
    else {
      recorded.status = response.status;
      send(res, response);
    }
  }

  private takeFault(recorded: RecordedRequest): { fault: Fault; afterHandling: boolean } | undefined {
    const armed = this.faults.find((f) => f.remaining > 0 && f.match(recorded));
    if (armed) {
      armed.remaining -= 1;
      if (armed.remaining === 0) this.faults.splice(this.faults.indexOf(armed), 1);
      return armed;
    }
    const random = this.random;
    if (random && (random.match?.(recorded) ?? true) && random.draw() < random.rate) {
      return { fault: random.fault, afterHandling: random.afterHandling ?? false };
    }
    return undefined;
  }

  private fail(req: IncomingMessage, res: ServerResponse, fault: Fault, recorded: RecordedRequest): void {
    switch (fault.kind) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang': {
        const timer = setTimeout(() => {
          this.hangTimers.delete(timer);
          req.socket.destroy();
        }, fault.ms);
        this.hangTimers.add(timer);
        return;
      }
      case 'respond':
        recorded.status = fault.response.status;
        send(res, fault.response);
        return;
    }
  }

  private async dispatch(recorded: RecordedRequest, pathname: string): Promise<SimResponse> {
    const requestSegments = splitPath(pathname);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, requestSegments);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== recorded.method) continue;
      const simReq: SimRequest = { ...recorded, params };
      try {
        return await route.handler(simReq);
      } catch {
        return this.options.internalError?.(simReq) ?? { status: 500, json: { error: 'internal' } };
      }
    }
    const simReq: SimRequest = { ...recorded, params: {} };
    if (pathMatched) return { status: 405, text: 'Method Not Allowed' };
    return this.options.notFound?.(simReq) ?? { status: 404, text: 'Not Found' };
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const p = pattern[i] as string;
    const a = actual[i] as string;
    if (p.startsWith(':')) {
      try {
        params[p.slice(1)] = decodeURIComponent(a);
      } catch {
        return null;
      }
    } else if (p !== a) {
      return null;
    }
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, response: SimResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let body = '';
  if (response.json !== undefined) {
    body = JSON.stringify(response.json);
    headers['content-type'] ??= 'application/json';
  } else if (response.text !== undefined) {
    body = response.text;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  }
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Case-insensitive header read that also folds repeated headers. */
export function header(req: RecordedRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** True when the request declares a JSON body, as every documented vendor requires on writes. */
export function isJsonContentType(req: RecordedRequest): boolean {
  return /^application\/json\b/i.test(header(req, 'content-type') ?? '');
}
