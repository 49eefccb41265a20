// The "what each provider can do" table of docs/vendors.md (for `Query.cases`), rendered from each
// provider's listing rules (the same rules its list request is built from), so the table cannot claim
// what the request does not do.
import { CASE_FILTER_KEYS, CASE_ORDER_FIELDS } from '../src/domain/listing.js';
import type { SupportEntry } from '../src/domain/listing.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';

/** The file the table is written into (`npm run docs:config`), relative to the repository root. */
export const LISTING_TABLE_FILE = 'docs/vendors.md';
export const LISTING_TABLE_START = '<!-- listing-table:start -->';
export const LISTING_TABLE_END = '<!-- listing-table:end -->';

const WORD: Record<SupportEntry['support'], string> = {
  NATIVE: 'vendor',
  EMULATED: 'casegraph',
  UNSUPPORTED: 'no',
};

const cell = (entry: SupportEntry): string => `**${WORD[entry.support]}**: ${entry.detail.replaceAll('|', '\\|')}`;

/** One row per filter and order, one column per provider, as the registry lists them. */
export function listingTableRows(): string[][] {
  const required = (key: string) =>
    PROVIDER_MODULES.map((m) => (m.listing.requiredFilters.some((r) => r === key) ? ' (required)' : ''));
  return [
    ...CASE_FILTER_KEYS.map((key) => {
      const marks = required(key);
      return [`\`filter.${key}\``, ...PROVIDER_MODULES.map((m, i) => cell(m.listing.filters[key]) + (marks[i] ?? ''))];
    }),
    ...CASE_ORDER_FIELDS.map((field) => [
      `\`orderBy: ${field}\``,
      ...PROVIDER_MODULES.map((m) => cell(m.listing.orders[field])),
    ]),
    ['`totalCount`', ...PROVIDER_MODULES.map((m) => (m.listing.totalCount ? 'yes' : 'no'))],
  ];
}

export function listingTable(): string {
  const rows = [
    ['', ...PROVIDER_MODULES.map((m) => m.capabilities.name)],
    ['---', ...PROVIDER_MODULES.map(() => '---')],
    ...listingTableRows(),
  ];
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function replaceListingTable(doc: string, table: string): string {
  const start = doc.indexOf(LISTING_TABLE_START);
  const end = doc.indexOf(LISTING_TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${LISTING_TABLE_FILE} has no ${LISTING_TABLE_START} … ${LISTING_TABLE_END} markers`);
  return `${doc.slice(0, start + LISTING_TABLE_START.length)}\n\n${table}\n\n${doc.slice(end)}`;
}
