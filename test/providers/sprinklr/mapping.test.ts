// Sprinklr's own documented examples, through the pure mapping functions, both directions.
import { describe, expect, it } from 'vitest';
import type { CreateCaseInput, UpdateCaseInput } from '../../../src/domain/model.js';
import {
  BULK_FETCH_CHUNK_SIZE,
  fromSprinklrCase,
  fromSprinklrComment,
  fromSprinklrMessage,
  fromSprinklrMessages,
  fromSprinklrPriority,
  fromSprinklrSearchPage,
  fromSprinklrSearchedComment,
  fromSprinklrStatus,
  parseSprinklrMessageId,
  SPRINKLR_PRIORITY_VALUES,
  SPRINKLR_STATUS_NAMES,
  sprinklrCaseMessageIds,
  sprinklrCursorId,
  sprinklrEmailCondition,
  sprinklrStatusCondition,
  toSprinklrBulkFetchBodies,
  toSprinklrCaseSearchBody,
  toSprinklrCommentSearchBody,
  toSprinklrCreateBody,
  toSprinklrPriority,
  toSprinklrPriorityProperty,
  toSprinklrStatus,
  toSprinklrUpdateBody,
} from '../../../src/providers/sprinklr/mapping.js';
import {
  SprinklrAssociatedMessagesResponse,
  SprinklrBulkFetchResponse,
  SprinklrCaseEnvelope,
  SprinklrCaseListEnvelope,
  SprinklrCaseSearchResponse,
  SprinklrCommentEnvelope,
  SprinklrCommentSearchResponse,
} from '../../../src/providers/sprinklr/wire.js';
import type { CheckedCustomField } from '../../../src/providers/shared/validation.js';
import { HELP_ARTICLE_BODY, HELP_ARTICLE_INPUT } from './fixtures.js';

const stringList = (key: string, value: string[], label: string | null = null): CheckedCustomField => ({
  definition: { key, label, type: 'STRING_LIST', required: false, requiredFor: [], options: [] },
  value,
});

/** dev.sprinklr.com "Read Case by Case Id", example response. */
const READ_CASE_EXAMPLE = {
  data: {
    id: '00000197203b3fe5e4b0324aec609fcf',
    caseNumber: 7030591,
    subject: '#7030591 Sprinklr_voice ',
    version: 350,
    status: 'Archived',
    priority: 'High',
    externalCase: { channelType: 'SPRINKLR_VOICE', modifiedTime: 1748592443434 },
    externalCaseInfo: { externalCases: [] },
    workflow: {
      assignment: {
        assigneeId: '66007905',
        assigneeType: 'USER',
        assignedById: 66008059,
        assignmentTime: 1749111272934,
      },
      customProperties: {
        is_tx_av: ['true'],
        _c_64ed7c341456042a0261991f: ['2078'],
        spr_uc_priority: ['High'],
        spr_uc_tag: ['test123'],
        spr_uc_status: ['Archived'],
        spr_uc_last_assigned_agent: ['66007905'],
      },
      queues: [],
    },
    channelCustomProperties: [],
    contact: {
      id: 'SPRINKLR_VOICE___SPR_DEFAULT_PROFILE__',
      channelType: 'SPRINKLR_VOICE',
      channelId: '__SPR_DEFAULT_PROFILE__',
      fromSnUserId: '__SPR_DEFAULT_PROFILE__',
    },
    createdTime: 1870316100000,
    modifiedTime: 1749644307104,
    firstMessageId:
      'VOICE_66124440_1870316106825_SPRINKLR_VOICE_384_00000197203b3fe5e4b0324aec609fcf_recording_2048c2432c24b3d7e1464b7a273d202387ca104f875f6086b067aa0d2cdc9d55',
    latestProfileMessageAssociatedTime: 0,
    conversationId: '0000019720ef0af5e4b08d974f6611e8',
    firstMessageAssociatedTime: 1870316106825,
    latestMessageAssociatedTime: 1748604239691,
    firstUserBrandResponseCreationTime: 1870316106825,
    avgCaseResponseSLA: 2113,
    totalProcessingClockTime: 254565126,
    allEngagedUsersList: ['66064014', '66007905'],
    associatedFanMessageCount: 1,
    associatedBrandMessageCount: 5,
    associatedUserBrandMessageCount: 4,
    deleted: false,
  },
  errors: [],
};

