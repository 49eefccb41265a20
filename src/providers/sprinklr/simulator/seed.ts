// The simulated instance's contents: users, queues, messages (ids from Sprinklr's examples, contents
// invented to match them), case properties, statuses, one case with two comments (from the
// case-update example), and many more cases drawn from the shared seed people (src/simulators/people.ts).
import type { CustomFieldDefinitionModel } from '../../../domain/model.js';
import { SEED_AGENTS, SEED_SUBJECTS, pick, requesterAt, seedTimes, seededRandom } from '../../../simulators/people.js';
import { BUILT_IN_CUSTOM_PROPERTIES } from '../config.js';
import type { SimCase, SimComment, SimContact, SimMessage, SimProfile, SimCustomField } from './state.js';

/** The user the access token belongs to (`commentingUser`, `assignedById`). */
export const SIM_API_USER_ID = 1000157828;
export const SIM_USERS: readonly number[] = [1000157828, 66000020, 66007905, 66008019];
export const SIM_QUEUES: readonly number[] = [100072, 100073, 103197, 105092];
const ACME_CARE: SimProfile = {
  name: 'Acme Care',
  channelType: 'TWITTER',
  channelId: '1090001234567890176',
  username: 'AcmeCare',
  permalink: 'https://twitter.com/AcmeCare',
};
const ACME_STORE: SimProfile = {
  name: 'Acme Store',
  channelType: 'INSTAGRAM',
  channelId: '17841401234567890',
  username: 'acmestore',
  permalink: 'https://www.instagram.com/acmestore',
};

/** The help article's example message: a fan's tweet. Its documented case has an empty contact. */
export const SIM_DOC_MESSAGE_ID = 'ACCOUNT_600001824_1582817880350_TWITTER_2_1233053677281304578';
/** The brand's reply to it, which tests can associate with a case opened on it. */
export const SIM_DOC_REPLY_MESSAGE_ID = 'ACCOUNT_600001824_1582818112000_TWITTER_5_1233054650211840001';
/** The first message of "Read Messages (Bulk)"'s documented response: an incoming call, no text. */
export const SIM_VOICE_MESSAGE_ID = 'VOICE_66076376_1731588218296_SPRINKLR_VOICE_325_000001932ab35db8e4b042fc69f4425d';
/** The first two ids of "Case Associated Messages"'s documented response: a fan comment and the brand's reply. */
export const SIM_INSTAGRAM_MESSAGE_ID = 'ACCOUNT_600000163_1567258145000_INSTAGRAM_37_17927074666310191';
export const SIM_INSTAGRAM_REPLY_MESSAGE_ID =
  'ACCOUNT_600000163_1567259773000_INSTAGRAM_305_2122651287519496869_5026524167';

/** The seeded case's first message, a fan's tweet, whose contact the case carries. */
const SEEDED_CASE_MESSAGE_ID = 'ACCOUNT_600046533_1696531224000_TWITTER_7_1710002013122044372';
const SEEDED_CASE_CONTACT: SimContact = {
  id: 'TWITTER_1402509033337024516',
  name: 'Test User',
  channelType: 'TWITTER',
  channelId: '1402509033337024516',
  fromSnUserId: '1402509033337024516',
};

