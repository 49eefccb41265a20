// Production never loads simulator code: `npm start` with NODE_ENV=production refuses simulators,
// and a module that is never imported cannot misbehave or widen the attack surface. Simulators are
// reached only through `ProviderModule.startSimulator`'s dynamic import.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('../..', import.meta.url).pathname);

/** Relative modules a source file imports at load time (`import … from`, `export … from`; not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)';/gms)) {
    found.push(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
  }
  return found;
}

function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

describe('the production module graph', () => {
  const reachable = [...reachableFrom(resolve(root, 'src/main.ts'))].map((f) => f.slice(root.length + 1));

  it('reaches every provider module, the server and its schema', () => {
    for (const file of [
      'src/app.ts',
      'src/schema.ts',
      'src/providers/registry.ts',
      'src/providers/khoros/client.ts',
      'src/providers/sprinklr/client.ts',
      'src/providers/thalamus/client.ts',
      'src/providers/talkdesk/client.ts',
    ]) {
      expect(reachable).toContain(file);
    }
  });

  it('does not import any simulator statically', () => {
    expect(reachable.filter((f) => /simulator/i.test(f))).toEqual([]);
  });
});