/** dev.sprinklr.com "Create Case", example response (an empty contact, lower-case priority). */
const CREATE_CASE_EXAMPLE = {
  data: {
    id: '633a9f1ce980b61e49f80adb',
    caseNumber: 18005076,
    subject: 'API3.0 Case creation',
    description: 'This case is created with API3.012',
    version: 0,
    status: 'New',
    priority: 'high',
    caseType: 'Incident',
    externalCaseInfo: { externalCases: [] },
    workflow: {
      customProperties: { spr_uc_type: ['Incident'], spr_uc_priority: ['high'], spr_uc_status: ['New'] },
      queues: [],
    },
    channelCustomProperties: [],
    contact: {},
    attachment: {
      url: 'https://qa4-sprcdn-assets.sprinklr.com/400002/c536c5dd-9ddc-47e4-8916-05b291637ec8-637631488.jpg',
      previewUrl: 'https://qa4-sprcdn-assets.sprinklr.com/400002/c536c5dd-9ddc-47e4-8916-05b291637ec8-637631488.jpg',
      type: 'IMAGE',
    },
    dueDate: 0,
    summary: 'Urgent case',
    createdTime: 1664786204436,
    modifiedTime: 1664786204517,
    firstMessageId: 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578',
    latestProfileMessageAssociatedTime: 0,
    firstMessageAssociatedTime: 1582817880350,
    latestMessageAssociatedTime: 1582817880350,
    totalProcessingClockTime: 0,
    allEngagedUsersList: [],
  },
  errors: [],
};

/** dev.sprinklr.com "Read Messages (Bulk)", sample response, verbatim. */
const BULK_FETCH_EXAMPLE = {
  data: [
    {
      sourceType: 'VOICE',
      sourceId: 66076376,
      content: {
        attachment: { commands: [{ from: '+12025391107', type: 'INCOMING_CALL' }], type: 'VOICE' },
        isRichText: false,
      },
      channelMessageId: '000001932ab35db8e4b042fc69f4425d',
      channelType: 'SPRINKLR_VOICE',
      accountType: 'SPRINKLR_VOICE',
      channelCreatedTime: 1731588218296,
      senderProfile: {
        name: '+12025391107',
        channelType: 'SPRINKLR_VOICE',
        channelId: '+12025391107',
        followers: 0,
        following: 0,
        username: '+12025391107',
        unSubscribed: false,
        deleted: false,
        snCreatedTime: 0,
        snModifiedTime: 1731590506410,
        statusCount: 0,
        accountSpecificInfos: [{ accountId: 600053936 }, { accountId: 66076376 }],
        additional: { PHONE_NUMBER_LINE: ['LANDLINE'], PHONE_NO: ['2025391107'], COUNTRY_CODE: ['+1'] },
      },
      receiverProfile: {
        name: 'Vishesh app_DND_New',
        channelType: 'SPRINKLR_VOICE',
        channelId: '+15077044489',
        followers: 0,
        following: 0,
        username: 'Vishesh app_DND_New',
        unSubscribed: false,
        deleted: false,
        snCreatedTime: 0,
        snModifiedTime: 1731582171907,
        statusCount: 0,
        accountSpecificInfos: [],
        additional: {},
      },
      messageId: 'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4425d',
      brandPost: false,
      createdTime: 1731588218337,
      modifiedTime: 1731588218337,
      textEntities: {},
      insights: {},
      workflow: {},
      enrichments: {
        sentiment: 0,
        flaggedWords: { allFlaggedWords: [], imageFlaggedWords: [], messageFlaggedWords: [], videoFlaggedWords: [] },
      },
      conversationId: '000001932ab35afae4b042fc69f4425b',
      autoImported: false,
      autoResponse: false,
      associatedCaseNumber: 5313675,
    },
  ],
  errors: [],
};

/** dev.sprinklr.com "Read Message by ID", example 1 (a Twitter reply), abridged to the fields read. */
const READ_MESSAGE_EXAMPLE = {
  data: {
    sourceType: 'ACCOUNT',
    sourceId: 600039042,
    content: { text: '@bdee @shaun', richText: '@bdee @shaun' },
    channelMessageId: '1511558084136687456',
    channelType: 'TWITTER',
    accountType: 'TWITTER',
    channelCreatedTime: 1649218505306,
    senderProfile: {
      name: 'Raq',
      channelType: 'TWITTER',
      channelId: '1062932421388132786',
      permalink: 'https://twitter.com/Raq1',
      avatarUrl: 'https://abz.twimg.com/sticky/default_profile_images/default_profile.png',
      bio: '',
      followers: 2,
      following: 38,
      username: 'Raq1',
      verified: false,
    },
    receiverProfile: { name: 'bdee', channelType: 'TWITTER', channelId: '859271786', username: 'bdee' },
    permalink: 'https://twitter.com/Himansays/status/1511558084136687456',
    language: 'fr',
    messageId: 'ACCOUNT_600039042_1649218505306_TWITTER_7_1511558084136687456',
    postId: 600000006735621,
    brandPost: false,
    createdTime: 1649218507139,
    modifiedTime: 1649218507567,
    conversationId: '1443895480526598150',
    parentMessageId: 'ACCOUNT_600039042_1634191118951_TWITTER_7_1448528657438359564',
    autoImported: true,
    autoResponse: false,
  },
  errors: [],
};
/** The id example 1 asks for: its time part differs from the `messageId` Sprinklr answers with. */
const READ_MESSAGE_REQUESTED_ID = 'ACCOUNT_600039042_1649218507139_TWITTER_7_1511558084136687456';

