import { describe, it, expect } from 'vitest';
import { checkCustomFields } from '../../../src/providers/shared/validation.js';
import {
  fromTalkdeskCase,
  fromTalkdeskCustomFields,
  fromTalkdeskFieldDefinitions,
  fromTalkdeskPriority,
  fromTalkdeskStatus,
  talkdeskBasicAuthorization,
  talkdeskFieldType,
  talkdeskTokenRefreshDelayMs,
  toTalkdeskCreateBody,
  toTalkdeskStatus,
  toTalkdeskTimestamp,
  toTalkdeskTokenRequestBody,
  toTalkdeskUpdateBody,
} from '../../../src/providers/talkdesk/mapping.js';
import type { TalkdeskFieldCatalog } from '../../../src/providers/talkdesk/mapping.js';
import {
  talkdeskCaseDetailsSchema,
  talkdeskCaseSchema,
  talkdeskFieldDefinitionsSchema,
  talkdeskTokenResponseSchema,
} from '../../../src/providers/talkdesk/wire.js';
import type { CustomFieldInput } from '../../../src/domain/model.js';
import {
  DOCS_FIELD_LIST,
  DOCS_UPDATE_BODY,
  DOCS_UPDATE_INPUT,
  SEED_CREATE_BODY,
  SEED_CREATE_INPUT,
  SEED_DEPENDENT_PATH,
  UPDATE_SAMPLE_FIELDS,
} from './fixtures.js';

function catalogOf(fields: unknown): TalkdeskFieldCatalog {
  return fromTalkdeskFieldDefinitions(talkdeskFieldDefinitionsSchema.parse(fields));
}

function checked(values: CustomFieldInput[], catalog: TalkdeskFieldCatalog, mode: 'create' | 'update') {
  const result = checkCustomFields(values, catalog.definitions, { mode, vendorName: 'Talkdesk' });
  expect(result.problems).toEqual([]);
  return result.fields;
}

/** Definitions for every key of the seed's create sample (the simulator seeds the same). */
const SEED_FIELDS = [
  { key: 'checkbox1', name: 'Follow-up needed', type: 'checkbox' },
  { key: 'dropdown1', name: 'Region', type: 'dropdown', dict_list: [{ key: '1', value: 'North' }] },
  { key: 'text1', name: 'Order number', type: 'text' },
  {
    key: 'dependent_field1',
    name: 'Product',
    type: 'dependent_field',
    dict_list: [
      {
        key: SEED_DEPENDENT_PATH[0],
        lable: 'a',
        children: [
          {
            key: SEED_DEPENDENT_PATH[1],
            lable: 'a1',
            children: [{ key: SEED_DEPENDENT_PATH[2], lable: 'a11', children: null }],
          },
        ],
      },
    ],
  },
  { key: 'date1', name: 'Due date', type: 'date' },
  { key: 'numeric1', name: 'Units', type: 'numeric' },
  { key: 'decimal1', name: 'Amount', type: 'decimal' },
  { key: 'multi_line_text1', name: 'Steps', type: 'multi_line_text' },
  {
    key: 'multi_select1',
    name: 'Channels',
    type: 'multi_select',
    dict_list: [
      { key: '002', lable: '2222' },
      { key: '003', lable: '3333' },
    ],
  },
].map((f, i) => ({
  id: String(i + 1),
  required: false,
  active: true,
  created_at: '2022-04-19T07:37:29Z',
  updated_at: '2022-04-19T07:37:29Z',
  ...f,
}));

describe('Talkdesk OAuth client credentials (cc-basic)', () => {
  it('signs the token request with HTTP Basic base64(client_id:client_secret)', () => {
    // The docs' own example: echo -n '<client_id>:<client_secret>' | openssl base64
    expect(talkdeskBasicAuthorization('<client_id>', '<client_secret>')).toBe(
      'Basic PGNsaWVudF9pZD46PGNsaWVudF9zZWNyZXQ+',
    );
  });

  it('sends grant_type=client_credentials and the space-separated scopes, form-encoded', () => {
    expect(toTalkdeskTokenRequestBody(['cases-public:read', 'cases-public:write', 'case-fields-public:read'])).toBe(
      'grant_type=client_credentials&scope=cases-public%3Aread+cases-public%3Awrite+case-fields-public%3Aread',
    );
  });

  it('keeps a token until 10% of its lifetime (at most 30 s) before it expires', () => {
    expect(talkdeskTokenRefreshDelayMs(3600)).toBe(3_570_000);
    expect(talkdeskTokenRefreshDelayMs(100)).toBe(90_000);
    expect(talkdeskTokenRefreshDelayMs(2)).toBe(1_800);
  });

  it('reads the documented token response and refuses one that is not a bearer token', () => {
    const ok = talkdeskTokenResponseSchema.safeParse({
      access_token: 'abc',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'cases-public:read',
      refresh_token: 'r',
    });
    expect(ok.success).toBe(true);
    expect(
      talkdeskTokenResponseSchema.safeParse({ access_token: 'abc', token_type: 'mac', expires_in: 1, scope: '' })
        .success,
    ).toBe(false);
    expect(
      talkdeskTokenResponseSchema.safeParse({ access_token: 'abc', token_type: 'Bearer', scope: '' }).success,
    ).toBe(false);
  });
});

