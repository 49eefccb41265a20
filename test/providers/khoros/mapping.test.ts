import { describe, it, expect } from 'vitest';
import { parseJson } from '../../../src/http/client.js';
import type { HttpResponse } from '../../../src/http/client.js';
import { failureFromResponse } from '../../../src/http/failure.js';
import type { CreateCaseInput, CustomFieldDefinitionModel, UpdateCaseInput } from '../../../src/domain/model.js';
import type { CheckedCustomField } from '../../../src/providers/shared/validation.js';
import {
  fromKhorosCase,
  fromKhorosFieldDefinitions,
  fromKhorosStatus,
  khorosFailure,
  khorosFieldPath,
  toKhorosCreateBody,
  toKhorosInteraction,
  toKhorosUpdateBody,
} from '../../../src/providers/khoros/mapping.js';
import { khorosCaseSchema, khorosObjectStructureSchema } from '../../../src/providers/khoros/wire.js';

const clubNo: CustomFieldDefinitionModel = {
  key: 'clubNo',
  label: 'Customer Club Number',
  type: 'TEXT',
  required: false,
  requiredFor: [],
  options: [],
};
const vip: CustomFieldDefinitionModel = {
  key: 'vip',
  label: 'VIP Customer',
  type: 'BOOLEAN',
  required: false,
  requiredFor: [],
  options: [],
};
const tier: CustomFieldDefinitionModel = {
  key: 'tier',
  label: 'Membership Tier',
  type: 'SINGLE_SELECT',
  required: false,
  requiredFor: [],
  options: [
    { value: 'gold', label: 'Gold' },
    { value: 'silver', label: 'Silver' },
  ],
};

const interactionInput = {
  body: 'My order never arrived',
  createdAt: new Date('2024-05-01T10:00:00.000Z'),
  linkUrl: new URL('https://www.facebook.com/brand/posts/123'),
  serviceId: '123_456',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
};

/** The interaction as the spec's interaction object. */
const interactionWire = {
  created: '2024-05-01T10:00:00.000Z',
  body: 'My order never arrived',
  linkUrl: 'https://www.facebook.com/brand/posts/123',
  serviceId: '123_456',
  service: 'facebook',
  contentType: 'post',
  author: { service: 'facebook', serviceId: '10001', handle: 'jane.doe', name: 'Jane Doe', brandOwned: false },
};

const response = (status: number, text: string): HttpResponse => ({ status, headers: {}, text, json: parseJson(text) });

describe('createCase body (POST /case)', () => {
  it('is the spec example: {"customerId", "title", "interactions": [...], "clubNo"}', () => {
    const input: CreateCaseInput = {
      provider: 'KHOROS',
      title: 'Case title',
      requester: { id: 'cust-1234' },
      interactions: [interactionInput],
      customFields: [{ key: 'clubNo', value: 'CLUB-0042' }],
    };
    const body = toKhorosCreateBody(input, [{ definition: clubNo, value: 'CLUB-0042' }]);
    // Key order too: documented properties first, then custom fields, like the docs' example.
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        customerId: 'cust-1234',
        title: 'Case title',
        interactions: [interactionWire],
        clubNo: 'CLUB-0042',
      }),
    );
  });

  it('applies the documented defaults service=facebook and contentType=post, and keeps explicit ones', () => {
    expect(toKhorosInteraction(interactionInput)).toMatchObject({ service: 'facebook', contentType: 'post' });
    expect(toKhorosInteraction({ ...interactionInput, service: 'twitter', contentType: 'comment' })).toMatchObject({
      service: 'twitter',
      contentType: 'comment',
    });
  });

  it('sends created as ISO-8601 and linkUrl as a string', () => {
    const wire = toKhorosInteraction({ ...interactionInput, createdAt: new Date(Date.UTC(2023, 0, 2, 3, 4, 5, 6)) });
    expect(wire.created).toBe('2023-01-02T03:04:05.006Z');
    expect(typeof wire.linkUrl).toBe('string');
  });

  it('omits interactions when there are none, and sends checkbox and list values with their types', () => {
    const body = toKhorosCreateBody({ provider: 'KHOROS', title: 'T', requester: { id: 'c1' } }, [
      { definition: vip, value: true },
      { definition: tier, value: 'gold' },
    ]);
    expect(body).toEqual({ customerId: 'c1', title: 'T', vip: true, tier: 'gold' });
    expect('interactions' in body).toBe(false);
  });

  it('never lets a custom field named like a case property overwrite it', () => {
    const hostile: CheckedCustomField[] = [
      { definition: { ...clubNo, key: 'title' }, value: 'overwritten' },
      { definition: { ...clubNo, key: 'customerId' }, value: 'someone-else' },
      { definition: { ...clubNo, key: 'interactions' }, value: 'none' },
      { definition: { ...clubNo, key: '__proto__' }, value: 'polluted' },
    ];
    const body = toKhorosCreateBody({ provider: 'KHOROS', title: 'Real title', requester: { id: 'c1' } }, hostile);
    expect(body).toEqual({ customerId: 'c1', title: 'Real title' });
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    const update = toKhorosUpdateBody({ provider: 'KHOROS', id: '1' }, hostile);
    expect(JSON.stringify(update)).toBe('{}');
  });
});