/** dev.sprinklr.com "Case Associated Messages", example response (documented without `errors`). */
const ASSOCIATED_MESSAGES_EXAMPLE = {
  data: [
    'ACCOUNT_600000163_1567258145000_INSTAGRAM_37_17927074666310191',
    'ACCOUNT_600000163_1567259773000_INSTAGRAM_305_2122651287519496869_5026524167',
    'ACCOUNT_600000163_1567260408000_INSTAGRAM_304_17843614366624845',
    'ACCOUNT_600000163_1568369975000_INSTAGRAM_311_17960988046292062',
    'ACCOUNT_600000163_1568378183000_INSTAGRAM_311_17986342540277270',
    'ACCOUNT_600000163_1568386528000_INSTAGRAM_311_18098451478040067',
  ],
};

describe('toSprinklrCreateBody', () => {
  it('produces exactly the help article example body from the equivalent input', () => {
    const body = toSprinklrCreateBody(HELP_ARTICLE_INPUT, [stringList('spr_uc_type', ['Complaint'], 'Case type')]);
    expect(JSON.stringify(body)).toBe(JSON.stringify(JSON.parse(HELP_ARTICLE_BODY)));
  });

  it('derives spr_uc_type from caseType when no custom field names it', () => {
    const body = toSprinklrCreateBody({ ...HELP_ARTICLE_INPUT, customFields: null }, []);
    expect(body.workflow.customProperties).toEqual({
      spr_uc_status: ['New'],
      spr_uc_priority: ['High'],
      spr_uc_type: ['Incident'],
    });
  });

  it('puts requester, assignee, queues, external case and custom fields where Sprinklr documents them', () => {
    const input: CreateCaseInput = {
      provider: 'SPRINKLR',
      requester: { id: 'TWITTER_1402509033337024516', name: 'Test User' },
      assigneeId: '1000157828',
      priority: 'URGENT',
      status: 'PENDING',
      sprinklr: {
        firstMessageId: 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372',
        queueIds: ['100072'],
        dueDate: new Date('2024-05-01T10:00:00.000Z'),
        externalCase: {
          id: '5002w00000oOMjEAAW',
          caseNumber: 1907,
          channelType: 'SALESFORCE',
          permalink: new URL('https://example.my.salesforce.com/5002w00000oOMjEAAW'),
        },
      },
    };
    const body = toSprinklrCreateBody(input, [stringList('_c_6915c1fcbcc3d050f77b9943', ['A-1', 'A-2'])]);
    expect(body).toEqual({
      firstMessageId: 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372',
      priority: 'critical',
      dueDate: Date.parse('2024-05-01T10:00:00.000Z'),
      externalCase: {
        id: '5002w00000oOMjEAAW',
        caseNumber: 1907,
        channelType: 'SALESFORCE',
        permalink: 'https://example.my.salesforce.com/5002w00000oOMjEAAW',
      },
      contact: { id: 'TWITTER_1402509033337024516', name: 'Test User' },
      workflow: {
        assignment: { assigneeId: 1000157828 },
        customProperties: {
          spr_uc_status: ['Awaiting Response'],
          spr_uc_priority: ['Critical'],
          _c_6915c1fcbcc3d050f77b9943: ['A-1', 'A-2'],
        },
        queues: ['100072'],
      },
    });
  });
});

