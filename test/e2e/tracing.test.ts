// Traces as an operator's collector receives them: `npm start`'s entry point with an OTLP endpoint
// pointing at a receiver in this test (OTLP/HTTP JSON), a createCase that continues the caller's
// W3C trace, and the span tree it exports: the GraphQL request, the vendor call, the HTTP request.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killGroups } from '../helpers/processes.js';

const root = new URL('../..', import.meta.url).pathname;

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: OtlpValue }[];
  status?: { code?: number };
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: OtlpValue }[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

const isExport = (body: unknown): body is OtlpExport =>
  typeof body === 'object' && body !== null && 'resourceSpans' in body && Array.isArray(body.resourceSpans);

function attributesOf(span: OtlpSpan): Record<string, string | number | boolean | undefined> {
  return Object.fromEntries(
    (span.attributes ?? []).map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue === undefined ? value.boolValue : Number(value.intValue)),
    ]),
  );
}

const SPAN_KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3 } as const;

describe('traces of a createCase (OTLP/HTTP to a collector)', () => {
  let receiver: Server;
  let child: ChildProcess;
  let graphqlUrl = '';
  let output = '';
  const spans: OtlpSpan[] = [];
  const serviceNames = new Set<string>();
  const bodies: string[] = [];
  let exited: Promise<number | null>;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          bodies.push(raw);
          const body: unknown = JSON.parse(raw);
          if (isExport(body)) {
            for (const resourceSpans of body.resourceSpans ?? []) {
              for (const a of resourceSpans.resource?.attributes ?? [])
                if (a.key === 'service.name' && a.value.stringValue) serviceNames.add(a.value.stringValue);
              for (const scope of resourceSpans.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
            }
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      detached: true,
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        CASEGRAPH_PROVIDERS: 'THALAMUS,TALKDESK',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
        OTEL_SERVICE_NAME: 'casegraph-under-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    graphqlUrl = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving GraphQL at (http:\/\/\S+\/graphql)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then((code) => reject(new Error(`casegraph exited (${code}) before serving:\n${output}`)));
    });
  }, 30_000);

  afterAll(async () => {
    killGroups([child]);
    await new Promise((resolve) => receiver.close(resolve));
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  async function spansOf(traceId: string, atLeast: number): Promise<OtlpSpan[]> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const found = spans.filter((s) => s.traceId === traceId);
      if (found.length >= atLeast) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`spans of ${traceId} never arrived; got ${JSON.stringify(spans.map((s) => s.name))}`);
  }

  it('exports request → vendor call → HTTP request, continuing the caller’s trace, with casegraph’s attributes', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const res = await post(
      'mutation CreateCase { createCase(input: { provider: THALAMUS, status: NEW, thalamus: { categoryCode: "Consulta", typeCode: "Email" } }) { __typename ... on CreateCaseSuccess { case { vendorId } } } }',
      { traceparent: `00-${traceId}-${callerSpan}-01` },
    );
    const body = (await res.json()) as { data: { createCase: { __typename: string; case: { vendorId: string } } } };
    expect(body.data.createCase.__typename).toBe('CreateCaseSuccess');
    const vendorId = body.data.createCase.case.vendorId;

    const trace = await spansOf(traceId, 3);
    const request = trace.find((s) => s.kind === SPAN_KIND.SERVER);
    expect(request).toMatchObject({ name: 'mutation CreateCase', parentSpanId: callerSpan });
    expect(attributesOf(request!)).toMatchObject({
      'graphql.operation.type': 'mutation',
      'graphql.operation.name': 'CreateCase',
      'casegraph.outcome': 'success',
      'http.request.method': 'POST',
      'http.response.status_code': 200,
    });

    const vendorCall = trace.find((s) => s.parentSpanId === request!.spanId);
    expect(vendorCall).toMatchObject({ name: 'THALAMUS createCase', kind: SPAN_KIND.INTERNAL });
    expect(attributesOf(vendorCall!)).toMatchObject({
      'casegraph.provider': 'THALAMUS',
      'casegraph.vendor.operation': 'createCase',
      'casegraph.vendor.attempt': 1,
      'casegraph.outcome': 'success',
      'casegraph.case_id': vendorId,
      'http.response.status_code': 201,
    });

    const http = trace.find((s) => s.parentSpanId === vendorCall!.spanId);
    expect(http).toMatchObject({ kind: SPAN_KIND.CLIENT, name: 'POST' });
    expect(attributesOf(http!)).toMatchObject({ 'http.response.status_code': 201 });
    expect(serviceNames).toContain('casegraph-under-test');
  });

  it('records a failed vendor call with its outcome type, and never a credential', async () => {
    const traceId = '5bf92f3577b34da6a3ce929d0e0e4737';
    await post('query Missing { caseByVendorId(provider: TALKDESK, vendorId: "424242") { __typename } }', {
      traceparent: `00-${traceId}-00f067aa0ba902b8-01`,
    });
    const trace = await spansOf(traceId, 4);
    const names = trace.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['query Missing', 'TALKDESK requestToken', 'TALKDESK getCase']));
    const read = trace.find((s) => s.name === 'TALKDESK getCase');
    expect(attributesOf(read!)).toMatchObject({
      'casegraph.outcome': 'NotFoundError',
      'casegraph.case_id': '424242',
      'http.response.status_code': 404,
    });
    expect(read?.status?.code).toBe(2);
    // The simulators' credentials: Thalamus's token, Talkdesk's client secret and bearer tokens.
    const exported = bodies.join('\n');
    expect(exported).not.toMatch(/sim-token-4f1c2a9e7b|casegraph-sim-secret|Bearer |authorization|thalamus-token/i);
  });

  it('flushes on SIGTERM and exits 0', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