describe('Talkdesk status and priority', () => {
  it.each([
    ['NEW', 'NEW'],
    ['New', 'NEW'],
    ['open', 'OPEN'],
    ['Pending', 'PENDING'],
    ['ON-HOLD', 'ON_HOLD'],
    ['On-hold', 'ON_HOLD'],
    ['on_hold', 'ON_HOLD'],
    ['Resolved', 'RESOLVED'],
    ['CLOSED', 'CLOSED'],
    ['Escalated to tier 2', 'OTHER'],
  ] as const)('reads status %s as %s', (vendor, status) => {
    expect(fromTalkdeskStatus(vendor)).toBe(status);
  });

  it('has no status when Talkdesk sends none', () => {
    expect(fromTalkdeskStatus(null)).toBeNull();
    expect(fromTalkdeskStatus('')).toBeNull();
  });

  it('sends statuses in the update sample casing, and has nothing to send for OTHER', () => {
    expect(toTalkdeskStatus('ON_HOLD')).toBe('ON-HOLD');
    expect(toTalkdeskStatus('RESOLVED')).toBe('RESOLVED');
    expect(toTalkdeskStatus('OTHER')).toBeNull();
  });

  it.each([
    ['LOW', 'LOW'],
    ['Normal', 'NORMAL'],
    ['high', 'HIGH'],
    ['Urgent', 'URGENT'],
    ['Critical', null],
    [null, null],
  ] as const)('reads priority %s as %s', (vendor, priority) => {
    expect(fromTalkdeskPriority(vendor)).toBe(priority);
  });
});

describe('Talkdesk custom-field definitions (get-a-list-of-case-fields)', () => {
  it('types fields by key prefix and reads option labels from "lable"', () => {
    const catalog = catalogOf(DOCS_FIELD_LIST);
    expect(catalog.definitions).toEqual([
      {
        key: 'drop_down1',
        label: 'drop_name',
        type: 'SINGLE_SELECT',
        required: false,
        requiredFor: [],
        options: [
          { value: '001', label: 'red' },
          { value: '002', label: 'blue' },
        ],
      },
      {
        key: 'dependent_field1',
        label: 'dependent_field_name',
        type: 'DEPENDENT',
        // Talkdesk's `required` means "required to solve", not "required on create".
        required: false,
        requiredFor: ['RESOLVE'],
        options: [
          { value: '1001', label: 'china' },
          { value: '1002', label: 'U.S.A' },
        ],
      },
    ]);
    expect(catalog.trees.get('dependent_field1')?.[0]?.children[0]?.children[0]).toEqual({
      key: '10010101',
      label: 'wuhan',
      children: [],
    });
  });

  it.each([
    ['checkbox1', 'BOOLEAN'],
    ['dropdown2', 'SINGLE_SELECT'],
    ['drop_down1', 'SINGLE_SELECT'],
    ['text1', 'TEXT'],
    ['multi_line_text1', 'TEXTAREA'],
    ['numeric1', 'NUMBER'],
    ['decimal1', 'DECIMAL'],
    ['date1', 'DATE'],
    ['multi_select1', 'MULTI_SELECT'],
    ['dependent_field1', 'DEPENDENT'],
  ] as const)('maps key %s to %s', (key, type) => {
    expect(talkdeskFieldType(key)).toBe(type);
  });

  it('falls back to a type that names a prefix, and gives up on anything else', () => {
    expect(talkdeskFieldType('color', 'dropdown')).toBe('SINGLE_SELECT');
    expect(talkdeskFieldType('color', '001')).toBeNull();
  });

  it('does not offer inactive fields or fields whose type cannot be told', () => {
    const catalog = catalogOf([
      { ...SEED_FIELDS[2], key: 'text7', active: false },
      { ...SEED_FIELDS[2], key: 'mystery1', type: '007' },
      SEED_FIELDS[2],
    ]);
    expect(catalog.definitions.map((d) => d.key)).toEqual(['text1']);
  });
});

