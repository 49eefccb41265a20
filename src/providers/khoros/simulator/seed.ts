// What the simulated CRM declares and holds from the start: its case and customer object
// structures, a customer for each of the shared seed requesters, and their cases.
import { SEED_REQUESTERS, SEED_SUBJECTS, pick, seedTimes, seededRandom } from '../../../simulators/people.js';
import type { KhorosCaseStatus, KhorosFieldDefinition, KhorosInteraction } from '../wire.js';

/** The case fields the simulator declares by default: the docs' `clubNo` plus one of each other type. */
export const KHOROS_SIM_CASE_FIELDS: readonly KhorosFieldDefinition[] = [
  { name: 'clubNo', label: 'Customer Club Number', type: 'text', searchable: false },
  {
    name: 'tier',
    label: 'Membership Tier',
    type: 'single_sel_list',
    searchable: false,
    listValues: [
      { name: 'Gold', value: 'gold' },
      { name: 'Silver', value: 'silver' },
      { name: 'Bronze', value: 'bronze' },
    ],
  },
  { name: 'vip', label: 'VIP Customer', type: 'checkbox', searchable: false },
  { name: 'agentSummary', label: 'Agent Summary', type: 'textarea', searchable: false },
];

/** Customer fields, served by `/meta/object/customer` (only Customer fields are searchable). */
export const KHOROS_SIM_CUSTOMER_FIELDS: readonly KhorosFieldDefinition[] = [
  { name: 'email', label: 'Email', type: 'text', searchable: true },
  { name: 'name', label: 'Name', type: 'text', searchable: false },
  { name: 'clubNo', label: 'Customer Club Number', type: 'text', searchable: true },
  { name: 'loyaltyOptIn', label: 'Loyalty Opt-in', type: 'checkbox', searchable: false },
];

/** A customer as the simulated CRM holds it: its id and the values of its customer fields. */
export interface KhorosSimCustomer {
  id: string;
  values: Record<string, string | boolean>;
}

/** One customer per shared seed requester (`cust-0001` is ada@example.com, `cust-0002` grace@example.com, ...). */
export const KHOROS_SIM_CUSTOMERS: readonly KhorosSimCustomer[] = SEED_REQUESTERS.map((r, i) => ({
  id: `cust-${String(i + 1).padStart(4, '0')}`,
  values: {
    email: r.email,
    name: r.name,
    clubNo: `CLUB-${String(7 + i * 13).padStart(4, '0')}`,
    loyaltyOptIn: i % 3 !== 1,
  },
}));

/** How many cases the simulator holds from the start unless told otherwise. */
export const KHOROS_SIM_SEED_CASE_COUNT = 60;

/** A seeded case before the simulator gives it an id, number and url. */
export interface KhorosSimSeedCase {
  customerId: string;
  title: string;
  status: KhorosCaseStatus;
  created: string;
  lastUpdated: string;
  interactions: KhorosInteraction[];
  custom: Record<string, string | boolean>;
}

const DETAILS = [
  'Please help, this is the second time I am writing.',
  'Can someone from the team look into it today?',
  'I have attached the order confirmation.',
  'Nothing on the website explains what to do.',
  'Your chat agent told me to post here.',
] as const;

const TIERS = ['gold', 'silver', 'bronze'] as const;

/**
 * `count` cases across the seeded customers, the same on every start: the first sixteen alternate
 * between ada@ and grace@ (so each has several), the rest are drawn at random; statuses open and
 * closed, distinct creation and update instants, and some custom case property values.
 */
export function khorosSeedCases(count: number = KHOROS_SIM_SEED_CASE_COUNT): KhorosSimSeedCase[] {
  const random = seededRandom(0x6b68726f);
  const used = new Set<number>();
  const cases: KhorosSimSeedCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = i < 16 ? i % 2 : Math.floor(random() * SEED_REQUESTERS.length);
    const requester = SEED_REQUESTERS[index] ?? SEED_REQUESTERS[0];
    const customer = KHOROS_SIM_CUSTOMERS[index] ?? KHOROS_SIM_CUSTOMERS[0];
    if (!customer) throw new Error('The Khoros simulator seeds need customers.');
    const subject = pick(SEED_SUBJECTS, random);
    const { createdAt, updatedAt } = seedTimes(random, used);
    const postId = `${1_000_000 + i * 7919}`;
    const custom: Record<string, string | boolean> = {};
    if (random() < 0.5) custom.clubNo = String(customer.values.clubNo);
    if (random() < 0.6) custom.tier = pick(TIERS, random);
    if (random() < 0.5) custom.vip = random() < 0.3;
    if (random() < 0.2) custom.agentSummary = `Followed up with ${requester.name.split(' ')[0] ?? 'the customer'}.`;
    cases.push({
      customerId: customer.id,
      title: subject,
      status: random() < 0.6 ? 'open' : 'closed',
      created: new Date(createdAt).toISOString(),
      lastUpdated: new Date(updatedAt).toISOString(),
      interactions: [
        {
          created: new Date(createdAt).toISOString(),
          body: `${subject}. ${pick(DETAILS, random)}`,
          linkUrl: `https://www.facebook.com/brand/posts/${postId}`,
          serviceId: postId,
          service: 'facebook',
          contentType: 'post',
          author: {
            service: 'facebook',
            serviceId: `fb-${customer.id}`,
            handle: requester.email.split('@')[0] ?? requester.email,
            name: requester.name,
            brandOwned: false,
          },
        },
      ],
      custom,
    });
  }
  return cases;
}
