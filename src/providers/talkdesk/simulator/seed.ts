// What the simulated Talkdesk account holds before any request: its case fields (one of each key
// prefix of the create sample, one required to solve, one inactive), its agents and case 1.

/** One entry of a field's `dict_list`; the docs' sample spells the label `lable`. */
export interface DictEntry {
  key: string;
  value?: string;
  lable?: string;
  children?: DictEntry[] | null;
}

/** One item of `GET /cm/meta/va/fields` (docs.talkdesk.com/reference/get-a-list-of-case-fields). */
export interface FieldDefinition {
  id: string;
  key: string;
  name: string;
  type: string;
  description: string;
  dict_list?: DictEntry[];
  /** "If true, agents must enter a value in the field to change the case status to solved." */
  required: boolean;
  active: boolean;
  created_at: string;
  updated_at: string;
}

const SEEDED_AT = '2024-01-15T08:00:00Z';

function field(
  id: string,
  key: string,
  name: string,
  type: string,
  extra: Partial<Pick<FieldDefinition, 'dict_list' | 'required' | 'active'>> = {},
): FieldDefinition {
  return {
    id,
    key,
    name,
    type,
    description: `${name} (${type})`,
    ...(extra.dict_list ? { dict_list: extra.dict_list } : {}),
    required: extra.required ?? false,
    active: extra.active ?? true,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
  };
}

export function seedFields(): FieldDefinition[] {
  return [
    field('1', 'text1', 'Order number', 'text'),
    field('2', 'checkbox1', 'Follow-up needed', 'checkbox'),
    field('3', 'dropdown1', 'Region', 'dropdown', {
      dict_list: [
        { key: '1', value: 'North' },
        { key: '2', value: 'South' },
        { key: '3', value: 'East' },
      ],
    }),
    field('4', 'dependent_field1', 'Product', 'dependent_field', {
      dict_list: [
        {
          key: '3a20c48f-3e33-49b0-af22-63eba6fa4cc3',
          lable: 'a',
          children: [
            {
              key: 'bbb2a5e7-6190-4eb1-b889-ec37e0badd0b',
              lable: 'a1',
              children: [{ key: 'e9e3c93a-1b28-489a-96fe-6b3e9ca60976', lable: 'a11', children: null }],
            },
          ],
        },
        { key: '5c1d7e3a-95a4-4f0e-8d7e-0e1f2a3b4c5d', lable: 'b', children: null },
      ],
    }),
    field('5', 'date1', 'Due date', 'date'),
    field('6', 'numeric1', 'Units affected', 'numeric'),
    field('7', 'decimal1', 'Refund amount', 'decimal'),
    field('8', 'multi_line_text1', 'Steps to reproduce', 'multi_line_text'),
    // Labelled with the docs' "lable" spelling.
    field('9', 'multi_select1', 'Channels', 'multi_select', {
      dict_list: [
        { key: '001', lable: '1111' },
        { key: '002', lable: '2222' },
        { key: '003', lable: '3333' },
      ],
    }),
    field('10', 'text2', 'Root cause', 'text', { required: true }),
    field('11', 'text9', 'Legacy code', 'text', { active: false }),
  ];
}

export const SEEDED_AGENTS: ReadonlyMap<string, string> = new Map([
  ['61036b508ff57b5578f25a10', 'Ana Agent'],
  ['61036b508ff57b5578f25a11', 'Bruno Agent'],
]);

export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export const STATUSES = ['NEW', 'OPEN', 'PENDING', 'ON-HOLD', 'RESOLVED', 'CLOSED'] as const;
export type StoredStatus = (typeof STATUSES)[number];
export type StoredPriority = (typeof PRIORITIES)[number];

export type StoredValue = string | number | boolean | string[];

export interface StoredNote {
  id: string;
  note_title: string | null;
  note_body: string;
  public: boolean;
}

export interface StoredCase {
  id: string;
  title: string;
  description: string;
  parent_id: string | null;
  owner_id: string | null;
  status: StoredStatus;
  type: string | null;
  priority: StoredPriority | null;
  resolution: string | null;
  group_id: string | null;
  requester_id: string | null;
  requester_name: string | null;
  requester_email: string | null;
  requester_phone: string | null;
  requester_type: string;
  custom_fields: Map<string, StoredValue>;
  notes: StoredNote[];
  create_at: string;
  update_at: string;
}

/** Case 1: a requester with a phone, an agent, a custom-field value and a note, as get-case-details shows them. */
export function seedCase(requesterId: string, noteId: string): StoredCase {
  const at = '2024-03-01T09:00:00Z';
  return {
    id: '1',
    title: 'Cannot log in to the customer portal',
    description: 'The login page rejects a valid password since Monday.',
    parent_id: null,
    owner_id: '61036b508ff57b5578f25a10',
    status: 'OPEN',
    type: 'INCIDENT',
    priority: 'NORMAL',
    resolution: null,
    group_id: null,
    requester_id: requesterId,
    requester_name: 'Richard Roe',
    requester_email: 'richardroe@example.com',
    requester_phone: '+16785828251',
    requester_type: 'Contact',
    custom_fields: new Map<string, StoredValue>([['text1', 'ORD-1001']]),
    notes: [{ id: noteId, note_title: 'Called back', note_body: 'Left a voicemail.', public: false }],
    create_at: at,
    update_at: at,
  };
}