describe('Talkdesk create body (create-a-new-case)', () => {
  it('builds exactly the seed sample from the equivalent GraphQL input', () => {
    const catalog = catalogOf(SEED_FIELDS);
    const fields = checked(SEED_CREATE_INPUT.customFields ?? [], catalog, 'create');
    expect(toTalkdeskCreateBody(SEED_CREATE_INPUT, fields)).toEqual(SEED_CREATE_BODY);
  });

  it('sends only the keys that have values, with requester_type defaulting to Contact', () => {
    expect(toTalkdeskCreateBody({ provider: 'TALKDESK', title: 'Broken', description: 'It broke.' }, [])).toEqual({
      title: 'Broken',
      description: 'It broke.',
      requester_type: 'Contact',
    });
  });

  it('sends notes as private unless they say otherwise, and omits a missing title', () => {
    const body = toTalkdeskCreateBody(
      { provider: 'TALKDESK', title: 't', description: 'd', notes: [{ body: 'only a body' }] },
      [],
    );
    expect(body.notes).toEqual([{ note_body: 'only a body', public: false }]);
  });

  it('sends select keys that are canonical integers as numbers (as the sample does) and others as strings', () => {
    const catalog = catalogOf([
      {
        ...SEED_FIELDS[1],
        dict_list: [
          { key: '1', value: 'One' },
          { key: '007', value: 'Bond' },
        ],
      },
    ]);
    const asNumber = checked([{ key: 'dropdown1', value: '1' }], catalog, 'create');
    const asString = checked([{ key: 'dropdown1', value: '007' }], catalog, 'create');
    expect(
      toTalkdeskCreateBody({ provider: 'TALKDESK', title: 't', description: 'd' }, asNumber).custom_fields,
    ).toEqual({ dropdown1: 1 });
    expect(
      toTalkdeskCreateBody({ provider: 'TALKDESK', title: 't', description: 'd' }, asString).custom_fields,
    ).toEqual({ dropdown1: '007' });
  });
});

describe('Talkdesk update body (update-a-case)', () => {
  it('builds exactly the docs sample, custom fields in object form with labels from the definitions', () => {
    const catalog = catalogOf(UPDATE_SAMPLE_FIELDS);
    const fields = checked(DOCS_UPDATE_INPUT.customFields ?? [], catalog, 'update');
    expect(toTalkdeskUpdateBody(DOCS_UPDATE_INPUT, fields, catalog)).toEqual(DOCS_UPDATE_BODY);
  });

  it('sends dates as UTC seconds and leaves out labels it does not know', () => {
    const catalog = catalogOf([SEED_FIELDS[4], { ...SEED_FIELDS[1], dict_list: [{ key: '9' }] }]);
    const fields = checked(
      [
        { key: 'date1', value: '2024-05-01' },
        { key: 'dropdown1', value: 9 },
      ],
      catalog,
      'update',
    );
    expect(toTalkdeskUpdateBody({ provider: 'TALKDESK', id: '1' }, fields, catalog)).toEqual({
      custom_fields: { date1: { value: '2024-05-01T00:00:00Z' }, dropdown1: { value: '9' } },
    });
  });

  it('sends nothing for an input that changes nothing', () => {
    expect(toTalkdeskUpdateBody({ provider: 'TALKDESK', id: '1' }, [], catalogOf([]))).toEqual({});
  });
});

describe('Talkdesk timestamps', () => {
  it.each([
    ['2022-04-21T06:30:21Z', '2022-04-21T06:30:21Z'],
    ['2022-04-21T06:30:21.000Z', '2022-04-21T06:30:21Z'],
    ['2022-04-21T08:30:21+02:00', '2022-04-21T06:30:21Z'],
    ['2022-04-21', '2022-04-21T00:00:00Z'],
    ['2022-04-21T06:30', '2022-04-21T06:30:00Z'],
  ])('sends %s as %s', (input, wire) => {
    expect(toTalkdeskTimestamp(input)).toBe(wire);
  });
});