describe('updateCase body (PATCH /case/{id})', () => {
  it('carries only the new interactions, the title when given, and custom fields top-level', () => {
    const input: UpdateCaseInput = {
      provider: 'KHOROS',
      id: '1001',
      title: 'Order missing',
      interactions: [{ ...interactionInput, contentType: 'comment', body: 'Any news?' }],
    };
    expect(toKhorosUpdateBody(input, [{ definition: vip, value: false }])).toEqual({
      title: 'Order missing',
      interactions: [{ ...interactionWire, contentType: 'comment', body: 'Any news?' }],
      vip: false,
    });
  });

  it('has no title when none is given and never a customer id', () => {
    const body = toKhorosUpdateBody({ provider: 'KHOROS', id: '1001', title: null }, [
      { definition: clubNo, value: 'X' },
    ]);
    expect(body).toEqual({ clubNo: 'X' });
  });
});

describe('Define Object Structures (GET /meta/object/case)', () => {
  it('reads the docs example', () => {
    const structure = khorosObjectStructureSchema.parse({
      name: 'case',
      fields: [{ name: 'clubNo', label: 'Customer Club Number', type: 'text', searchable: false }],
    });
    expect(fromKhorosFieldDefinitions(structure)).toEqual([clubNo]);
  });

  it('maps the four documented types, list values as options', () => {
    const structure = khorosObjectStructureSchema.parse({
      name: 'case',
      fields: [
        { name: 'notes', label: 'Notes', type: 'textarea', searchable: false },
        { name: 'vip', label: 'VIP Customer', type: 'checkbox', searchable: false },
        {
          name: 'tier',
          label: 'Membership Tier',
          type: 'single_sel_list',
          searchable: false,
          listValues: [
            { name: 'Gold', value: 'gold' },
            { name: 'Silver', value: 'silver' },
          ],
        },
      ],
    });
    expect(fromKhorosFieldDefinitions(structure)).toEqual([
      { key: 'notes', label: 'Notes', type: 'TEXTAREA', required: false, requiredFor: [], options: [] },
      vip,
      tier,
    ]);
  });

  it('leaves out undocumented types, names of case properties and repeated names', () => {
    const structure = khorosObjectStructureSchema.parse({
      name: 'case',
      fields: [
        { name: 'due', label: 'Due', type: 'date', searchable: false },
        { name: 'title', label: 'Title', type: 'text', searchable: false },
        { name: 'status', label: 'Status', type: 'text', searchable: false },
        { name: 'clubNo', label: 'Customer Club Number', type: 'text', searchable: false },
        { name: 'clubNo', label: 'Again', type: 'checkbox', searchable: false },
      ],
    });
    expect(fromKhorosFieldDefinitions(structure)).toEqual([clubNo]);
  });

  it('requires name, label, type and searchable', () => {
    expect(khorosObjectStructureSchema.safeParse({ name: 'case', fields: [{ name: 'x', type: 'text' }] }).success).toBe(
      false,
    );
    expect(khorosObjectStructureSchema.safeParse({ name: 'case' }).success).toBe(false);
  });
});