/** Messages the simulated instance holds; ids from Sprinklr's examples, contents invented to match them. */
export const SIM_MESSAGES: readonly SimMessage[] = [
  {
    id: SIM_DOC_MESSAGE_ID,
    text: '@AcmeCare my order #A-1001 was marked delivered but never arrived. Can someone help?',
    sender: {
      name: 'Dana Whitfield',
      channelType: 'TWITTER',
      channelId: '1189234567012345601',
      username: 'danawhit',
      permalink: 'https://twitter.com/danawhit',
    },
    receiver: ACME_CARE,
    brandPost: false,
    permalink: 'https://twitter.com/danawhit/status/1233053677281304578',
    language: 'en',
  },
  {
    id: SIM_DOC_REPLY_MESSAGE_ID,
    text: "@danawhit Sorry to hear that, Dana. We've sent you a DM to sort out your order.",
    sender: ACME_CARE,
    receiver: {
      name: 'Dana Whitfield',
      channelType: 'TWITTER',
      channelId: '1189234567012345601',
      username: 'danawhit',
    },
    brandPost: true,
    permalink: 'https://twitter.com/AcmeCare/status/1233054650211840001',
    parentMessageId: SIM_DOC_MESSAGE_ID,
    language: 'en',
  },
  {
    id: SEEDED_CASE_MESSAGE_ID,
    contact: SEEDED_CASE_CONTACT,
    text: "@AcmeCare still waiting for my refund, it's been two weeks",
    sender: {
      name: 'Test User',
      channelType: 'TWITTER',
      channelId: '1402509033337024516',
      username: 'testuser_spr',
      permalink: 'https://twitter.com/testuser_spr',
    },
    receiver: ACME_CARE,
    brandPost: false,
    permalink: 'https://twitter.com/testuser_spr/status/1710002013122044372',
    language: 'en',
  },
  {
    id: SIM_INSTAGRAM_MESSAGE_ID,
    contact: {
      id: 'INSTAGRAM_17841400008460056',
      name: 'Ana Lima',
      channelType: 'INSTAGRAM',
      channelId: '17841400008460056',
    },
    text: 'Is the blue one back in stock?',
    sender: { name: 'Ana Lima', channelType: 'INSTAGRAM', channelId: '17841400008460056', username: 'ana.lima' },
    receiver: ACME_STORE,
    brandPost: false,
    language: 'en',
  },
  {
    id: SIM_INSTAGRAM_REPLY_MESSAGE_ID,
    text: "@ana.lima It's back next week, we'll DM you the link!",
    sender: ACME_STORE,
    receiver: { name: 'Ana Lima', channelType: 'INSTAGRAM', channelId: '17841400008460056', username: 'ana.lima' },
    brandPost: true,
    parentMessageId: SIM_INSTAGRAM_MESSAGE_ID,
    language: 'en',
  },
  {
    id: 'ACCOUNT_600001900_1699284513000_EMAIL_12_18b9f4a0c3d2e1f0',
    contact: {
      id: 'EMAIL_searching123@gmail.com',
      channelType: 'EMAIL',
      channelId: 'searching123@gmail.com',
      fromSnUserId: 'searching123@gmail.com',
    },
    title: 'Invoice 4471 charged twice',
    sender: {
      name: 'searching123@gmail.com',
      channelType: 'EMAIL',
      channelId: 'searching123@gmail.com',
      username: 'searching123@gmail.com',
    },
    receiver: {
      name: 'Acme Billing',
      channelType: 'EMAIL',
      channelId: 'billing@acme.example',
      username: 'billing@acme.example',
    },
    brandPost: false,
  },
  {
    id: SIM_VOICE_MESSAGE_ID,
    attachment: { commands: [{ from: '+12025391107', type: 'INCOMING_CALL' }], type: 'VOICE' },
    sender: {
      name: '+12025391107',
      channelType: 'SPRINKLR_VOICE',
      channelId: '+12025391107',
      username: '+12025391107',
    },
    receiver: {
      name: 'Vishesh app_DND_New',
      channelType: 'SPRINKLR_VOICE',
      channelId: '+15077044489',
      username: 'Vishesh app_DND_New',
    },
    brandPost: false,
    conversationId: '000001932ab35afae4b042fc69f4425b',
    createdTime: 1731588218337,
  },
];
/** Case custom properties the simulated instance defines (keys are `_c_<24 hex>` or `spr_uc_*`). */
export const SIM_CUSTOM_PROPERTIES: readonly CustomFieldDefinitionModel[] = [
  ...BUILT_IN_CUSTOM_PROPERTIES,
  { key: 'spr_uc_tag', label: 'Tags', type: 'STRING_LIST', required: false, requiredFor: [], options: [] },
  {
    key: '_c_6915c1fcbcc3d050f77b9943',
    label: 'Order number',
    type: 'STRING_LIST',
    required: false,
    requiredFor: [],
    options: [],
  },
  {
    key: '_c_6917174fcc00a8338f9fba67',
    label: 'Product line',
    type: 'STRING_LIST',
    required: false,
    requiredFor: [],
    options: [],
  },
  {
    key: '_c_64f1cdb57dd05e1c829ddcb1',
    label: 'Escalated',
    type: 'STRING_LIST',
    required: false,
    requiredFor: [],
    options: [],
  },
];
/**
 * The instance's custom fields as Custom Field Search lists them: the case fields behind the
 * `_c_` properties above (multi-valued text, as every case property is a list on the wire), and a
 * message field the search must not mistake for a case field.
 */