describe('Talkdesk case responses', () => {
  it('reads a get-case-details response: title-case enums, agent_* assignee, object-form custom fields', () => {
    const wire = talkdeskCaseDetailsSchema.parse({
      id: '20808',
      title: 'Outbound call',
      description: 'outgoing_call_answered',
      requester_id: '634fa22b4838783b8320505c',
      requester_name: 'chengyu',
      requester_email: 'chengyu@example.com',
      requester_phone: '+18888808536',
      group_id: '1',
      agent_id: '6322cd99760bbf5eaf74b499',
      agent_name: 'chengyu',
      status: 'On-hold',
      type: 'Question',
      priority: 'Normal',
      custom_fields: {
        drop_down1: { label: 'red', value: '001' },
        dependent_field1: { label: ['china', 'hubei'], value: ['1001', '100101'] },
        checkbox31: false,
        text4: null,
      },
      notes: [{ id: '7', note_title: 'Call', note_body: 'Answered', public: true }],
      create_at: '2022-11-01T01:43:29Z',
      update_at: '2022-11-17T01:43:29Z',
      requester_integration: { integration_id: 'x' },
    });
    expect(fromTalkdeskCase(wire, catalogOf(DOCS_FIELD_LIST))).toEqual({
      id: '20808',
      provider: 'TALKDESK',
      number: '20808',
      title: 'Outbound call',
      description: 'outgoing_call_answered',
      status: 'ON_HOLD',
      vendorStatus: 'On-hold',
      priority: 'NORMAL',
      vendorPriority: 'Normal',
      url: null,
      createdAt: new Date('2022-11-01T01:43:29Z'),
      updatedAt: new Date('2022-11-17T01:43:29Z'),
      requester: {
        id: '634fa22b4838783b8320505c',
        name: 'chengyu',
        email: 'chengyu@example.com',
        phone: '+18888808536',
      },
      assignee: { id: '6322cd99760bbf5eaf74b499', name: 'chengyu' },
      interactions: [],
      notes: [{ id: '7', title: 'Call', body: 'Answered', public: true }],
      comments: [],
      customFields: [
        { key: 'drop_down1', label: 'drop_name', type: 'SINGLE_SELECT', value: '001' },
        { key: 'dependent_field1', label: 'dependent_field_name', type: 'DEPENDENT', value: ['1001', '100101'] },
        { key: 'checkbox31', label: null, type: 'BOOLEAN', value: false },
      ],
    });
  });

  it('reads a create response: upper-case enums, owner_id assignee, flat custom fields typed by prefix', () => {
    const wire = talkdeskCaseDetailsSchema.parse({
      id: '2',
      title: 'test title',
      description: 'test description',
      parent_id: '1',
      owner_id: '61036b508ff57b5578f25a10',
      status: 'OPEN',
      priority: 'LOW',
      custom_fields: {
        dropdown1: 1,
        numeric1: 1,
        decimal1: 1.2,
        multi_select1: ['002', '003'],
        date1: '2022-04-21T06:30:21Z',
      },
      notes: [{ id: '2', note_title: 'test subject', note_body: 'test body', public: true }],
      requester_id: '650000000000000000000002',
      requester_name: 'example',
      requester_email: 'example@example.com',
      requester_type: 'Contact',
    });
    const model = fromTalkdeskCase(wire);
    expect(model.status).toBe('OPEN');
    expect(model.priority).toBe('LOW');
    expect(model.assignee).toEqual({ id: '61036b508ff57b5578f25a10', name: null });
    expect(model.requester).toEqual({
      id: '650000000000000000000002',
      name: 'example',
      email: 'example@example.com',
      phone: null,
    });
    expect(model.customFields).toEqual([
      { key: 'dropdown1', label: null, type: 'SINGLE_SELECT', value: '1' },
      { key: 'numeric1', label: null, type: 'NUMBER', value: 1 },
      { key: 'decimal1', label: null, type: 'DECIMAL', value: 1.2 },
      { key: 'multi_select1', label: null, type: 'MULTI_SELECT', value: ['002', '003'] },
      { key: 'date1', label: null, type: 'DATE', value: '2022-04-21T06:30:21Z' },
    ]);
    expect(model.createdAt).toBeNull();
  });

  it('reads an update response, which requires only the id', () => {
    const model = fromTalkdeskCase(talkdeskCaseSchema.parse({ id: '5', status: 'RESOLVED', resolution: 'Fixed' }));
    expect(model).toMatchObject({
      id: '5',
      status: 'RESOLVED',
      requester: null,
      assignee: null,
      notes: [],
      customFields: [],
    });
  });

  it('requires title, description and status on create and get responses', () => {
    expect(talkdeskCaseDetailsSchema.safeParse({ id: '5', title: 't', description: 'd' }).success).toBe(false);
  });

  it('ignores custom-field values of shapes it cannot read rather than failing the case', () => {
    expect(fromTalkdeskCustomFields({ text1: 'ok', text2: null }, undefined)).toEqual([
      { key: 'text1', label: null, type: 'TEXT', value: 'ok' },
    ]);
    const wire = talkdeskCaseSchema.parse({
      id: '5',
      custom_fields: { text1: { nested: { deep: true } }, text2: 'ok' },
    });
    expect(fromTalkdeskCase(wire).customFields).toEqual([{ key: 'text2', label: null, type: 'TEXT', value: 'ok' }]);
  });
});