describe('case response (201 create, 200 lookup, 201 update)', () => {
  const wire = {
    id: '1001',
    number: 'CASE-001001',
    customerId: 'cust-1234',
    title: 'Case title',
    description: 'My order never arrived',
    url: 'https://crm.example.com/cases/1001',
    lastUpdated: '2024-05-02T08:30:00.000Z',
    created: '2024-05-01T10:00:05.000Z',
    status: 'open',
    interactions: [interactionWire],
    clubNo: 'CLUB-0042',
    vip: true,
    tier: 'gold',
    undeclared: 'ignored',
  };

  it('becomes the case model', () => {
    const { case: model, unreadable } = fromKhorosCase(khorosCaseSchema.parse(wire), [clubNo, vip, tier]);
    expect(unreadable).toEqual([]);
    expect(model).toEqual({
      id: '1001',
      provider: 'KHOROS',
      number: 'CASE-001001',
      title: 'Case title',
      description: 'My order never arrived',
      status: 'OPEN',
      vendorStatus: 'open',
      priority: null,
      vendorPriority: null,
      url: 'https://crm.example.com/cases/1001',
      createdAt: new Date('2024-05-01T10:00:05.000Z'),
      updatedAt: new Date('2024-05-02T08:30:00.000Z'),
      requester: { id: 'cust-1234' },
      assignee: null,
      interactions: [
        {
          id: null,
          body: 'My order never arrived',
          createdAt: new Date('2024-05-01T10:00:00.000Z'),
          linkUrl: 'https://www.facebook.com/brand/posts/123',
          service: 'facebook',
          serviceId: '123_456',
          contentType: 'post',
          author: {
            id: '10001',
            service: 'facebook',
            serviceId: '10001',
            handle: 'jane.doe',
            name: 'Jane Doe',
            brandOwned: false,
          },
        },
      ],
      notes: [],
      comments: [],
      customFields: [
        { key: 'clubNo', label: 'Customer Club Number', type: 'TEXT', value: 'CLUB-0042' },
        { key: 'vip', label: 'VIP Customer', type: 'BOOLEAN', value: true },
        { key: 'tier', label: 'Membership Tier', type: 'SINGLE_SELECT', value: 'gold' },
      ],
    });
  });

  it('normalises open/closed and keeps the vendor status', () => {
    expect(fromKhorosStatus('open')).toBe('OPEN');
    expect(fromKhorosStatus('closed')).toBe('CLOSED');
    const { case: closed } = fromKhorosCase(khorosCaseSchema.parse({ ...wire, status: 'closed' }), []);
    expect([closed.status, closed.vendorStatus]).toEqual(['CLOSED', 'closed']);
  });

  it('reads only declared properties as custom fields, and reports values that break their type', () => {
    const { case: model, unreadable } = fromKhorosCase(khorosCaseSchema.parse({ ...wire, vip: 'yes', clubNo: 42 }), [
      clubNo,
      vip,
    ]);
    expect(model.customFields).toEqual([]);
    expect(unreadable.map((u) => u.key)).toEqual(['clubNo', 'vip']);
    expect(unreadable[0]?.message).toContain('a number');
  });

  it('accepts a case without interactions and an interaction without author', () => {
    const { interactions: _omit, ...bare } = wire;
    expect(fromKhorosCase(khorosCaseSchema.parse(bare), []).case.interactions).toEqual([]);
    const { author: _author, ...noAuthor } = interactionWire;
    const parsed = khorosCaseSchema.parse({ ...wire, interactions: [noAuthor] });
    expect(fromKhorosCase(parsed, []).case.interactions[0]?.author).toEqual({});
  });

  it('rejects what the spec marks required or constrains', () => {
    const { description: _d, ...noDescription } = wire;
    expect(khorosCaseSchema.safeParse(noDescription).success).toBe(false);
    expect(khorosCaseSchema.safeParse({ ...wire, status: 'pending' }).success).toBe(false);
    expect(khorosCaseSchema.safeParse({ ...wire, created: 'yesterday' }).success).toBe(false);
    expect(khorosCaseSchema.safeParse({ ...wire, id: 1001 }).success).toBe(false);
  });
});

