// The configuration table of docs/configuration.md, rendered from VARIABLES: one row per variable, so
// the table cannot forget one or keep a stale default.
import { VARIABLES } from '../src/config.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';
import type { VariableDoc } from '../src/providers/shared/env.js';

/** The file the table is written into (`npm run docs:config`), relative to the repository root. */
export const CONFIG_TABLE_FILE = 'docs/configuration.md';
export const CONFIG_TABLE_START = '<!-- config-table:start -->';
export const CONFIG_TABLE_END = '<!-- config-table:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** Every variable: casegraph's own, then each vendor's (as the registry lists the vendors). */
export function allVariables(): VariableDoc[] {
  return [...Object.values(VARIABLES), ...PROVIDER_MODULES.flatMap((m) => m.variables)];
}

/** One markdown row per variable: name, type, default, example, what it does. */
export function configTableRows(): string[][] {
  return allVariables().map((v) => [
    `\`${v.name}\``,
    cell(v.type),
    cell(v.shownDefault),
    `\`${cell(v.example)}\``,
    cell(v.meaning),
  ]);
}

export function configTable(): string {
  const rows = [
    ['Variable', 'Type', 'Default', 'Example', ''],
    ['---', '---', '---', '---', '---'],
    ...configTableRows(),
  ];
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function replaceConfigTable(doc: string, table: string): string {
  const start = doc.indexOf(CONFIG_TABLE_START);
  const end = doc.indexOf(CONFIG_TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${CONFIG_TABLE_FILE} has no ${CONFIG_TABLE_START} … ${CONFIG_TABLE_END} markers`);
  return `${doc.slice(0, start + CONFIG_TABLE_START.length)}\n\n${table}\n\n${doc.slice(end)}`;
}
