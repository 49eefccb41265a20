// The README's examples, sent as written there, with the answers the README shows. If this fails,
// the README (or the behaviour) is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.js';
import type { TestApp } from '../helpers/app.js';

const CREATE = `mutation Create($input: CreateCaseInput!) {
  createCase(input: $input) {
    __typename
    ... on CreateCaseSuccess { case { ...CaseParts } warnings { path message code } }
    ... on Error { message code retriable }
    ... on ValidationError { fields { path message vendorCode } }
  }
}
fragment CaseParts on Case {
  id provider number title status vendorStatus priority
  requester { id name email }
  interactions { body service serviceId author { handle name brandOwned } }
  notes { title body public }
  comments { body }
  customFields { key type value }
}`;

const UPDATE = CREATE.replace('mutation Create($input: CreateCaseInput!)', 'mutation Update($input: UpdateCaseInput!)')
  .replace('createCase(input: $input)', 'updateCase(input: $input)')
  .replace('... on CreateCaseSuccess', '... on UpdateCaseSuccess');

describe('README examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('Talkdesk: create, then resolve', async () => {
    const created = await app.gql(CREATE, {
      input: {
        provider: 'TALKDESK',
        title: 'Router keeps rebooting',
        description: 'Since the firmware update on Monday.',
        priority: 'HIGH',
        requester: { name: 'Ada Lovelace', email: 'ada@example.com' },
        notes: [{ title: 'Triage', body: 'Asked for the model number.', public: false }],
        customFields: [
          { key: 'text1', value: 'FW 2.4.1' },
          { key: 'checkbox1', value: true },
        ],
      },
    });
    const result = created.body.data.createCase;
    expect(result).toMatchObject({
      __typename: 'CreateCaseSuccess',
      case: {
        provider: 'TALKDESK',
        title: 'Router keeps rebooting',
        status: 'NEW',
        vendorStatus: 'NEW',
        priority: 'HIGH',
        requester: { name: 'Ada Lovelace', email: 'ada@example.com' },
        interactions: [],
        notes: [{ title: 'Triage', body: 'Asked for the model number.', public: false }],
        comments: [],
        customFields: [
          { key: 'text1', type: 'TEXT', value: 'FW 2.4.1' },
          { key: 'checkbox1', type: 'BOOLEAN', value: true },
        ],
      },
      warnings: [],
    });
    expect(result.case.number).toBe(result.case.id);

    const resolved = await app.gql(UPDATE, {
      input: {
        provider: 'TALKDESK',
        id: result.case.id,
        status: 'RESOLVED',
        talkdesk: { resolution: 'Replaced the router' },
        notes: [{ body: 'Shipped a new unit.' }],
        customFields: [{ key: 'text2', value: 'Faulty power supply' }],
      },
    });
    expect(resolved.body.data.updateCase).toMatchObject({
      __typename: 'UpdateCaseSuccess',
      case: {
        id: result.case.id,
        status: 'RESOLVED',
        vendorStatus: 'RESOLVED',
        notes: [
          { title: 'Triage', body: 'Asked for the model number.', public: false },
          { title: null, body: 'Shipped a new unit.', public: false },
        ],
        customFields: [
          { key: 'text1', type: 'TEXT', value: 'FW 2.4.1' },
          { key: 'checkbox1', type: 'BOOLEAN', value: true },
          { key: 'text2', type: 'TEXT', value: 'Faulty power supply' },
        ],
      },
      warnings: [],
    });
  });

  it('Khoros: create with an interaction and a declared custom field', async () => {
    const { body } = await app.gql(CREATE, {
      input: {
        provider: 'KHOROS',
        title: 'Case title',
        requester: { id: 'cust-1001' },
        interactions: [
          {
            body: 'My order never arrived @AcmeHelp',
            createdAt: '2024-05-01T09:30:00Z',
            linkUrl: 'https://twitter.com/ada/status/1785000000000000000',
            service: 'twitter',
            serviceId: '1785000000000000000',
            contentType: 'post',
            author: { service: 'twitter', serviceId: '98765', handle: 'ada', name: 'Ada Lovelace', brandOwned: false },
          },
        ],
        customFields: [{ key: 'clubNo', value: 'CLUB-42' }],
      },
    });
    expect(body.data.createCase).toMatchObject({
      __typename: 'CreateCaseSuccess',
      case: {
        provider: 'KHOROS',
        title: 'Case title',
        status: 'OPEN',
        vendorStatus: 'open',
        priority: null,
        requester: { id: 'cust-1001', name: null, email: null },
        interactions: [
          {
            body: 'My order never arrived @AcmeHelp',
            service: 'twitter',
            serviceId: '1785000000000000000',
            author: { handle: 'ada', name: 'Ada Lovelace', brandOwned: false },
          },
        ],
        notes: [],
        comments: [],
        customFields: [{ key: 'clubNo', type: 'TEXT', value: 'CLUB-42' }],
      },
      warnings: [],
    });
  });

  it("Sprinklr: the help article's example plus a comment", async () => {
    const { body } = await app.gql(CREATE, {
      input: {
        provider: 'SPRINKLR',
        title: 'API2.0 Case creation',
        description: 'This case is created with API2.012',
        priority: 'HIGH',
        status: 'NEW',
        sprinklr: {
          firstMessageId: 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578',
          caseType: 'Incident',
          summary: 'Urgent Case',
        },
        comments: [{ body: 'Customer called twice.' }],
      },
    });
    expect(body.data.createCase).toMatchObject({
      __typename: 'CreateCaseSuccess',
      case: {
        provider: 'SPRINKLR',
        title: 'API2.0 Case creation',
        status: 'NEW',
        vendorStatus: 'New',
        priority: 'HIGH',
        requester: null,
        interactions: [
          {
            body: '@AcmeCare my order #A-1001 was marked delivered but never arrived. Can someone help?',
            service: 'TWITTER',
            serviceId: 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578',
            author: { handle: 'danawhit', name: 'Dana Whitfield', brandOwned: false },
          },
        ],
        notes: [],
        comments: [{ body: 'Customer called twice.' }],
        customFields: [{ key: 'spr_uc_type', type: 'STRING_LIST', value: ['Incident'] }],
      },
      warnings: [],
    });
    expect(body.data.createCase.case.id).toMatch(/^[0-9a-f]{24}$/);
    expect(body.data.createCase.case.number).toMatch(/^\d+$/);
  });

  it('Thalamus: create with a comment and typed caseData', async () => {
    const { body } = await app.gql(CREATE, {
      input: {
        provider: 'THALAMUS',
        status: 'NEW',
        thalamus: { categoryCode: 'Reclamo', typeCode: 'Telefonico' },
        comments: [{ body: 'Llamó por segunda vez.' }],
        customFields: [
          { key: 'fechaIncidente', value: '2024-05-01' },
          { key: 'montoReclamado', value: 1250.5 },
        ],
      },
    });
    expect(body.data.createCase).toMatchObject({
      __typename: 'CreateCaseSuccess',
      case: {
        provider: 'THALAMUS',
        title: 'Telefonico',
        status: 'NEW',
        vendorStatus: 'Created',
        priority: null,
        requester: null,
        interactions: [],
        notes: [],
        comments: [{ body: 'Llamó por segunda vez.' }],
        customFields: [
          { key: 'fechaIncidente', type: 'DATE', value: '2024-05-01' },
          { key: 'montoReclamado', type: 'DECIMAL', value: 1250.5 },
          { key: 'cantidadLlamadas', type: 'NUMBER', value: null },
          { key: 'requiereVisita', type: 'BOOLEAN', value: null },
        ],
      },
      warnings: [],
    });
  });

  it('errors are data: a refused input, before any vendor call', async () => {
    const { body } = await app.gql(CREATE, {
      input: { provider: 'THALAMUS', title: 'No title in Thalamus', thalamus: { typeCode: 'Telefonico' } },
    });
    expect(body.data.createCase).toEqual({
      __typename: 'ValidationError',
      message: 'Invalid input. thalamus.categoryCode: Thalamus requires thalamus.categoryCode. (and 1 more)',
      code: 'VALIDATION_FAILED',
      retriable: false,
      fields: [
        { path: ['thalamus', 'categoryCode'], message: 'Thalamus requires thalamus.categoryCode.', vendorCode: null },
        { path: ['title'], message: 'Thalamus has no place for title on create; it was not sent.', vendorCode: null },
      ],
    });
  });
});
