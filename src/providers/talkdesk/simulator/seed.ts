// What the simulated Talkdesk account holds before any request: its case fields (one of each key
// prefix of the create sample, one required to solve, one inactive), its agents, case 1 and, after
// it, cases raised by the requesters every simulator shares (src/simulators/people.ts).
import { SEED_AGENTS, SEED_SUBJECTS, pick, requesterAt, seedTimes, seededRandom } from '../../../simulators/people.js';

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

/** The shared seed agents' Talkdesk ids (24-hex, like the samples' `owner_id`). */
export const SEED_AGENT_IDS: Readonly<Record<(typeof SEED_AGENTS)[number]['key'], string>> = {
  sam: '61036b508ff57b5578f25a12',
  kim: '61036b508ff57b5578f25a13',
  lee: '61036b508ff57b5578f25a14',
};

export const SEEDED_AGENTS: ReadonlyMap<string, string> = new Map([
  ['61036b508ff57b5578f25a10', 'Ana Agent'],
  ['61036b508ff57b5578f25a11', 'Bruno Agent'],
  ...SEED_AGENTS.map((a): [string, string] => [SEED_AGENT_IDS[a.key], a.name]),
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

/** How many cases the simulator seeds after case 1 unless told otherwise. */
export const DEFAULT_SEEDED_CASES = 80;

const SEED_TYPES = ['QUESTION', 'INCIDENT', 'PROBLEM', 'TASK'] as const;
const SEED_REGIONS = ['1', '2', '3'] as const;
const SEED_CHANNELS = ['001', '002', '003'] as const;
const at = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * `count` cases after case 1 (ids 2, 3, ...), the same on every start: every status, priorities
 * (some none), the shared requesters (Ada and Grace on every fourth case each, the others drawn),
 * agents (none on New cases, as Talkdesk assigns to open them), distinct whole-second creation and
 * update times in SEED_WINDOW, and some custom-field values and notes. `requesterId` gives each
 * requester its contact id and `noteId` numbers the notes.
 */
export function seedCases(count: number, requesterId: (email: string) => string, noteId: () => string): StoredCase[] {
  const random = seededRandom(0x7a1d35c);
  const used = new Set<number>();
  const cases: StoredCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const requester = requesterAt(i, 4, random);
    const status = pick(STATUSES, random);
    const agent = status === 'NEW' ? null : pick(SEED_AGENTS, random);
    const priority = random() < 0.15 ? null : pick(PRIORITIES, random);
    const subject = pick(SEED_SUBJECTS, random);
    const times = seedTimes(random, used);
    const custom = new Map<string, StoredValue>();
    if (i % 3 === 0) custom.set('dropdown1', pick(SEED_REGIONS, random));
    if (i % 5 === 0) custom.set('checkbox1', random() < 0.5);
    if (i % 4 === 2) custom.set('text1', `ORD-${2000 + i}`);
    if (i % 7 === 0) custom.set('multi_select1', [pick(SEED_CHANNELS, random)]);
    if (status === 'RESOLVED' || status === 'CLOSED') custom.set('text2', 'Fixed by support');
    cases.push({
      id: String(i + 2),
      title: subject,
      description: `${requester.name} writes: ${subject.toLowerCase()}.`,
      parent_id: null,
      owner_id: agent ? SEED_AGENT_IDS[agent.key] : null,
      status,
      type: random() < 0.2 ? null : pick(SEED_TYPES, random),
      priority,
      resolution: status === 'RESOLVED' || status === 'CLOSED' ? 'Solved on first contact' : null,
      group_id: null,
      requester_id: requesterId(requester.email),
      requester_name: requester.name,
      requester_email: requester.email,
      requester_phone: i % 6 === 0 ? `+1555010${String(i).padStart(4, '0')}` : null,
      requester_type: 'Contact',
      custom_fields: custom,
      notes:
        i % 5 === 1
          ? [
              {
                id: noteId(),
                note_title: 'Follow-up',
                note_body: `Asked ${requester.name} for details.`,
                public: false,
              },
            ]
          : [],
      create_at: at(times.createdAt),
      update_at: at(times.updatedAt),
    });
  }
  return cases;
}
