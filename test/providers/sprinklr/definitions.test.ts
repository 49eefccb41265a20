// Sprinklr custom field definitions from Custom Field Search (`POST /api/v1/customfield/search`,
// custom-field-search-v1), over real HTTP against a simulated instance with a required case field:
// the documented request, the cache, the fallback to configuration, and the required field
// refused before any create.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CaseError } from '../../../src/domain/errors.js';
import { DEFAULT_TIMEOUTS } from '../../../src/http/client.js';
import { DEFAULT_RESILIENCE } from '../../../src/http/resilience.js';
import { SprinklrConnection } from '../../../src/providers/sprinklr/client.js';
import {
  SIM_CUSTOMER_TIER_FIELD,
  SIM_DOC_MESSAGE_ID,
  startSprinklrSimulator,
} from '../../../src/providers/sprinklr/simulator/index.js';
import type { RunningSprinklrSimulator } from '../../../src/providers/sprinklr/simulator/index.js';

const TIER_KEY = `_c_${SIM_CUSTOMER_TIER_FIELD.fieldName}`;
const SEARCH = '/prod2/api/v1/customfield/search';
const CREATE = '/prod2/api/v2/case';

let sim: RunningSprinklrSimulator;
const connections: SprinklrConnection[] = [];

function connect(options: { ttlMs?: number; now?: () => number } = {}): SprinklrConnection {
  const connection = new SprinklrConnection(
    { ...sim.config, ...(options.ttlMs === undefined ? {} : { definitionsTtlMs: options.ttlMs }) },
    { timeouts: DEFAULT_TIMEOUTS, resilience: { baseDelayMs: 1, maxDelayMs: 2 } },
    options.now ? { now: options.now } : {},
  );
  connections.push(connection);
  return connection;
}

async function failureOf(promise: Promise<unknown>): Promise<CaseError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof CaseError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  sim = await startSprinklrSimulator({ customFields: [SIM_CUSTOMER_TIER_FIELD] });
});
afterEach(async () => {
  sim.server.clearFaults();
  sim.server.requests.length = 0;
  await Promise.all(connections.splice(0).map((c) => c.close()));
});
afterAll(() => sim.close());

describe('Custom Field Search', () => {
  it('asks for the enabled case fields, page by page, and offers them with their types, options and required flags', async () => {
    const fields = await connect().dataSource().customFieldDefinitions();
    const searches = sim.server.received('POST', SEARCH);
    expect(searches.map((r) => r.json)).toEqual([
      { assetClassList: ['UNIVERSAL_CASE'], isEnabled: true, page: { page: 0, size: 100 } },
    ]);
    expect(searches[0]?.headers.authorization).toBe(`Bearer ${sim.config.accessToken}`);
    expect(searches[0]?.headers.key).toBe(sim.config.apiKey);
    expect(fields.find((f) => f.key === TIER_KEY)).toEqual({
      key: TIER_KEY,
      label: 'Customer tier',
      type: 'SINGLE_SELECT',
      required: true,
      requiredFor: ['CREATE'],
      options: [
        { value: 'Gold', label: 'Gold' },
        { value: 'Silver', label: 'Silver' },
        { value: 'Bronze', label: 'Bronze' },
      ],
    });
    // Sprinklr's own properties come from configuration (the search lists custom fields only);
    // a message field is not a case field.
    expect(fields.map((f) => f.key)).toContain('spr_uc_type');
    expect(fields.map((f) => f.label)).not.toContain('Message sentiment');
  });

  it('is searched once while fresh, however many requests ask, and again after the TTL', async () => {
    let now = 0;
    const connection = connect({ ttlMs: 60_000, now: () => now });
    await Promise.all([1, 2, 3].map(() => connection.dataSource().customFieldDefinitions()));
    expect(sim.server.received('POST', SEARCH)).toHaveLength(1);
    now = 59_000;
    await connection.dataSource().customFieldDefinitions();
    expect(sim.server.received('POST', SEARCH)).toHaveLength(1);
    now = 61_000;
    await connection.dataSource().customFieldDefinitions();
    expect(sim.server.received('POST', SEARCH)).toHaveLength(2);
  });

  it('falls back to the configured properties where the search is not available to the key', async () => {
    sim.server.injectFault(
      {
        kind: 'respond',
        response: { status: 404, json: { data: null, errors: [{ code: 'NOT_FOUND', message: 'Resource Not Found' }] } },
      },
      { match: (r) => r.path === SEARCH },
    );
    const fields = await connect().dataSource().customFieldDefinitions();
    expect(fields.map((f) => f.key)).toEqual(sim.config.customProperties.map((p) => p.key));
  });

  it('makes do with the configured properties for a request whose search failed, and searches again on the next', async () => {
    sim.server.injectFault(
      { kind: 'respond', response: { status: 500, text: 'down' } },
      { times: DEFAULT_RESILIENCE.attempts, match: (r) => r.path === SEARCH },
    );
    const connection = connect();
    const fallback = await connection.dataSource().customFieldDefinitions();
    expect(fallback.map((f) => f.key)).not.toContain(TIER_KEY);
    const searched = await connection.dataSource().customFieldDefinitions();
    expect(searched.map((f) => f.key)).toContain(TIER_KEY);
  });
});

describe('a required case field', () => {
  const input = { provider: 'SPRINKLR' as const, title: 'Tiered', sprinklr: { firstMessageId: SIM_DOC_MESSAGE_ID } };

  it('is refused before any create when it is missing or not one of its options', async () => {
    const connection = connect();
    const missing = await failureOf(connection.dataSource().createCase(input));
    expect(missing.type).toBe('ValidationError');
    expect(missing.fields.map((f) => f.path)).toEqual([['customFields']]);
    expect(missing.message).toContain(TIER_KEY);

    const wrong = await failureOf(
      connection.dataSource().createCase({ ...input, customFields: [{ key: TIER_KEY, value: 'Platinum' }] }),
    );
    expect(wrong.fields.map((f) => f.path.join('.'))).toEqual(['customFields.0.value']);
    expect(sim.server.received('POST', CREATE)).toHaveLength(0);
  });

  it('is sent as the case property Sprinklr keys it by, and read back typed', async () => {
    const { case: created } = await connect()
      .dataSource()
      .createCase({ ...input, customFields: [{ key: TIER_KEY, value: 'Gold' }] });
    const [sent] = sim.server.received('POST', CREATE);
    expect(sent?.json).toMatchObject({ workflow: { customProperties: { [TIER_KEY]: ['Gold'] } } });
    expect(created.customFields.find((f) => f.key === TIER_KEY)).toEqual({
      key: TIER_KEY,
      label: 'Customer tier',
      type: 'SINGLE_SELECT',
      value: 'Gold',
    });
  });

  it('is one the simulated instance itself refuses without a value, as Sprinklr would', async () => {
    const res = await fetch(`${sim.config.baseUrl}/api/v2/case`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sim.config.accessToken}`,
        key: sim.config.apiKey,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ firstMessageId: SIM_DOC_MESSAGE_ID, workflow: { customProperties: {} } }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain(`workflow.customProperties.${TIER_KEY}`);
  });
});
