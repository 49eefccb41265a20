// What a federation gateway asks of casegraph: `_entities` for Case references by either key,
// resolved through the request's DataLoader, with per-reference errors that carry a code.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseGlobalId } from '../../src/domain/globalId.js';
import { startKhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import type { KhorosSimulator } from '../../src/providers/khoros/simulator/index.js';
import { startThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import type { RunningThalamusSimulator } from '../../src/providers/thalamus/simulator/index.js';
import { startTalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import type { TalkdeskSimulator } from '../../src/providers/talkdesk/simulator/index.js';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';
import { post } from './post.js';

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Case { id vendorId provider title comments { id vendorId body } }
    ... on ProviderInfo { provider name }
  }
}`;

let thalamus: RunningThalamusSimulator;
let talkdesk: TalkdeskSimulator;
let khoros: KhorosSimulator;
let app: TestApp;
let entities: (representations: unknown[]) => ReturnType<typeof post>;

beforeAll(async () => {
  [thalamus, talkdesk, khoros] = await Promise.all([
    startThalamusSimulator(),
    startTalkdeskSimulator(),
    startKhorosSimulator(),
  ]);
  app = await startTestApp({
    simulators: { THALAMUS: thalamus, TALKDESK: talkdesk, KHOROS: khoros },
    env: { CASEGRAPH_PROVIDERS: 'THALAMUS,TALKDESK,KHOROS' },
    timeouts: { headersMs: 1_000 },
  });
  entities = (representations) => post(app.app.graphqlUrl, ENTITIES, { representations });
});
afterAll(async () => {
  await app.close();
  await Promise.all([thalamus.close(), talkdesk.close(), khoros.close()]);
});
beforeEach(() => {
  for (const sim of [thalamus, talkdesk, khoros]) {
    sim.server.requests.length = 0;
    sim.server.clearFaults();
    sim.server.delayResponses(0);
  }
});

const caseReads = (sim: { server: { received(method: string, path: RegExp): unknown[] } }, path: RegExp) =>
  sim.server.received('GET', path).length;
const THALAMUS_CASE = /^\/api\/v4\/cases\/\d+$/;
const TALKDESK_CASE = /^\/cm\/core\/va\/cases\/[^/]+$/;

describe('_entities for Case', () => {
  it('resolves N references by either key with one vendor read per unique case, in order', async () => {
    const { status, body } = await entities([
      { __typename: 'Case', id: caseGlobalId('THALAMUS', '1') },
      { __typename: 'Case', provider: 'THALAMUS', vendorId: '1' },
      { __typename: 'Case', provider: 'TALKDESK', vendorId: '1' },
      { __typename: 'Case', id: caseGlobalId('TALKDESK', '1') },
      { __typename: 'Case', provider: 'THALAMUS', vendorId: '2' },
      { __typename: 'Case', id: caseGlobalId('THALAMUS', '1') },
    ]);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const found = body.data?._entities as Array<{ id: string; vendorId: string; provider: string }>;
    expect(found.map((c) => [c.provider, c.vendorId])).toEqual([
      ['THALAMUS', '1'],
      ['THALAMUS', '1'],
      ['TALKDESK', '1'],
      ['TALKDESK', '1'],
      ['THALAMUS', '2'],
      ['THALAMUS', '1'],
    ]);
    expect(found[0]!.id).toBe(caseGlobalId('THALAMUS', '1'));
    expect(found[2]!.id).not.toBe(found[0]!.id);
    // Six references, three unique cases: three case reads in all.
    expect(caseReads(thalamus, THALAMUS_CASE)).toBe(2);
    expect(caseReads(talkdesk, TALKDESK_CASE)).toBe(1);
  });

  it('reads different providers concurrently', async () => {
    for (const sim of [thalamus, talkdesk]) sim.server.delayResponses(400);
    // Warm Talkdesk's OAuth token so only case reads are timed.
    await entities([{ __typename: 'Case', provider: 'TALKDESK', vendorId: '1' }]);
    const started = performance.now();
    const { body } = await entities([
      { __typename: 'Case', provider: 'THALAMUS', vendorId: '1' },
      { __typename: 'Case', provider: 'TALKDESK', vendorId: '1' },
    ]);
    const elapsed = performance.now() - started;
    expect(body.errors).toBeUndefined();
    // One after the other would take at least 800 ms.
    expect(elapsed).toBeLessThan(750);
  });

  it('answers null with a coded error for a missing case, a failing vendor and a foreign id; the others resolve', async () => {
    thalamus.server.injectFault(
      { kind: 'respond', response: { status: 500, json: { message: 'db down at 10.1.2.3' } } },
      { times: 10, match: (r) => r.path === '/api/v4/cases/2' },
    );
    const { status, body } = await entities([
      { __typename: 'Case', provider: 'TALKDESK', vendorId: '1' },
      { __typename: 'Case', provider: 'TALKDESK', vendorId: '424242' },
      { __typename: 'Case', provider: 'THALAMUS', vendorId: '2' },
      { __typename: 'Case', id: 'not-a-casegraph-id' },
      { __typename: 'Case', provider: 'THALAMUS', vendorId: '1' },
    ]);
    expect(status).toBe(200);
    const found = body.data?._entities as Array<{ vendorId: string } | null>;
    expect(found.map((c) => c?.vendorId ?? null)).toEqual(['1', null, null, null, '1']);
    const byIndex = new Map(body.errors?.map((e) => [e.path?.[1], e]));
    expect(byIndex.get(1)?.extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'TALKDESK', retriable: false });
    expect(byIndex.get(2)?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'THALAMUS' });
    expect(byIndex.get(3)?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const text = JSON.stringify(body.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|10\.1\.2\.3|stack|sim-token/);
  });

  it('a provider this instance does not serve is PROVIDER_UNAVAILABLE for that reference only', async () => {
    const { body } = await entities([
      { __typename: 'Case', provider: 'SPRINKLR', vendorId: '1' },
      { __typename: 'Case', provider: 'THALAMUS', vendorId: '1' },
    ]);
    expect(body.data?._entities).toEqual([null, expect.objectContaining({ vendorId: '1' })]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'SPRINKLR' });
  });

  it('resolves ProviderInfo by provider, null for one not served', async () => {
    const { body } = await entities([
      { __typename: 'ProviderInfo', provider: 'KHOROS' },
      { __typename: 'ProviderInfo', provider: 'SPRINKLR' },
    ]);
    expect(body.data?._entities).toEqual([{ __typename: 'ProviderInfo', provider: 'KHOROS', name: 'Khoros' }, null]);
  });

  it('stays under the same limits as any operation: more than 10 aliases are refused before any vendor call', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `e${i}: _entities(representations: $r) { __typename }`);
    const { status, body } = await post(app.app.graphqlUrl, `query ($r: [_Any!]!) { ${aliases.join(' ')} }`, {
      r: [{ __typename: 'Case', provider: 'THALAMUS', vendorId: '1' }],
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
    expect(thalamus.server.requests).toHaveLength(0);
  });
});

describe('_service', () => {
  it('is refused, like introspection, where introspection is off', async () => {
    const closed = await startTestApp({
      simulators: { THALAMUS: thalamus },
      env: { CASEGRAPH_PROVIDERS: 'THALAMUS', CASEGRAPH_INTROSPECTION: 'false' },
    });
    try {
      const sdl = await post(closed.app.graphqlUrl, '{ _service { sdl } }');
      expect(sdl.status).toBe(400);
      expect(sdl.body.errors?.[0]?.message).toMatch(/_service.*disabled/);
      const schema = await post(closed.app.graphqlUrl, '{ __schema { types { name } } }');
      expect(schema.status).toBe(400);
      // Entity resolution is not introspection: a gateway still resolves references.
      const refs = await post(closed.app.graphqlUrl, ENTITIES, {
        representations: [{ __typename: 'Case', provider: 'THALAMUS', vendorId: '1' }],
      });
      expect(refs.body.data?._entities).toEqual([expect.objectContaining({ vendorId: '1' })]);
    } finally {
      await closed.close();
    }
  });

  it('serves the subgraph SDL with the federation link and both Case keys', async () => {
    const { body } = await post(app.app.graphqlUrl, '{ _service { sdl } }');
    const sdl = (body.data?._service as { sdl: string }).sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
    expect(sdl).toMatch(/type Case implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "provider vendorId"\)/);
  });
});
