// The id inputs of a write that name objects casegraph serves (`talkdesk.parentId`, `assigneeId`,
// `requester.id`) take the global id casegraph served and reach the vendor as its own id; a vendor
// id still works; anything that was meant as a global id and is not one of the right kind is refused.
import { describe, expect, it } from 'vitest';
import { CaseError } from '../../src/domain/errors.js';
import { caseGlobalId, looksLikeGlobalId, toGlobalId } from '../../src/domain/globalId.js';
import type { CaseProvider } from '../../src/domain/model.js';
import { assigneeGlobalId, authorGlobalId, withVendorIds } from '../../src/resolvers/nodes.js';
import type { WriteIdInputs } from '../../src/resolvers/nodes.js';

/** The ValidationError's fields, or a failed test when the input was accepted. */
function refused(input: WriteIdInputs, provider: CaseProvider): CaseError['fields'] {
  try {
    withVendorIds(input, provider);
  } catch (err) {
    expect(err).toBeInstanceOf(CaseError);
    if (!(err instanceof CaseError)) throw err;
    expect(err.type).toBe('ValidationError');
    return err.fields;
  }
  return expect.unreachable(`accepted ${JSON.stringify(input)}`);
}

describe('withVendorIds', () => {
  it('turns the requester’s Author.id casegraph served into the vendor’s id: Khoros customerId, Sprinklr contact.id', () => {
    const khoros = authorGlobalId({ provider: 'KHOROS', role: 'requester', id: 'cust:42' });
    expect(withVendorIds({ requester: { id: khoros } }, 'KHOROS')).toEqual({ requester: { id: 'cust:42' } });

    const sprinklr = authorGlobalId({ provider: 'SPRINKLR', role: 'requester', id: 'c-7', service: 'EMAIL' });
    expect(withVendorIds({ requester: { id: sprinklr, name: 'Ana' } }, 'SPRINKLR')).toEqual({
      requester: { id: 'c-7', name: 'Ana' },
    });
  });

  it('turns an Assignee.id into the vendor’s agent id, and a Case.id into Talkdesk’s parent id', () => {
    expect(withVendorIds({ assigneeId: assigneeGlobalId({ provider: 'SPRINKLR', id: '1001' }) }, 'SPRINKLR')).toEqual({
      assigneeId: '1001',
    });
    expect(
      withVendorIds({ talkdesk: { parentId: caseGlobalId('TALKDESK', '12'), requesterType: 'Contact' } }, 'TALKDESK'),
    ).toEqual({ talkdesk: { parentId: '12', requesterType: 'Contact' } });
  });

  it('passes vendor ids on as they are, and leaves an input without global ids untouched', () => {
    const input = {
      assigneeId: '61036b508ff57b5578f25a10',
      requester: { id: '6523e901edb45b580403fde9' },
      talkdesk: { parentId: '1' },
    };
    expect(withVendorIds(input, 'TALKDESK')).toBe(input);
    const uuid = { requester: { id: '3a20c48f-3e33-49b0-af22-63eba6fa4cc3' } };
    expect(withVendorIds(uuid, 'KHOROS')).toBe(uuid);
  });

  it('leaves talkdesk.parentId to the shared checks on another provider’s write (they refuse `talkdesk` there)', () => {
    const input = { talkdesk: { parentId: caseGlobalId('TALKDESK', '1') } };
    expect(withVendorIds(input, 'KHOROS')).toBe(input);
  });

  it('refuses a global id of another provider, of another type or role, and one that does not decode, each at its path', () => {
    expect(
      refused(
        {
          talkdesk: { parentId: toGlobalId('Comment', 'TALKDESK', ['1', 'at', '0']) },
          assigneeId: assigneeGlobalId({ provider: 'TALKDESK', id: '61036b508ff57b5578f25a10' }),
          requester: { id: authorGlobalId({ provider: 'SPRINKLR', role: 'comment', id: '9' }) },
        },
        'SPRINKLR',
      ),
    ).toEqual([
      {
        path: ['assigneeId'],
        message: expect.stringContaining('names an assignee in TALKDESK, and this case is in SPRINKLR'),
      },
      {
        path: ['requester', 'id'],
        message: expect.stringContaining('is the id of an author (comment), not of a requester'),
      },
    ]);
    expect(refused({ talkdesk: { parentId: caseGlobalId('TALKDESK', '1').slice(0, -2) } }, 'TALKDESK')).toEqual([
      { path: ['talkdesk', 'parentId'], message: expect.stringContaining('is not a casegraph id that decodes') },
    ]);
  });
});

describe('looksLikeGlobalId', () => {
  it('is true for any global id, also cut short, padded or in standard base64', () => {
    const id = toGlobalId('Assignee', 'SPRINKLR', ['1001?>']);
    expect(looksLikeGlobalId(id)).toBe(true);
    expect(looksLikeGlobalId(id.slice(0, 12))).toBe(true);
    expect(looksLikeGlobalId(Buffer.from('Assignee:SPRINKLR:1001?>').toString('base64'))).toBe(true);
    expect(looksLikeGlobalId(Buffer.from('Case:ZENDESK:1').toString('base64url'))).toBe(true);
  });

  it('is false for the vendors’ own ids', () => {
    for (const vendorId of [
      '1',
      '999999',
      '61036b508ff57b5578f25a10',
      '6523e901edb45b580403fde9',
      '3a20c48f-3e33-49b0-af22-63eba6fa4cc3',
      'ghost-agent',
      'cust:42',
      'example@example.com',
    ]) {
      expect(looksLikeGlobalId(vendorId), vendorId).toBe(false);
    }
  });
});
