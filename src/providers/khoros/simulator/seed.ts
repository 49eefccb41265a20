// What the simulated CRM declares: its case and customer object structures.
import type { KhorosFieldDefinition } from '../wire.js';

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
  { name: 'clubNo', label: 'Customer Club Number', type: 'text', searchable: true },
  { name: 'loyaltyOptIn', label: 'Loyalty Opt-in', type: 'checkbox', searchable: false },
];
