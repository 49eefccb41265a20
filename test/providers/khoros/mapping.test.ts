import { describe, it, expect } from 'vitest';
import type { CreateCaseInput, CustomFieldDefinitionModel, UpdateCaseInput } from '../../../src/domain/model.js';
import type { CheckedCustomField } from '../../../src/providers/shared/validation.js';
import {
  fromKhorosCase,
  fromKhorosFieldDefinitions,
  fromKhorosStatus,
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