export const SIM_CUSTOM_FIELDS: readonly SimCustomField[] = [
  caseField('6915c1fcbcc3d050f77b9943', 'Order number'),
  caseField('6917174fcc00a8338f9fba67', 'Product line'),
  caseField('64f1cdb57dd05e1c829ddcb1', 'Escalated'),
  {
    id: '65a0f3d2c1b2a3f4e5d6c7b8',
    fieldName: '65a0f3d2c1b2a3f4e5d6c7b8',
    name: 'Message sentiment',
    fieldType: 'PICKLIST',
    options: ['Positive', 'Negative'],
    required: true,
    enabled: true,
    assetClassList: ['MESSAGE_WORKFLOW'],
  },
];

function caseField(fieldName: string, name: string): SimCustomField {
  return {
    id: fieldName,
    fieldName,
    name,
    fieldType: 'TEXT_MULTI',
    options: [],
    required: false,
    enabled: true,
    assetClassList: ['UNIVERSAL_CASE'],
  };
}

/** A required picklist case field, for instances that demand one on create (tests opt in). */
export const SIM_CUSTOMER_TIER_FIELD: SimCustomField = {
  id: '6a1b2c3d4e5f60718293a4b5',
  fieldName: '6a1b2c3d4e5f60718293a4b5',
  name: 'Customer tier',
  fieldType: 'PICKLIST',
  options: ['Gold', 'Silver', 'Bronze'],
  required: true,
  enabled: true,
  assetClassList: ['UNIVERSAL_CASE'],
};

/** Sprinklr's own case properties, which exist on every instance. */
export const SYSTEM_PROPERTIES: readonly string[] = ['spr_uc_status', 'spr_uc_priority', 'spr_uc_last_assigned_agent'];
export const SIM_STATUSES: readonly string[] = [
  'New',
  'Open',
  'Assigned',
  'In Progress',
  'Awaiting Response',
  'On Hold',
  'Resolved',
  'Closed',
  'Archived',
];
export const SIM_PRIORITIES: readonly string[] = ['Low', 'Medium', 'High', 'Critical'];
/** A case that exists before any test runs (from the case-update example), with two comments. */
export const SIM_SEEDED_CASE_ID = '6523e901edb45b580403fde9';
export const SIM_SEEDED_CASE_NUMBER = 14462;

/** The case from the case-update example, already in the instance. */
export const SIM_SEEDED_CASE: SimCase = {
  id: SIM_SEEDED_CASE_ID,
  caseNumber: SIM_SEEDED_CASE_NUMBER,
  subject: 'Test',
  description: 'Test API',
  version: 107,
  status: 'New',
  priority: 'Medium',
  externalCaseInfo: { externalCases: [] },
  workflow: {
    assignment: {
      assigneeId: '66000020',
      assigneeType: 'USER',
      assignedById: 100934542,
      assignmentTime: 1697091217738,
    },
    customProperties: {
      spr_uc_priority: ['Medium'],
      spr_uc_status: ['New'],
      _c_6917174fcc00a8338f9fba67: ['Phones'],
    },
    queues: [{ queueId: 100072, assignmentTime: 1697089838743 }],
  },
  channelCustomProperties: [],
  contact: { ...SEEDED_CASE_CONTACT },
  createdTime: 1696852225546,
  modifiedTime: 1697450340249,
  firstMessageId: SEEDED_CASE_MESSAGE_ID,
  latestProfileMessageAssociatedTime: 1697198018000,
  firstMessageAssociatedTime: 1696531224000,
  latestMessageAssociatedTime: 1697197830000,
  totalProcessingClockTime: 426950570,
  allEngagedUsersList: ['66000020'],
  associatedFanMessageCount: 0,
  associatedBrandMessageCount: 0,
  deleted: false,
};
export const SIM_SEEDED_ASSOCIATIONS: readonly { messageId: string; at: number }[] = [
  { messageId: SEEDED_CASE_MESSAGE_ID, at: 1696531224000 },
];
export const SIM_SEEDED_COMMENTS: readonly SimComment[] = [
  {
    id: '5fce1a099bce40767bb8a5fd',
    text: 'new test comment',
    commentingUser: 242077,
    createdTime: 1697089900000,
    modifiedTime: 1697089900000,
  },
  {
    id: '5fce1a2f9bce40767bb8aab8',
    text: 'neww',
    commentingUser: 242077,
    createdTime: 1697090000000,
    modifiedTime: 1697090000000,
  },
];

