// The README's "Finding cases" support table, rendered from each provider's listing rules (the same
// rules its list request is built from), so the table cannot claim what the request does not do.
import { CASE_FILTER_KEYS, CASE_ORDER_FIELDS } from '../src/domain/listing.js';
import type { SupportEntry } from '../src/domain/listing.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';

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

export function replaceListingTable(readme: string, table: string): string {
  const start = readme.indexOf(LISTING_TABLE_START);
  const end = readme.indexOf(LISTING_TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${LISTING_TABLE_START} … ${LISTING_TABLE_END} markers`);
  return `${readme.slice(0, start + LISTING_TABLE_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
