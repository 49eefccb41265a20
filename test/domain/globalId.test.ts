import { describe, expect, it } from 'vitest';
import { caseGlobalId, fromGlobalId, toGlobalId } from '../../src/domain/globalId.js';
import type { CaseProvider } from '../../src/domain/model.js';

const PROVIDERS: CaseProvider[] = ['KHOROS', 'SPRINKLR', 'THALAMUS', 'TALKDESK'];

describe('global ids', () => {
  it('round-trip type, provider and keys, including keys with separators and non-ASCII', () => {
    const keys = ['c:1/2', 'id', 'ñ %3A x'];
    const id = toGlobalId('Comment', 'SPRINKLR', keys);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromGlobalId(id, PROVIDERS)).toEqual({ type: 'Comment', provider: 'SPRINKLR', keys });
  });

  it('differ between providers for the same vendor id, and are stable', () => {
    expect(caseGlobalId('TALKDESK', '1')).not.toBe(caseGlobalId('THALAMUS', '1'));
    // Published contract: clients and other subgraphs store these ids, so the encoding must not change.
    expect(caseGlobalId('TALKDESK', '1')).toBe('Q2FzZTpUQUxLREVTSzox');
    expect(Buffer.from(caseGlobalId('THALAMUS', '42'), 'base64url').toString()).toBe('Case:THALAMUS:42');
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'Case:TALKDESK:1'],
    ['padded base64', `${Buffer.from('Case:TALKDESK:1').toString('base64')}=`],
    ['unknown type', Buffer.from('Ticket:TALKDESK:1').toString('base64url')],
    ['unknown provider', Buffer.from('Case:ZENDESK:1').toString('base64url')],
    ['no keys', Buffer.from('Case:TALKDESK').toString('base64url')],
    ['an empty key', Buffer.from('Case:TALKDESK:').toString('base64url')],
    ['a broken escape', Buffer.from('Case:TALKDESK:%E0%A4%A').toString('base64url')],
    ['over 2 KiB', 'A'.repeat(2049)],
  ])('reject %s', (_why, id) => {
    expect(fromGlobalId(id, PROVIDERS)).toBeNull();
  });

  it('reject a provider this instance does not know', () => {
    expect(fromGlobalId(caseGlobalId('KHOROS', '1'), ['TALKDESK'])).toBeNull();
  });
});
