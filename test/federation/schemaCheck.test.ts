// The offline breaking-change check. Every mutated schema is derived from the SDL casegraph serves
// today, so these tests fail (rather than pass vacuously) when the schema moves under them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  breakingChangeAdvice,
  checkSchemaChanges,
  formatSchemaChanges,
  renderPublishedSchema,
} from '../../src/federation/schemaCheck.js';
import type { SchemaChanges } from '../../src/federation/schemaCheck.js';
import { subgraphSdl } from '../../src/schema.js';

const current = subgraphSdl();

/** The `type Case { ... }` (or input/enum) block of the SDL, found by its keyword and name. */
function block(sdl: string, kind: 'type' | 'input' | 'enum', name: string): string {
  const match = new RegExp(`^${kind} ${name}\\b[^{]*\\{\\n[\\s\\S]*?\\n\\}`, 'm').exec(sdl);
  if (match === null) throw new Error(`${kind} ${name} is not in the current subgraph SDL`);
  return match[0];
}

/** Replaces `from` inside one block, and fails the test if it was not there exactly once. */
function editBlock(sdl: string, kind: 'type' | 'input' | 'enum', name: string, from: string, to: string): string {
  const original = block(sdl, kind, name);
  expect(original.split(from), `"${from}" once in ${kind} ${name}`).toHaveLength(2);
  const edited = sdl.replace(original, original.replace(from, to));
  expect(edited).not.toBe(sdl);
  return edited;
}

/** Removes a field or enum value, with its description, from one block. */
function removeMember(sdl: string, kind: 'type' | 'input' | 'enum', name: string, member: string): string {
  const original = block(sdl, kind, name);
  const withDescription = new RegExp(`\\n(  """(?:(?!""")[\\s\\S])*"""\\n)?  ${member}\\n`);
  expect(withDescription.test(original), `${member} in ${kind} ${name}`).toBe(true);
  const edited = sdl.replace(original, original.replace(withDescription, '\n'));
  expect(edited).not.toBe(sdl);
  return edited;
}

const summary = (c: SchemaChanges) => ({
  breaking: c.breaking.map((x) => `${x.type} ${x.path ?? ''}`),
  dangerous: c.dangerous.map((x) => `${x.type} ${x.path ?? ''}`),
  safe: c.safe.map((x) => `${x.type} ${x.path ?? ''}`),
});