describe('error bodies', () => {
  const ctx = (customFieldKeys: string[] = []) => ({
    vendorName: 'Khoros',
    fieldPath: (f: string) => khorosFieldPath(f, customFieldKeys),
    caseId: '1001',
  });

  it('400 {error, message, fields} → ValidationError with input paths and the error code', () => {
    const res = response(
      400,
      JSON.stringify({
        error: 'INVALID_FIELDS',
        message: 'The case has 3 invalid fields.',
        fields: [
          { name: 'interactions[0].author.handle', errorMessage: 'Required.' },
          { name: 'customId', errorMessage: 'Must be a non-empty string.' },
          { name: 'tier', errorMessage: 'Expected one of "gold".' },
        ],
      }),
    );
    expect(khorosFailure(res)).toEqual({
      message: 'The case has 3 invalid fields.',
      vendorCode: 'INVALID_FIELDS',
      fields: [
        { vendorField: 'interactions[0].author.handle', message: 'Required.', vendorCode: 'INVALID_FIELDS' },
        { vendorField: 'customId', message: 'Must be a non-empty string.', vendorCode: 'INVALID_FIELDS' },
        { vendorField: 'tier', message: 'Expected one of "gold".', vendorCode: 'INVALID_FIELDS' },
      ],
    });
    const err = failureFromResponse(res, khorosFailure(res), ctx(['clubNo', 'tier']));
    expect(err.type).toBe('ValidationError');
    expect(err.message).toBe('Khoros rejected interactions.0.author.handle: Required (and 2 more problems).');
    expect(err.fields).toEqual([
      { path: ['interactions', '0', 'author', 'handle'], message: 'Required.', vendorCode: 'INVALID_FIELDS' },
      { path: ['requester', 'id'], message: 'Must be a non-empty string.', vendorCode: 'INVALID_FIELDS' },
      { path: ['customFields', '1'], message: 'Expected one of "gold".', vendorCode: 'INVALID_FIELDS' },
    ]);
  });

  it('401 plain text → AuthenticationError quoting the spec text', () => {
    const res = response(401, 'API key is invalid or has become de-authenticated');
    const err = failureFromResponse(res, khorosFailure(res), ctx());
    expect(err.type).toBe('AuthenticationError');
    expect(err.message).toBe(
      "Khoros rejected casegraph's credentials (HTTP 401): API key is invalid or has become de-authenticated.",
    );
  });

  it('404 plain text → NotFoundError for the case id', () => {
    const res = response(404, 'No case exists with the provided ID');
    const err = failureFromResponse(res, khorosFailure(res), ctx());
    expect([err.type, err.message, err.id]).toEqual(['NotFoundError', 'Khoros has no case with id "1001".', '1001']);
  });

  it('422 {error, message} → ValidationError; 500 {error, message} → retriable ProviderUnavailableError', () => {
    const unprocessable = response(422, JSON.stringify({ error: 'CASE_CLOSED', message: 'This case is closed.' }));
    const e422 = failureFromResponse(unprocessable, khorosFailure(unprocessable), ctx());
    expect([e422.type, e422.message, e422.fields]).toEqual([
      'ValidationError',
      'Khoros rejected the request: This case is closed.',
      [],
    ]);
    const failed = response(500, JSON.stringify({ error: 'DB_DOWN', message: 'Connection to db-7.internal refused' }));
    const e500 = failureFromResponse(failed, khorosFailure(failed), ctx());
    expect([e500.type, e500.retriable, e500.message]).toEqual([
      'ProviderUnavailableError',
      true,
      'Khoros failed with HTTP 500.',
    ]);
  });

  it('survives text where JSON was expected, JSON where text was, and ignores HTML pages', () => {
    expect(khorosFailure(response(400, 'Bad things'))).toEqual({ message: 'Bad things' });
    expect(khorosFailure(response(401, '"Invalid API Key"'))).toEqual({ message: 'Invalid API Key' });
    expect(khorosFailure(response(502, '<html><body>Bad Gateway</body></html>'))).toEqual({ message: undefined });
    expect(khorosFailure(response(400, JSON.stringify({ error: 'BAD' })))).toEqual({
      message: 'BAD',
      vendorCode: 'BAD',
      fields: [],
    });
  });
});

describe('khorosFieldPath', () => {
  it.each([
    ['title', ['title']],
    ['customerId', ['requester', 'id']],
    ['customId', ['requester', 'id']],
    ['interactions', ['interactions']],
    ['interactions[2]', ['interactions', '2']],
    ['interactions[0].created', ['interactions', '0', 'createdAt']],
    ['interactions[1].author.brandOwned', ['interactions', '1', 'author', 'brandOwned']],
    ['interactions.0.linkUrl', ['interactions', '0', 'linkUrl']],
    ['somethingElse', ['somethingElse']],
  ])('%s → %j', (vendorField, path) => {
    expect(khorosFieldPath(vendorField)).toEqual(path);
  });

  it('maps a custom field name to its entry in the input', () => {
    expect(khorosFieldPath('vip', ['clubNo', 'vip'])).toEqual(['customFields', '1']);
  });
});