describe('toSprinklrUpdateBody', () => {
  const id = '65490621c776c51f01e5a14d';

  it('sends only the update actions a change needs, each with its field', () => {
    const input: UpdateCaseInput = {
      provider: 'SPRINKLR',
      id,
      title: 'New subject',
      description: 'New description',
      status: 'CLOSED',
      priority: 'LOW',
      assigneeId: '1000157828',
      sprinklr: { dueDate: new Date(1699284513821), addQueueIds: ['103197'] },
    };
    const body = toSprinklrUpdateBody(input, [stringList('_c_6915c1fcbcc3d050f77b9943', ['test1'])]);
    expect(body).toEqual({
      caseIds: [id],
      updateActions: [
        'EDIT_SUBJECT',
        'EDIT_DESCRIPTION',
        'SET_DUE_DATE',
        'ASSIGN_TO_USER',
        'ADD_QUEUES',
        'SYNC_SELECTED_PROPERTIES',
      ],
      subject: 'New subject',
      description: 'New description',
      dueDate: 1699284513821,
      assignedTo: 1000157828,
      addedQueues: ['103197'],
      syncedSelectedCustomProperties: {
        spr_uc_status: ['Closed'],
        spr_uc_priority: ['Low'],
        _c_6915c1fcbcc3d050f77b9943: ['test1'],
      },
    });
  });

  it('matches the documented "Sync Selected Custom Properties" example, by case id', () => {
    const body = toSprinklrUpdateBody({ provider: 'SPRINKLR', id }, [
      stringList('_c_6915c1fcbcc3d050f77b9943', ['test1']),
      stringList('_c_6917174fcc00a8338f9fba67', ['nntest']),
    ]);
    expect(body).toEqual({
      caseIds: [id],
      updateActions: ['SYNC_SELECTED_PROPERTIES'],
      syncedSelectedCustomProperties: {
        _c_6915c1fcbcc3d050f77b9943: ['test1'],
        _c_6917174fcc00a8338f9fba67: ['nntest'],
      },
    });
  });

  it('has nothing to send when only comments change', () => {
    expect(toSprinklrUpdateBody({ provider: 'SPRINKLR', id, comments: [{ body: 'x' }] }, [])).toBeNull();
  });
});

describe('fromSprinklrCase', () => {
  it('reads the documented "Read Case by Case Id" response', () => {
    const wire = SprinklrCaseEnvelope.parse(READ_CASE_EXAMPLE).data;
    // Read alone, with no message returned for it, the first message is a bare id.
    const interactions = fromSprinklrMessages(sprinklrCaseMessageIds(wire.firstMessageId, []), []);
    const model = fromSprinklrCase(wire, { comments: [], interactions }, [
      { key: 'spr_uc_tag', label: 'Tags', type: 'STRING_LIST', required: false, requiredFor: [], options: [] },
    ]);
    expect(model).toEqual({
      id: '00000197203b3fe5e4b0324aec609fcf',
      provider: 'SPRINKLR',
      number: '7030591',
      title: '#7030591 Sprinklr_voice ',
      description: null,
      status: 'CLOSED',
      vendorStatus: 'Archived',
      priority: 'HIGH',
      vendorPriority: 'High',
      url: null,
      createdAt: new Date(1870316100000),
      updatedAt: new Date(1749644307104),
      requester: {
        id: 'SPRINKLR_VOICE___SPR_DEFAULT_PROFILE__',
        name: null,
        service: 'SPRINKLR_VOICE',
        serviceId: '__SPR_DEFAULT_PROFILE__',
      },
      assignee: { id: '66007905' },
      interactions: [
        {
          id: READ_CASE_EXAMPLE.data.firstMessageId,
          serviceId: READ_CASE_EXAMPLE.data.firstMessageId,
          body: null,
          createdAt: new Date(1870316106825),
          author: {},
        },
      ],
      notes: [],
      comments: [],
      customFields: [
        { key: 'is_tx_av', label: null, type: 'STRING_LIST', value: ['true'] },
        { key: '_c_64ed7c341456042a0261991f', label: null, type: 'STRING_LIST', value: ['2078'] },
        { key: 'spr_uc_tag', label: 'Tags', type: 'STRING_LIST', value: ['test123'] },
        { key: 'spr_uc_last_assigned_agent', label: null, type: 'STRING_LIST', value: ['66007905'] },
      ],
    });
  });

  it('reads the documented "Create Case" response, whose contact is empty', () => {
    const wire = SprinklrCaseEnvelope.parse(CREATE_CASE_EXAMPLE).data;
    const interactions = [fromSprinklrMessage(SprinklrBulkFetchResponse.parse(BULK_FETCH_EXAMPLE).data![0]!)];
    const model = fromSprinklrCase(wire, { comments: [], interactions });
    expect(model.requester).toBeNull();
    expect(model.assignee).toBeNull();
    expect(model.status).toBe('NEW');
    expect(model.priority).toBe('HIGH');
    expect(model.vendorPriority).toBe('high');
    expect(model.interactions).toBe(interactions);
    expect(model.customFields).toEqual([{ key: 'spr_uc_type', label: null, type: 'STRING_LIST', value: ['Incident'] }]);
  });

  it('takes status and priority from the custom properties when the case has no top-level ones', () => {
    const wire = SprinklrCaseListEnvelope.parse({
      data: [
        {
          id: 'a'.repeat(24),
          caseNumber: 1,
          workflow: { customProperties: { spr_uc_status: ['Awaiting Customer'], spr_uc_priority: ['Critical'] } },
        },
      ],
      errors: [],
    }).data[0]!;
    const model = fromSprinklrCase(wire, { comments: [], interactions: [] });
    expect([model.status, model.vendorStatus, model.priority, model.vendorPriority]).toEqual([
      'PENDING',
      'Awaiting Customer',
      'URGENT',
      'Critical',
    ]);
    expect(model.customFields).toEqual([]);
    expect(model.interactions).toEqual([]);
  });

  it('rejects a case without its documented id or caseNumber', () => {
    expect(SprinklrCaseEnvelope.safeParse({ data: { caseNumber: 1 }, errors: [] }).success).toBe(false);
    expect(SprinklrCaseEnvelope.safeParse({ data: { id: 'x', caseNumber: '1' }, errors: [] }).success).toBe(false);
  });
});

