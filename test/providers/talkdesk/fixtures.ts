// The documents' own examples, shared by the Talkdesk tests.
import type { CreateCaseInput, UpdateCaseInput } from '../../../src/domain/model.js';

/**
 * The create sample of docs.talkdesk.com/reference/create-a-new-case (seed 004), byte for byte except
 * `requester_email`: the stored page shows Cloudflare's "[email protected]" placeholder where the
 * address was, so a real address stands in for it. The `multi_line_text1` escapes are the sample's own.
 */
export const SEED_CREATE_BODY: unknown = JSON.parse(String.raw`{
  "title": "test title",
  "description": "test description",
  "parent_id": "1",
  "owner_id": "61036b508ff57b5578f25a10",
  "priority": "LOW",
  "requester_email": "example@example.com",
  "requester_name": "example",
  "requester_type": "Contact",
  "custom_fields": {
    "checkbox1": true,
    "dropdown1": 1,
    "text1": "text desc",
    "dependent_field1": [
      "3a20c48f-3e33-49b0-af22-63eba6fa4cc3",
      "bbb2a5e7-6190-4eb1-b889-ec37e0badd0b",
      "e9e3c93a-1b28-489a-96fe-6b3e9ca60976"
    ],
    "date1": "2022-04-21T06:30:21Z",
    "numeric1": 1,
    "decimal1": 1.2,
    "multi_line_text1": "Line1\\\\nLine2",
    "multi_select1": [
      "002",
      "003"
    ]
  },
  "notes": [
    {
      "note_title": "test subject",
      "note_body": "test body",
      "public": true
    }
  ]
}`);

export const SEED_DEPENDENT_PATH = [
  '3a20c48f-3e33-49b0-af22-63eba6fa4cc3',
  'bbb2a5e7-6190-4eb1-b889-ec37e0badd0b',
  'e9e3c93a-1b28-489a-96fe-6b3e9ca60976',
];

/** The GraphQL input equivalent to the seed's create sample. */
export const SEED_CREATE_INPUT: CreateCaseInput = {
  provider: 'TALKDESK',
  title: 'test title',
  description: 'test description',
  priority: 'LOW',
  assigneeId: '61036b508ff57b5578f25a10',
  requester: { name: 'example', email: 'example@example.com' },
  talkdesk: { parentId: '1', requesterType: 'Contact' },
  customFields: [
    { key: 'checkbox1', value: true },
    { key: 'dropdown1', value: 1 },
    { key: 'text1', value: 'text desc' },
    { key: 'dependent_field1', value: SEED_DEPENDENT_PATH },
    { key: 'date1', value: '2022-04-21T06:30:21Z' },
    { key: 'numeric1', value: 1 },
    { key: 'decimal1', value: 1.2 },
    { key: 'multi_line_text1', value: String.raw`Line1\\nLine2` },
    { key: 'multi_select1', value: ['002', '003'] },
  ],
  notes: [{ title: 'test subject', body: 'test body', public: true }],
};

/**
 * The field-list sample of docs.talkdesk.com/reference/get-a-list-of-case-fields (its missing commas
 * restored), with its opaque `type` codes and the `lable` spelling.
 */
export const DOCS_FIELD_LIST: unknown = [
  {
    id: '1',
    key: 'drop_down1',
    name: 'drop_name',
    type: '001',
    description: 'dropdown field desc',
    dict_list: [
      { key: '001', lable: 'red' },
      { key: '002', lable: 'blue' },
    ],
    required: false,
    active: true,
    created_at: '2022-04-19T07:37:29Z',
    updated_at: '2022-04-19T07:37:29Z',
  },
  {
    id: '2',
    key: 'dependent_field1',
    name: 'dependent_field_name',
    type: '002',
    dict_list: [
      {
        key: '1001',
        lable: 'china',
        children: [{ key: '100101', lable: 'hubei', children: [{ key: '10010101', lable: 'wuhan', children: null }] }],
      },
      { key: '1002', lable: 'U.S.A', children: null },
    ],
    description: 'dependent field desc',
    required: true,
    active: true,
    created_at: '2022-04-19T07:37:29Z',
    updated_at: '2022-04-19T07:37:29Z',
  },
];