describe('checkSchemaChanges against the real subgraph SDL', () => {
  it('finds no change between the current SDL and its own published rendering (header comment included)', async () => {
    const changes = await checkSchemaChanges(renderPublishedSchema(current), current);
    expect(summary(changes)).toEqual({ breaking: [], dangerous: [], safe: [] });
    expect(breakingChangeAdvice(changes, 'published.graphql')).toBeUndefined();
  });

  it('fails on a removed output field', async () => {
    const next = removeMember(current, 'type', 'Case', 'vendorStatus: String');
    const changes = await checkSchemaChanges(current, next);
    expect(summary(changes).breaking).toEqual(['FIELD_REMOVED Case.vendorStatus']);
  });

  it('fails on an input field made non-null', async () => {
    const next = editBlock(current, 'input', 'CreateCaseInput', '  title: String\n', '  title: String!\n');
    const changes = await checkSchemaChanges(current, next);
    expect(summary(changes).breaking).toEqual(['INPUT_FIELD_TYPE_CHANGED CreateCaseInput.title']);
  });

  it('fails on a removed enum value', async () => {
    const next = removeMember(current, 'enum', 'CaseStatus', 'OTHER');
    const changes = await checkSchemaChanges(current, next);
    expect(summary(changes).breaking).toEqual(['ENUM_VALUE_REMOVED CaseStatus.OTHER']);
  });

  it('passes an added nullable output field and an added optional input field, reported as safe', async () => {
    let next = editBlock(current, 'type', 'Case', '\n}', '\n\n  """Added by a test."""\n  checkProbe: String\n}');
    next = editBlock(next, 'input', 'CreateCaseInput', '\n}', '\n\n  checkProbe: String\n}');
    const changes = await checkSchemaChanges(current, next);
    const { breaking, dangerous, safe } = summary(changes);
    expect({ breaking, dangerous }).toEqual({ breaking: [], dangerous: [] });
    // The inspector lists a new field's description as a change of its own.
    expect(safe.sort()).toEqual([
      'FIELD_ADDED Case.checkProbe',
      'FIELD_DESCRIPTION_ADDED Case.checkProbe',
      'INPUT_FIELD_ADDED CreateCaseInput.checkProbe',
    ]);
    expect(breakingChangeAdvice(changes, 'published.graphql')).toBeUndefined();
  });

  it('fails on a removed entity key (other subgraphs reference cases by it), and passes an added one', async () => {
    const key = '\n  @key(fields: "provider vendorId")';
    expect(current).toContain(`type Case implements Node\n  @key(fields: "id")${key}\n{`);
    const withoutKey = current.replace(key, '');
    const removed = await checkSchemaChanges(current, withoutKey);
    expect(summary(removed)).toEqual({
      breaking: ['ENTITY_KEY_REMOVED Case'],
      dangerous: [],
      safe: [],
    });
    expect(removed.breaking[0]?.message).toBe('Entity key Case @key(fields: "provider vendorId") was removed');

    const added = await checkSchemaChanges(withoutKey, current);
    expect(summary(added)).toEqual({ breaking: [], dangerous: [], safe: ['ENTITY_KEY_ADDED Case'] });
    // Nothing about federation's own _entities/_Entity, which follow from keys.
    const all = [...removed.breaking, ...removed.dangerous, ...removed.safe];
    expect(all.filter((c) => /(^|\.)_/.test(c.path ?? ''))).toEqual([]);
  });

  it('formats every change with its classification and a summary line', async () => {
    let next = removeMember(current, 'enum', 'CaseStatus', 'OTHER');
    next = editBlock(next, 'type', 'Case', '\n}', '\n\n  checkProbe: String\n}');
    const changes = await checkSchemaChanges(current, next);
    const text = formatSchemaChanges(changes, 'schema/published/casegraph.graphql');
    expect(text).toMatch(/^BREAKING {2}ENUM_VALUE_REMOVED CaseStatus\.OTHER: /m);
    expect(text).toMatch(/^SAFE {6}FIELD_ADDED Case\.checkProbe: /m);
    expect(text).toContain(
      'schema check: 2 change(s) against schema/published/casegraph.graphql: 1 breaking, 0 dangerous, 1 safe',
    );
    expect(breakingChangeAdvice(changes, 'schema/published/casegraph.graphql')).toBe(
      '1 breaking change(s) against schema/published/casegraph.graphql. If deliberate, run `npm run schema:publish` ' +
        'and commit the result so the break is a reviewable diff.',
    );
  });
});

describe('the schema:check and schema:publish CLIs', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'casegraph-schema-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
  }

  // Resolves only once the process has exited and its output is closed; a hung CLI is killed, and
  // the test then fails on its exit code rather than leaving the process behind.
  function run(script: string, args: string[]): Promise<Run> {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  it('publish writes a file the check then passes with zero changes', async () => {
    const published = join(dir, 'round-trip.graphql');
    const publish = await run('scripts/schema-publish.ts', ['--published', published]);
    expect(publish.code).toBe(0);
    expect(readFileSync(published, 'utf8')).toBe(renderPublishedSchema(current));

    const check = await run('scripts/schema-check.ts', ['--published', published]);
    expect(check).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toContain(`schema check: 0 change(s) against ${published}: 0 breaking, 0 dangerous, 0 safe`);
  });

  it('exits 1 and prints the classification when the current schema breaks the published one', async () => {
    // Published has a field the current schema lacks: to the check, the current schema removed it.
    const published = join(dir, 'breaking.graphql');
    writeFileSync(
      published,
      renderPublishedSchema(editBlock(current, 'type', 'Case', '\n}', '\n\n  checkProbe: String\n}')),
    );
    const check = await run('scripts/schema-check.ts', ['--published', published]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^BREAKING {2}FIELD_REMOVED Case\.checkProbe: /m);
    expect(check.stdout).toContain(`1 breaking change(s) against ${published}. If deliberate, run`);
  });

  it('exits 1 and says how to publish when there is no published file', async () => {
    const check = await run('scripts/schema-check.ts', ['--published', join(dir, 'missing.graphql')]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('does not exist');
    expect(check.stderr).toContain('npm run schema:publish');
  });
});