describe('comments', () => {
  it('reads the documented "Add Comment" response', () => {
    const wire = SprinklrCommentEnvelope.parse({
      data: {
        id: '5ef9bed9401d6d4d17232a8c',
        text: 'comment test',
        commentingUser: 200551,
        createdTime: 1593425624890,
        modifiedTime: 1593425624890,
        entityType: 'CASE',
        entityId: '25253550',
      },
      errors: [],
    }).data;
    expect(fromSprinklrComment(wire)).toEqual({
      id: '5ef9bed9401d6d4d17232a8c',
      body: 'comment test',
      createdAt: new Date(1593425624890),
      author: { id: '200551' },
    });
  });

  it('reads the documented "Comment Search - v1" response, trimming the line breaks around the text', () => {
    const parsed = SprinklrCommentSearchResponse.parse({
      data: [
        {
          id: '5fce1a349bce40767bb8ab6e',
          comment: '\npost test\n',
          commentingUser: 242077,
          commentedOnDate: 1607342644673,
          commentUpdateDate: 1607342644673,
          onAsset: 'UNIVERSAL_CASE',
          assetId: '25359684',
          partnerId: 787,
          mediaList: [],
          isEdited: false,
          isEditable: false,
          deleted: false,
          hasConversation: false,
        },
      ],
      lastProcessedCommentTime: 1607342601118,
      hasMore: false,
      totalComments: 4,
    });
    expect(parsed.data?.map(fromSprinklrSearchedComment)).toEqual([
      {
        id: '5fce1a349bce40767bb8ab6e',
        body: 'post test',
        createdAt: new Date(1607342644673),
        author: { id: '242077' },
      },
    ]);
  });

  it('searches by case number, oldest first', () => {
    expect(toSprinklrCommentSearchBody(15359604, 0, 100)).toEqual({
      assetClass: 'UNIVERSAL_CASE',
      assetId: '15359604',
      commentPaginationInfo: { start: 0, rows: 100, sortKey: 'commentCreationTime', sortDirection: 'ASC' },
    });
  });
});

