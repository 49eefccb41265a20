// Composition of casegraph with the example customers subgraph: the committed supergraph is current,
// and a subgraph that breaks a composition rule fails with the composer's own code and locations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROUTING_URLS,
  SUPERGRAPH_PATH,
  composeSupergraph,
  exampleSubgraphs,
} from '../../examples/supergraph/compose.js';
import type { SubgraphSource } from '../../examples/supergraph/compose.js';

/** The example subgraphs with the customers SDL rewritten by `edit`. */
function withCustomers(edit: (sdl: string) => string): SubgraphSource[] {
  return exampleSubgraphs().map((s) => (s.name === 'customers' ? { ...s, sdl: edit(s.sdl) } : s));
}

describe('supergraph composition', () => {
  it('composes without hints into the committed supergraph, routing to the default local URLs', () => {
    const composition = composeSupergraph(exampleSubgraphs());
    expect(composition).toMatchObject({ ok: true, hints: [] });
    if (!composition.ok) return;
    expect(composition.supergraphSdl).toBe(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    expect(composition.supergraphSdl).toContain(
      `CASEGRAPH @join__graph(name: "casegraph", url: "${DEFAULT_ROUTING_URLS.casegraph}")`,
    );
    expect(composition.supergraphSdl).toContain(
      `CUSTOMERS @join__graph(name: "customers", url: "${DEFAULT_ROUTING_URLS.customers}")`,
    );
  });

  it('a CaseProvider enum missing a value fails: casegraph uses it as input and output', () => {
    const composition = composeSupergraph(withCustomers((sdl) => sdl.replace(/^ {2}KHOROS\n/m, '')));
    expect(composition.ok).toBe(false);
    if (composition.ok) return;
    expect(composition.errors).toHaveLength(1);
    expect(composition.errors[0]).toMatch(/^\[ENUM_VALUE_MISMATCH\] Enum type "CaseProvider" is used as both input/);
    expect(composition.errors[0]).toContain(
      '"KHOROS" is defined in subgraph "casegraph" but not in subgraph "customers"',
    );
    // Locations name the subgraph, not "GraphQL request".
    expect(composition.errors[0]).toMatch(/\ncustomers:\d+:\d+\n/);
  });

  it('a case reference by a key casegraph does not serve fails: the gateway could not fetch the case', () => {
    const composition = composeSupergraph(
      withCustomers((sdl) =>
        sdl
          .replace(
            '@key(fields: "provider vendorId", resolvable: false)',
            '@key(fields: "vendorId", resolvable: false)',
          )
          .replace('  provider: CaseProvider!\n  vendorId: ID!', '  vendorId: ID!'),
      ),
    );
    expect(composition.ok).toBe(false);
    if (composition.ok) return;
    expect(composition.errors.every((e) => e.startsWith('[SATISFIABILITY_ERROR]'))).toBe(true);
    expect(composition.errors[0]).toContain(
      'cannot move to subgraph "casegraph" using @key(fields: "provider vendorId") of "Case", the key field(s) cannot be resolved from subgraph "customers"',
    );
  });

  it('hints come back as the composer words them', () => {
    const composition = composeSupergraph(
      withCustomers((sdl) => sdl.replace('type Case @key', '"A case, as customers sees it."\ntype Case @key')),
    );
    expect(composition.ok).toBe(true);
    if (!composition.ok) return;
    expect(composition.hints).toHaveLength(1);
    expect(composition.hints[0]).toMatch(/^\[INCONSISTENT_DESCRIPTION\]: Element "Case" has inconsistent descriptions/);
  });
});