// ---------------------------------------------------------------- the seeded cases

/** How many cases the simulator seeds besides the documented one, so `npm start` shows real paging. */
export const SIM_SEEDED_CASE_COUNT = 70;

/** The Sprinklr user each seed agent is (users the instance has, besides the API user). */
export const SIM_AGENT_USERS: Readonly<Record<(typeof SEED_AGENTS)[number]['key'], number>> = {
  sam: 66000020,
  kim: 66007905,
  lee: 66008019,
};

/** The seeded values of the `_c_` case fields and the tag property. */
export const SIM_PRODUCT_LINES: readonly string[] = ['Phones', 'Laptops', 'Tablets', 'Accessories'];
export const SIM_TAGS: readonly string[] = ['billing', 'vip', 'repeat', 'social'];
const PRODUCT_LINE = '_c_6917174fcc00a8338f9fba67';
const ORDER_NUMBER = '_c_6915c1fcbcc3d050f77b9943';
const ESCALATED = '_c_64f1cdb57dd05e1c829ddcb1';

const DETAILS = [
  'I placed the order last week.',
  'I have tried twice already.',
  'Please get back to me by e-mail.',
  'This is the second time it happens.',
  'Nothing in the help centre covers it.',
];

/** Everything the seeded cases bring into the instance. */
export interface SimSeed {
  cases: SimCase[];
  messages: SimMessage[];
  associations: Map<string, { messageId: string; at: number }[]>;
  comments: Map<number, SimComment[]>;
}

const hexOf = (random: () => number, length: number): string =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
const digitsOf = (random: () => number, length: number): string =>
  String(1 + Math.floor(random() * 9)) + Array.from({ length: length - 1 }, () => Math.floor(random() * 10)).join('');

/**
 * `count` cases, the same on every start: every 7th raised by ada@ and the next by grace@ (always by
 * e-mail, so a search by their address finds them all), the others by the rest of SEED_REQUESTERS, a
 * quarter of those on Twitter; varied statuses, priorities (some none), assignees (never on a New
 * case), queues, custom properties and distinct creation and update times; a few with comments.
 * Case numbers run from 18005000.
 */
