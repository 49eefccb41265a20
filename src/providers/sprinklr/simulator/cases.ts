// The Case API v2 itself: create (POST /api/v2/case), update (PUT /api/v2/case) and read by id
// (GET /api/v2/case/{caseId}), as dev.sprinklr.com documents them. The request shapes are checked
// by schemas.ts; what only the instance knows (its messages, users, queues, properties, statuses
// and priorities) is checked here.
import type { SimHandler, SimResponse } from '../../../simulators/harness.js';
import { isRecord } from '../../../simulators/json.js';
import { SIM_API_USER_ID, SIM_PRIORITIES, SIM_QUEUES, SIM_STATUSES, SIM_USERS } from './seed.js';
import { createCaseRequest, simErrors, updateCaseRequest } from './schemas.js';
import type { CreateCaseRequest, UpdateAction, UpdateCaseRequest } from './schemas.js';
import { appError, badRequest, caseByNumber, clone, hex, messageTime, notFound, ok } from './state.js';
import type { SimCase, SimContact, SimError, SprinklrSimState } from './state.js';

type Route = (method: string, pattern: string, handler: SimHandler) => void;

/** Channel types a contact id may start with (`TWITTER_1402509033337024516`). */
const CHANNELS = [
  'SPRINKLR_LIVE_CHAT',
  'SPRINKLR_VOICE',
  'TWITTER',
  'FACEBOOK',
  'INSTAGRAM',
  'EMAIL',
  'WHATSAPP',
  'SMS',
];

/** The update actions the simulator carries out; the other documented ones are refused as not simulated. */
const SIMULATED_ACTIONS: ReadonlySet<string> = new Set<UpdateAction>([
  'EDIT_SUBJECT',
  'EDIT_DESCRIPTION',
  'SET_DUE_DATE',
  'ASSIGN_TO_USER',
  'ADD_QUEUES',
  'SYNC_SELECTED_PROPERTIES',
]);

const notAnObject: SimError[] = [{ code: 'INVALID_REQUEST', message: 'The request body must be a JSON object.' }];

function contactFromId(id: string, name: string | undefined): SimContact {
  const channel = CHANNELS.find((c) => id.startsWith(`${c}_`));
  const channelId = channel ? id.slice(channel.length + 1) : undefined;
  return {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(channel ? { channelType: channel, channelId, fromSnUserId: channelId } : {}),
  };
}

const isKnownPriority = (p: string): boolean => SIM_PRIORITIES.some((known) => known.toLowerCase() === p.toLowerCase());

const queueEntries = (ids: readonly (string | number)[], now: number) =>
  ids.map((q) => ({ queueId: Number(q), assignmentTime: now }));

