import { isInputObjectType, isListType, isNonNullType } from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS, MAX_STRING_LENGTH, inputLimitProblems } from '../../src/domain/limits.js';
import { buildCasegraphSchema } from '../../src/schema.js';

const unwrap = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

describe('list limits in the schema', () => {
  it('every list a mutation input can carry has a maximum, stated in its description', () => {
    const schema = buildCasegraphSchema();
    const lists: Array<{ name: string; description: string }> = [];
    const seen = new Set<string>();
    const visit = (typeName: string) => {
      const type = schema.getType(typeName);
      if (!isInputObjectType(type) || seen.has(typeName)) return;
      seen.add(typeName);
      for (const field of Object.values(type.getFields())) {
        const fieldType = unwrap(field.type);
        if (isListType(fieldType)) lists.push({ name: field.name, description: field.description ?? '' });
        const named = isListType(fieldType) ? unwrap(fieldType.ofType) : fieldType;
        if (isInputObjectType(named)) visit(named.name);
      }
    };
    visit('CreateCaseInput');
    visit('UpdateCaseInput');
    expect(lists.length).toBeGreaterThanOrEqual(10);
    for (const { name, description } of lists) {
      const max = MAX_LIST_ITEMS[name];
      expect(max, `${name} has no maximum in MAX_LIST_ITEMS`).toBeDefined();
      expect(description).toContain(`At most ${max} per request.`);
    }
  });
});

describe('inputLimitProblems', () => {
  it('refuses lists over their maximum, naming the path and the count', () => {
    const comments = Array.from({ length: 21 }, (_, i) => ({ body: `c${i}` }));
    expect(inputLimitProblems({ comments })).toEqual([
      { path: ['comments'], message: 'At most 20 items per request; 21 were given.' },
    ]);
    expect(inputLimitProblems({ comments: comments.slice(0, 20) })).toEqual([]);
    const values = Array.from({ length: 101 }, (_, i) => `v${i}`);
    expect(inputLimitProblems({ customFields: [{ key: 'tags', value: values }] })[0]?.path).toEqual([
      'customFields',
      '0',
      'value',
    ]);
  });

  it('refuses strings over the vendor maximum or the global ceiling', () => {
    expect(inputLimitProblems({ talkdesk: { groupId: 'g'.repeat(256) } }, { 'talkdesk.groupId': 255 })).toEqual([
      { path: ['talkdesk', 'groupId'], message: 'At most 255 characters; 256 were given.' },
    ]);
    expect(inputLimitProblems({ notes: [{ body: 'n'.repeat(MAX_STRING_LENGTH + 1) }] })).toEqual([
      { path: ['notes', '0', 'body'], message: `At most ${MAX_STRING_LENGTH} characters; 10001 were given.` },
    ]);
    expect(inputLimitProblems({ notes: [{ body: 'n'.repeat(300) }] }, { 'notes.body': 255 })[0]?.path).toEqual([
      'notes',
      '0',
      'body',
    ]);
  });

  it('refuses control characters but keeps tab, line feed and carriage return', () => {
    expect(inputLimitProblems({ title: 'line one\r\nline two\tend' })).toEqual([]);
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085']) {
      expect(inputLimitProblems({ title: `bad${control}` })).toEqual([
        {
          path: ['title'],
          message: 'Control characters other than tab, line feed and carriage return are not allowed.',
        },
      ]);
    }
  });

  it('refuses numbers JSON has already rounded, and keeps the ones it carries exactly', () => {
    expect(inputLimitProblems({ customFields: [{ key: 'n', value: 2 ** 64 }] })).toEqual([
      {
        path: ['customFields', '0', 'value'],
        message: 'The number cannot be represented exactly; send it as a string if it is an identifier.',
      },
    ]);
    expect(inputLimitProblems({ customFields: [{ key: 'n', value: Number.MAX_SAFE_INTEGER }] })).toEqual([]);
    expect(inputLimitProblems({ customFields: [{ key: 'n', value: 0.1 }] })).toEqual([]);
  });

  it('passes dates and URLs through as the scalars parsed them', () => {
    expect(
      inputLimitProblems({ interactions: [{ createdAt: new Date(), linkUrl: new URL('https://x.example/1') }] }),
    ).toEqual([]);
  });
});