describe('messages (interactions)', () => {
  const voice = () => SprinklrBulkFetchResponse.parse(BULK_FETCH_EXAMPLE).data![0]!;
  const twitterReply = () => SprinklrBulkFetchResponse.parse({ data: [READ_MESSAGE_EXAMPLE.data] }).data![0]!;

  it('reads the documented "Read Messages (Bulk)" response: a call has no text, its caller is the author', () => {
    expect(fromSprinklrMessage(voice())).toEqual({
      id: 'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4425d',
      serviceId: 'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4425d',
      body: null,
      createdAt: new Date(1731588218296),
      linkUrl: null,
      service: 'SPRINKLR_VOICE',
      contentType: 'message',
      author: {
        service: 'SPRINKLR_VOICE',
        serviceId: '+12025391107',
        handle: '+12025391107',
        name: '+12025391107',
        brandOwned: false,
      },
    });
  });

  it('reads the documented "Read Message by ID" reply: text, permalink and the sender profile', () => {
    expect(fromSprinklrMessage(twitterReply())).toEqual({
      id: 'ACCOUNT_600039042_1649218505306_TWITTER_7_1511558084136687456',
      serviceId: 'ACCOUNT_600039042_1649218505306_TWITTER_7_1511558084136687456',
      body: '@bdee @shaun',
      createdAt: new Date(1649218505306),
      linkUrl: 'https://twitter.com/Himansays/status/1511558084136687456',
      service: 'TWITTER',
      contentType: 'message',
      author: { service: 'TWITTER', serviceId: '1062932421388132786', handle: 'Raq1', name: 'Raq', brandOwned: false },
    });
  });

  it('takes the title when the text is empty, and marks what the brand sent as brand-owned', () => {
    const email = SprinklrBulkFetchResponse.parse({
      data: [
        {
          messageId: 'ACCOUNT_600001900_1699284513000_EMAIL_12_18b9f4a0c3d2e1f0',
          content: { title: 'Invoice 4471 charged twice', text: '' },
          channelType: 'EMAIL',
          channelCreatedTime: 1699284513000,
          senderProfile: { name: 'Acme Billing', channelType: 'EMAIL', channelId: 7, username: 'billing@acme.example' },
          brandPost: true,
        },
      ],
    }).data![0]!;
    expect(fromSprinklrMessage(email)).toMatchObject({
      body: 'Invoice 4471 charged twice',
      author: { serviceId: '7', handle: 'billing@acme.example', brandOwned: true },
    });
  });

  it('requires messageId and tolerates the fields it does not read', () => {
    expect(SprinklrBulkFetchResponse.safeParse({ data: [{ channelType: 'TWITTER' }], errors: [] }).success).toBe(false);
    expect(SprinklrBulkFetchResponse.safeParse({ data: [{ messageId: 'x', content: { text: 1 } }] }).success).toBe(
      false,
    );
    expect(SprinklrBulkFetchResponse.parse({ data: [{ messageId: 'x', somethingNew: { a: 1 } }] }).data).toHaveLength(
      1,
    );
  });

  it('reads the documented associated-messages response, with or without errors', () => {
    expect(SprinklrAssociatedMessagesResponse.parse(ASSOCIATED_MESSAGES_EXAMPLE).data).toEqual(
      ASSOCIATED_MESSAGES_EXAMPLE.data,
    );
    expect(SprinklrAssociatedMessagesResponse.parse({ ...ASSOCIATED_MESSAGES_EXAMPLE, errors: [] }).data).toHaveLength(
      6,
    );
    expect(SprinklrAssociatedMessagesResponse.safeParse({ data: [1, 2] }).success).toBe(false);
    expect(SprinklrAssociatedMessagesResponse.safeParse({ errors: [] }).success).toBe(false);
  });

  it('reads the documented message id format, channel message ids with underscores included', () => {
    expect(parseSprinklrMessageId(ASSOCIATED_MESSAGES_EXAMPLE.data[1]!)).toEqual({
      sourceType: 'ACCOUNT',
      sourceId: '600000163',
      channelCreatedTime: 1567259773000,
      channelType: 'INSTAGRAM',
      messageType: '305',
      channelMessageId: '2122651287519496869_5026524167',
    });
    expect(parseSprinklrMessageId(BULK_FETCH_EXAMPLE.data[0]!.messageId)).toMatchObject({
      sourceType: 'VOICE',
      channelType: 'SPRINKLR_VOICE',
      messageType: '325',
      channelMessageId: '000001932ab35db8e4b042fc69f4425d',
    });
    expect(parseSprinklrMessageId('PERSISTENT_SEARCH_1234_1600000000000_FACEBOOK_1_99_88')).toMatchObject({
      sourceType: 'PERSISTENT_SEARCH',
      channelType: 'FACEBOOK',
      channelMessageId: '99_88',
    });
    expect(parseSprinklrMessageId('not-a-message-id')).toBeNull();
  });

  it('reads firstMessageId first, then the listed ids once each, and keeps it when the list omits it', () => {
    const [first, second, third] = ASSOCIATED_MESSAGES_EXAMPLE.data as [string, string, string];
    expect(sprinklrCaseMessageIds(first, [first, second, third])).toEqual([first, second, third]);
    expect(sprinklrCaseMessageIds(first, [second, third, second])).toEqual([first, second, third]);
    expect(sprinklrCaseMessageIds(null, [second])).toEqual([second]);
    expect(sprinklrCaseMessageIds('', [])).toEqual([]);
  });

  it('sends bulk fetches as bare JSON arrays of at most 50 ids', () => {
    expect(BULK_FETCH_CHUNK_SIZE).toBe(50);
    // The documented curl body.
    const documented = [
      'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4425d',
      'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4476e',
    ];
    expect(toSprinklrBulkFetchBodies(documented)).toEqual([documented]);
    const many = Array.from({ length: 120 }, (_, i) => `ACCOUNT_1_1600000000000_TWITTER_2_${i}`);
    const bodies = toSprinklrBulkFetchBodies(many);
    expect(bodies.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(bodies.flat()).toEqual(many);
    expect(toSprinklrBulkFetchBodies([])).toEqual([]);
  });

  it('keeps an id Sprinklr returned no message for, with the time its id carries, and orders oldest first', () => {
    const ids = [...ASSOCIATED_MESSAGES_EXAMPLE.data].reverse();
    const returned = SprinklrBulkFetchResponse.parse({
      data: [
        {
          messageId: ASSOCIATED_MESSAGES_EXAMPLE.data[2],
          content: { text: 'Thanks!' },
          channelType: 'INSTAGRAM',
          channelCreatedTime: 1567260408000,
          senderProfile: { name: 'Ana Lima', channelType: 'INSTAGRAM', channelId: '178', username: 'ana.lima' },
          brandPost: false,
        },
      ],
    }).data!;
    const interactions = fromSprinklrMessages(ids, returned);
    expect(interactions.map((i) => i.serviceId)).toEqual(ASSOCIATED_MESSAGES_EXAMPLE.data);
    expect(interactions[0]).toEqual({
      id: ASSOCIATED_MESSAGES_EXAMPLE.data[0],
      serviceId: ASSOCIATED_MESSAGES_EXAMPLE.data[0],
      body: null,
      createdAt: new Date(1567258145000),
      author: {},
    });
    expect(interactions[2]).toMatchObject({ body: 'Thanks!', author: { handle: 'ana.lima', brandOwned: false } });
  });

  it('matches a message Sprinklr answers under a different time part by channel and channel message id', () => {
    const [interaction] = fromSprinklrMessages([READ_MESSAGE_REQUESTED_ID], [twitterReply()]);
    expect(interaction).toMatchObject({ body: '@bdee @shaun', serviceId: READ_MESSAGE_EXAMPLE.data.messageId });
    // Another channel with the same channel message id is not the same message.
    const elsewhere = fromSprinklrMessages(
      ['ACCOUNT_600039042_1649218507139_FACEBOOK_7_1511558084136687456'],
      [twitterReply()],
    );
    expect(elsewhere[0]).toMatchObject({ body: null, author: {} });
  });
});

describe('status and priority', () => {
  it.each([
    ['New', 'NEW'],
    ['Open', 'OPEN'],
    ['Assigned', 'OPEN'],
    ['In Progress', 'OPEN'],
    ['Awaiting Response', 'PENDING'],
    ['Awaiting Customer', 'PENDING'],
    ['On Hold', 'ON_HOLD'],
    ['Resolved', 'RESOLVED'],
    ['Closed', 'CLOSED'],
    ['Closed - Duplicate', 'CLOSED'],
    ['Archived', 'CLOSED'],
    ['Escalated to L2', 'OTHER'],
  ] as const)('reads status %s as %s', (vendor, unified) => {
    expect(fromSprinklrStatus(vendor)).toBe(unified);
  });

  it('writes every unified status except OTHER, and reads it back to itself', () => {
    for (const status of ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'RESOLVED', 'CLOSED'] as const) {
      expect(fromSprinklrStatus(toSprinklrStatus(status))).toBe(status);
    }
    expect(toSprinklrStatus('OTHER')).toBeNull();
    expect(fromSprinklrStatus(null)).toBeNull();
  });

  it.each([
    ['LOW', 'low', 'Low'],
    ['NORMAL', 'medium', 'Medium'],
    ['HIGH', 'high', 'High'],
    ['URGENT', 'critical', 'Critical'],
  ] as const)('maps priority %s to %s / %s and back', (unified, field, property) => {
    expect(toSprinklrPriority(unified)).toBe(field);
    expect(toSprinklrPriorityProperty(unified)).toBe(property);
    expect(fromSprinklrPriority(field)).toBe(unified);
    expect(fromSprinklrPriority(property)).toBe(unified);
  });

  it('has no priority for names it does not know', () => {
    expect(fromSprinklrPriority('P1')).toBeNull();
    expect(fromSprinklrPriority(undefined)).toBeNull();
  });
});