export function registerCaseRoutes(route: Route, state: SprinklrSimState): void {
  // ------------------------------------------------------------ what the instance knows

  function propertyErrors(properties: Record<string, string[]>, field: string): SimError[] {
    return Object.entries(properties).flatMap(([key, values]): SimError[] => {
      const at = `${field}.${key}`;
      if (!state.knownProperties.has(key)) {
        return [{ code: 'UNKNOWN_PROPERTY', message: `No case custom property "${key}" exists.`, field: at }];
      }
      const [value = ''] = values;
      if (key === 'spr_uc_status' && (values.length !== 1 || !SIM_STATUSES.includes(value))) {
        return [{ code: 'INVALID_VALUE', message: `Unknown case status ${JSON.stringify(values)}.`, field: at }];
      }
      if (key === 'spr_uc_priority' && (values.length !== 1 || !isKnownPriority(value))) {
        return [{ code: 'INVALID_VALUE', message: `Unknown case priority ${JSON.stringify(values)}.`, field: at }];
      }
      return [];
    });
  }

  const queueErrors = (queues: readonly (string | number)[], field: string): SimError[] =>
    queues.flatMap((q, i) =>
      SIM_QUEUES.includes(Number(q))
        ? []
        : [{ code: 'INVALID_VALUE', message: `No queue ${JSON.stringify(q)} exists.`, field: `${field}.${i}` }],
    );

  const userErrors = (user: number, field: string): SimError[] =>
    SIM_USERS.includes(user) ? [] : [{ code: 'INVALID_VALUE', message: `No user ${user} exists.`, field }];

  function createErrors(body: CreateCaseRequest): SimError[] {
    const errors: SimError[] = [];
    if (!state.messages.has(body.firstMessageId)) {
      errors.push({
        code: 'MESSAGE_NOT_FOUND',
        message: 'No message exists with this firstMessageId.',
        field: 'firstMessageId',
      });
    }
    if (body.priority !== undefined && !isKnownPriority(body.priority)) {
      errors.push({
        code: 'INVALID_VALUE',
        message: `Unknown priority ${JSON.stringify(body.priority)}.`,
        field: 'priority',
      });
    }
    if (body.queues) errors.push(...queueErrors(body.queues, 'queues'));
    const { assignment, customProperties, queues } = body.workflow;
    errors.push(...propertyErrors(customProperties, 'workflow.customProperties'));
    // A case field the instance marks required must have a value (custom-field-search-v1 `required`).
    for (const field of state.customFields) {
      const key = `_c_${field.fieldName}`;
      if (!field.required || !field.enabled || !field.assetClassList.includes('UNIVERSAL_CASE')) continue;
      if ((customProperties[key] ?? []).every((v) => v.trim() === '')) {
        errors.push({
          code: 'MISSING_VALUE',
          message: `${field.name} is required.`,
          field: `workflow.customProperties.${key}`,
        });
      }
    }
    if (queues) errors.push(...queueErrors(queues, 'workflow.queues'));
    if (assignment) {
      errors.push(...userErrors(assignment.assigneeId, 'workflow.assignment.assigneeId'));
      if (assignment.assignedById !== undefined) {
        errors.push(...userErrors(assignment.assignedById, 'workflow.assignment.assignedById'));
      }
    }
    return errors;
  }

  function updateErrors(body: UpdateCaseRequest): SimError[] {
    const errors: SimError[] = [];
    if (body.assignedTo !== undefined) errors.push(...userErrors(body.assignedTo, 'assignedTo'));
    if (body.syncedSelectedCustomProperties) {
      errors.push(...propertyErrors(body.syncedSelectedCustomProperties, 'syncedSelectedCustomProperties'));
    }
    if (body.addedQueues) errors.push(...queueErrors(body.addedQueues, 'addedQueues'));
    return errors;
  }

  // ------------------------------------------------------------ POST /api/v2/case

  route('POST', 'api/v2/case', (req) => {
    if (!isRecord(req.json)) return badRequest(notAnObject);
    const parsed = createCaseRequest.safeParse(req.json);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.json));
    const body = parsed.data;
    const errors = createErrors(body);
    if (errors.length > 0) return badRequest(errors);

    const now = Date.now();
    const { assignment } = body.workflow;
    const properties = clone(body.workflow.customProperties);
    // As the documented response shows, the case's own priority and type overwrite the properties.
    if (body.priority !== undefined) properties.spr_uc_priority = [body.priority];
    if (body.caseType !== undefined) properties.spr_uc_type = [body.caseType];
    const status = properties.spr_uc_status?.[0] ?? (assignment ? 'Assigned' : 'New');
    properties.spr_uc_status = [status];
    if (assignment) properties.spr_uc_last_assigned_agent = [String(assignment.assigneeId)];
    const priority = body.priority ?? properties.spr_uc_priority?.[0];
    const firstMessage = state.messages.get(body.firstMessageId);
    const contact: Partial<SimContact> = body.contact
      ? contactFromId(body.contact.id, body.contact.name)
      : { ...(firstMessage?.contact ?? {}) };
    const firstAt = messageTime(body.firstMessageId);
    const fromBrand = firstMessage?.brandPost === true;
    const created: SimCase = {
      id: hex(12),
      caseNumber: state.nextCaseNumber++,
      ...(body.subject !== undefined ? { subject: body.subject } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      version: 0,
      status,
      ...(priority !== undefined ? { priority } : {}),
      ...(body.caseType !== undefined ? { caseType: body.caseType } : {}),
      ...(body.externalCase ? { externalCase: clone(body.externalCase) } : {}),
      externalCaseInfo: { externalCases: [] },
      workflow: {
        ...(assignment
          ? {
              assignment: {
                assigneeId: String(assignment.assigneeId),
                assigneeType: assignment.assigneeType ?? 'USER',
                assignedById: assignment.assignedById ?? SIM_API_USER_ID,
                assignmentTime: assignment.assignmentTime ?? now,
              },
            }
          : {}),
        customProperties: properties,
        queues: queueEntries([...(body.workflow.queues ?? []), ...(body.queues ?? [])], now),
      },
      channelCustomProperties: [],
      contact,
      ...(body.dueDate !== undefined ? { dueDate: body.dueDate } : {}),
      ...(body.summary !== undefined ? { summary: body.summary } : {}),
      createdTime: now,
      modifiedTime: now,
      firstMessageId: body.firstMessageId,
      latestProfileMessageAssociatedTime: 0,
      firstMessageAssociatedTime: firstAt,
      latestMessageAssociatedTime: firstAt,
      totalProcessingClockTime: 0,
      allEngagedUsersList: assignment ? [String(assignment.assigneeId)] : [],
      associatedFanMessageCount: fromBrand ? 0 : 1,
      associatedBrandMessageCount: fromBrand ? 1 : 0,
      deleted: false,
    };
    state.cases.set(created.id, created);
    state.associations.set(created.id, [{ messageId: body.firstMessageId, at: firstAt }]);
    return ok(clone(created));
  });

  // ------------------------------------------------------------ PUT /api/v2/case

  route('PUT', 'api/v2/case', (req): SimResponse => {
    if (!isRecord(req.json)) return badRequest(notAnObject);
    const parsed = updateCaseRequest.safeParse(req.json);
    if (!parsed.success) return badRequest(simErrors(parsed.error, req.json));
    const body = parsed.data;
    const errors = updateErrors(body);
    if (errors.length > 0) return badRequest(errors);
    const unsimulated = body.updateActions.filter((a) => !SIMULATED_ACTIONS.has(a));
    if (unsimulated.length > 0) {
      return appError(501, [
        { code: 'NOT_SIMULATED', message: `The simulator does not carry out ${unsimulated.join(', ')}.` },
      ]);
    }
    if (state.conflicts > 0) {
      state.conflicts -= 1;
      return appError(409, [
        {
          code: 'VERSION_CONFLICT',
          message: 'The case was changed by another request since it was read; read it again and retry.',
        },
      ]);
    }

    const targets: SimCase[] = [];
    const misses: SimError[] = [];
    for (const id of body.caseIds ?? []) {
      const found = state.cases.get(id);
      if (found) targets.push(found);
      else
        misses.push({ code: 'NOT_FOUND', message: `No case exists with id ${JSON.stringify(id)}.`, field: 'caseIds' });
    }
    for (const n of body.caseNumbers ?? []) {
      const found = caseByNumber(state, Number(n));
      if (found && !targets.includes(found)) targets.push(found);
      if (!found) {
        misses.push({ code: 'NOT_FOUND', message: `No case exists with number ${String(n)}.`, field: 'caseNumbers' });
      }
    }
    const now = Date.now();
    for (const c of targets) applyUpdate(c, body, now);
    return ok(targets.map(clone), misses);
  });

  function applyUpdate(c: SimCase, body: UpdateCaseRequest, now: number): void {
    const props = c.workflow.customProperties;
    const statusBefore = props.spr_uc_status?.[0];
    if (body.subject !== undefined) c.subject = body.subject;
    if (body.description !== undefined) c.description = body.description;
    if (body.dueDate !== undefined) c.dueDate = body.dueDate;
    if (body.assignedTo !== undefined) {
      const assignee = String(body.assignedTo);
      c.workflow.assignment = {
        assigneeId: assignee,
        assigneeType: 'USER',
        assignedById: SIM_API_USER_ID,
        assignmentTime: now,
      };
      props.spr_uc_last_assigned_agent = [assignee];
      if (!c.allEngagedUsersList.includes(assignee)) c.allEngagedUsersList.push(assignee);
    }
    for (const q of body.addedQueues ?? []) {
      if (!c.workflow.queues.some((e) => e.queueId === Number(q))) c.workflow.queues.push(...queueEntries([q], now));
    }
    for (const [k, v] of Object.entries(body.syncedSelectedCustomProperties ?? {})) props[k] = [...v];
    const statusAfter = props.spr_uc_status?.[0];
    // Assigning a new case moves it to Assigned, unless the same update sets a status.
    if (body.assignedTo !== undefined && statusAfter === statusBefore && statusAfter === 'New') {
      props.spr_uc_status = ['Assigned'];
    }
    c.status = props.spr_uc_status?.[0] ?? c.status;
    const priority = props.spr_uc_priority?.[0];
    if (priority !== undefined) c.priority = priority;
    else delete c.priority;
    c.version += 1;
    c.modifiedTime = now;
  }

  // ------------------------------------------------------------ GET /api/v2/case/{caseId}

  route('GET', 'api/v2/case/:caseId', (req) => {
    const found = state.cases.get(req.params.caseId ?? '');
    return found ? ok(clone(found)) : notFound('No case exists with this id.');
  });
}