export function seedSprinklrCases(count: number = SIM_SEEDED_CASE_COUNT): SimSeed {
  const random = seededRandom(0x5eed_5b71);
  const used = new Set<number>();
  const seed: SimSeed = { cases: [], messages: [], associations: new Map(), comments: new Map() };
  for (let i = 0; i < count; i += 1) {
    const requester = requesterAt(i, 7, random);
    const byEmail = i % 7 < 2 || random() >= 0.25;
    const { createdAt, updatedAt } = seedTimes(random, used);
    const subject = pick(SEED_SUBJECTS, random);
    const description = `${subject}. ${pick(DETAILS, random)}`;
    const status = pick(SIM_STATUSES, random);
    const priority = random() < 0.1 ? undefined : pick(SIM_PRIORITIES, random);
    const agent = status === 'New' || random() < 0.2 ? undefined : pick(SEED_AGENTS, random);
    const channelId = byEmail ? requester.email : digitsOf(random, 19);
    const channelType = byEmail ? 'EMAIL' : 'TWITTER';
    const contact: SimContact = {
      id: `${channelType}_${channelId}`,
      name: requester.name,
      channelType,
      channelId,
      fromSnUserId: channelId,
    };
    const messageAt = createdAt - 60_000;
    const messageId = byEmail
      ? `ACCOUNT_600001900_${messageAt}_EMAIL_12_${hexOf(random, 16)}`
      : `ACCOUNT_600046533_${messageAt}_TWITTER_7_${digitsOf(random, 19)}`;
    seed.messages.push({
      id: messageId,
      contact,
      ...(byEmail ? { title: subject, text: description } : { text: `@AcmeCare ${description}` }),
      sender: { name: requester.name, channelType, channelId, username: byEmail ? requester.email : channelId },
      receiver: byEmail
        ? { name: 'Acme Care', channelType: 'EMAIL', channelId: 'care@acme.example', username: 'care@acme.example' }
        : ACME_CARE,
      brandPost: false,
      language: 'en',
    });

    const properties: Record<string, string[]> = { spr_uc_status: [status] };
    if (priority) properties.spr_uc_priority = [priority];
    if (random() < 0.8) properties[PRODUCT_LINE] = [pick(SIM_PRODUCT_LINES, random)];
    if (random() < 0.5) properties[ORDER_NUMBER] = [`A-${1000 + i}`];
    if (random() < 0.15) properties[ESCALATED] = ['Yes'];
    if (random() < 0.3) {
      const first = pick(SIM_TAGS, random);
      const second = pick(SIM_TAGS, random);
      properties.spr_uc_tag = first === second ? [first] : [first, second];
    }
    const assignee = agent ? SIM_AGENT_USERS[agent.key] : undefined;
    const assignedAt = createdAt + Math.floor((updatedAt - createdAt) / 3);
    if (assignee !== undefined) properties.spr_uc_last_assigned_agent = [String(assignee)];

    const caseNumber = 18005000 + i;
    const c: SimCase = {
      id: hexOf(random, 24),
      caseNumber,
      subject,
      description,
      version: 1 + Math.floor(random() * 40),
      status,
      ...(priority ? { priority } : {}),
      externalCaseInfo: { externalCases: [] },
      workflow: {
        ...(assignee !== undefined
          ? {
              assignment: {
                assigneeId: String(assignee),
                assigneeType: 'USER',
                assignedById: SIM_API_USER_ID,
                assignmentTime: assignedAt,
              },
            }
          : {}),
        customProperties: properties,
        queues: [{ queueId: pick(SIM_QUEUES, random), assignmentTime: createdAt }],
      },
      channelCustomProperties: [],
      contact,
      createdTime: createdAt,
      modifiedTime: updatedAt,
      firstMessageId: messageId,
      latestProfileMessageAssociatedTime: messageAt,
      firstMessageAssociatedTime: messageAt,
      latestMessageAssociatedTime: messageAt,
      totalProcessingClockTime: updatedAt - createdAt,
      allEngagedUsersList: assignee !== undefined ? [String(assignee)] : [],
      associatedFanMessageCount: 1,
      associatedBrandMessageCount: 0,
      deleted: false,
    };
    seed.cases.push(c);
    seed.associations.set(c.id, [{ messageId, at: messageAt }]);

    // A few cases have comments: every 8th one to three, the fourth case seven (for paging them).
    const commentCount = i === 3 ? 7 : i % 8 === 5 ? 1 + Math.floor(random() * 3) : 0;
    if (commentCount > 0) {
      const step = Math.floor((updatedAt - createdAt) / (commentCount + 1));
      seed.comments.set(
        caseNumber,
        Array.from({ length: commentCount }, (_, k) => {
          const at = createdAt + step * (k + 1);
          return {
            id: hexOf(random, 24),
            text: `Note ${k + 1} on ${subject.toLowerCase()}`,
            commentingUser: assignee ?? SIM_API_USER_ID,
            createdTime: at,
            modifiedTime: at,
          };
        }),
      );
    }
  }
  return seed;
}