describe('case search', () => {
  /** dev.sprinklr.com "Search by Entity", Example 3 (CASE): the response, trimmed to the fields read. */
  const SEARCH_EXAMPLE = {
    data: {
      results: [
        {
          id: '6899f8a4d948bc4ac3623331',
          caseNumber: 8919793,
          subject: '#8919793 Instagram test',
          description: 'test',
          version: 60,
          workflow: {
            customProperties: { _c_682337c8200a494ab9bec5c9: ['test'], _c_65252be5825bb637b9857139: ['147258'] },
            queues: [{ queueId: 100022, assignmentTime: 1758462541707 }],
          },
          contact: { id: 'INSTAGRAM_39463695228', channelType: 'INSTAGRAM', fromSnUserId: '39463695228' },
          createdTime: 1754921124610,
          modifiedTime: 1759834275823,
          firstMessageId: 'ACCOUNT_600037626_1754921106000_INSTAGRAM_36_3696868581603797985_39463695228',
          deleted: false,
        },
      ],
      count: 3,
    },
    errors: [],
  };

  it('reads the documented CASE answer: the cases as incomplete, and the count', () => {
    const page = fromSprinklrSearchPage(SprinklrCaseSearchResponse.parse(SEARCH_EXAMPLE));
    expect(page.count).toBe(3);
    expect(page.cursorId).toBeNull();
    expect(page.cases).toHaveLength(1);
    expect(page.cases[0]).toMatchObject({
      id: '6899f8a4d948bc4ac3623331',
      number: '8919793',
      title: '#8919793 Instagram test',
      createdAt: new Date(1754921124610),
      updatedAt: new Date(1759834275823),
      requester: { id: 'INSTAGRAM_39463695228', service: 'INSTAGRAM' },
      comments: [],
      interactions: [],
      complete: false,
    });
    expect(page.cases[0]?.requester?.email).toBeUndefined();
  });

  it('takes the cursor id from `id=…` and from the whole next-page URL, and nothing else', () => {
    expect(sprinklrCursorId('id=5dd2699aaf47f50001d3299d')).toBe('5dd2699aaf47f50001d3299d');
    expect(sprinklrCursorId('https://api3.sprinklr.com/prod2/api/v2/search/CASE?id=5f3e6bd4673bdd3d0b25329d')).toBe(
      '5f3e6bd4673bdd3d0b25329d',
    );
    for (const junk of [null, undefined, '', 'cursor=abc', 'id=', 'id=a b']) expect(sprinklrCursorId(junk)).toBeNull();
  });

  it('asks for every status name that reads as the status, and OTHER as none of them', () => {
    for (const [status, names] of Object.entries(SPRINKLR_STATUS_NAMES)) {
      for (const name of names) expect(fromSprinklrStatus(name)).toBe(status);
      expect(sprinklrStatusCondition([status as keyof typeof SPRINKLR_STATUS_NAMES])).toEqual({
        type: 'IN',
        key: 'workflow.customProperties.spr_uc_status',
        values: names,
      });
    }
    const other = sprinklrStatusCondition(['OTHER']);
    expect(other).toMatchObject({ type: 'NIN', key: 'workflow.customProperties.spr_uc_status' });
    expect('values' in other && other.values).toHaveLength(Object.values(SPRINKLR_STATUS_NAMES).flat().length);
  });

  it('asks for each priority in both spellings that read as it', () => {
    for (const [priority, values] of Object.entries(SPRINKLR_PRIORITY_VALUES)) {
      for (const value of values) expect(fromSprinklrPriority(value)).toBe(priority);
    }
  });

  it('builds the whole request: not deleted, the conditions, the sort then id, the page, the count', () => {
    expect(
      toSprinklrCaseSearchBody(
        { filters: [sprinklrEmailCondition('ada@example.com')], sorts: [{ key: 'createdTime', order: 'DESC' }] },
        { start: 14, size: 7 },
      ),
    ).toEqual({
      filter: {
        type: 'AND',
        filters: [
          { type: 'EQUALS', key: 'deleted', values: ['false'] },
          { type: 'IN', key: 'contact.channelId', values: ['ada@example.com'] },
        ],
      },
      sorts: [
        { key: 'createdTime', order: 'DESC' },
        { key: 'id', order: 'ASC' },
      ],
      page: { start: 14, size: 7 },
      includeCount: true,
    });
  });

  it("reads an Email-channel contact's channel id as the requester's e-mail, and no other channel's", () => {
    const base = SprinklrCaseEnvelope.parse({ data: { id: 'a1', caseNumber: 1 }, errors: [] }).data;
    const email = fromSprinklrCase(
      {
        ...base,
        contact: {
          id: 'EMAIL_searching123@gmail.com',
          channelType: 'EMAIL',
          channelId: 'searching123@gmail.com',
        },
      },
      { comments: [], interactions: [] },
    );
    expect(email.requester).toEqual({
      id: 'EMAIL_searching123@gmail.com',
      name: null,
      service: 'EMAIL',
      serviceId: 'searching123@gmail.com',
      email: 'searching123@gmail.com',
    });
    const twitter = fromSprinklrCase(
      { ...base, contact: { id: 'TWITTER_1', channelType: 'TWITTER', channelId: '1' } },
      { comments: [], interactions: [] },
    );
    expect(twitter.requester?.email).toBeUndefined();
  });
});