/** The update sample of docs.talkdesk.com/reference/update-a-case (object-form custom fields). */
export const DOCS_UPDATE_BODY: unknown = JSON.parse(String.raw`{
  "title": "test title",
  "description": "test description",
  "owner_id": "61036b508ff57b5578f25a10",
  "priority": "LOW",
  "type": "QUESTION",
  "status": "ON-HOLD",
  "resolution": "solve successfully",
  "custom_fields": {
    "checkbox1": { "value": true },
    "drop_down1": { "label": "test dw12", "value": "001" },
    "text1": { "value": "text desc" },
    "dependent_field1": {
      "label": ["a", "a1", "a11"],
      "value": [
        "3a20c48f-3e33-49b0-af22-63eba6fa4cc3",
        "bbb2a5e7-6190-4eb1-b889-ec37e0badd0b",
        "e9e3c93a-1b28-489a-96fe-6b3e9ca60976"
      ]
    },
    "date1": { "value": "2022-04-21T06:30:21Z" },
    "numeric1": { "value": 1 },
    "decimal1": { "value": 1.2 },
    "multi_line_text1": { "value": "Line1\\\\nLine2" },
    "multi_select1": { "label": ["1111", "2222"], "value": ["001", "002"] }
  },
  "notes": [{ "note_title": "test subject", "note_body": "test body", "public": true }],
  "group_id": "group"
}`);

/** Field definitions that make the update sample's labels true (drop_down1 "001" is "test dw12", ...). */
export const UPDATE_SAMPLE_FIELDS: unknown = [
  { key: 'checkbox1', name: 'Follow-up', type: 'checkbox' },
  { key: 'drop_down1', name: 'Drop', type: '001', dict_list: [{ key: '001', lable: 'test dw12' }] },
  { key: 'text1', name: 'Text', type: 'text' },
  {
    key: 'dependent_field1',
    name: 'Dependent',
    type: '002',
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
  { key: 'date1', name: 'Date', type: 'date' },
  { key: 'numeric1', name: 'Numeric', type: 'numeric' },
  { key: 'decimal1', name: 'Decimal', type: 'decimal' },
  { key: 'multi_line_text1', name: 'Multi', type: 'multi_line_text' },
  {
    key: 'multi_select1',
    name: 'Multi select',
    type: 'multi_select',
    dict_list: [
      { key: '001', lable: '1111' },
      { key: '002', lable: '2222' },
    ],
  },
].map((f, i) => ({
  id: String(i + 1),
  description: null,
  required: false,
  active: true,
  created_at: '2022-04-19T07:37:29Z',
  updated_at: '2022-04-19T07:37:29Z',
  ...f,
}));

/** The GraphQL input equivalent to the docs' update sample. */
export const DOCS_UPDATE_INPUT: UpdateCaseInput = {
  provider: 'TALKDESK',
  id: '2',
  title: 'test title',
  description: 'test description',
  assigneeId: '61036b508ff57b5578f25a10',
  priority: 'LOW',
  status: 'ON_HOLD',
  talkdesk: { type: 'QUESTION', resolution: 'solve successfully', groupId: 'group' },
  customFields: [
    { key: 'checkbox1', value: true },
    { key: 'drop_down1', value: '001' },
    { key: 'text1', value: 'text desc' },
    { key: 'dependent_field1', value: SEED_DEPENDENT_PATH },
    { key: 'date1', value: '2022-04-21T06:30:21Z' },
    { key: 'numeric1', value: 1 },
    { key: 'decimal1', value: 1.2 },
    { key: 'multi_line_text1', value: String.raw`Line1\\nLine2` },
    { key: 'multi_select1', value: ['001', '002'] },
  ],
  notes: [{ title: 'test subject', body: 'test body', public: true }],
};
