// An embedded, strict Thalamus REST JSON v4 server: the user-assistance case endpoints casegraph
// calls, as documented at https://doc.thalamus.global/api-reference/api-rest-json-v4/user-assistance-management/,
// with in-memory cases and seeded case types. Where the docs are silent it says so (PROJECT DECISION).
import { SimulatorServer } from '../../../simulators/harness.js';
import type { RunningSimulator } from '../../types.js';
import type { ThalamusCaseDataFields, ThalamusConfig, ThalamusFieldType } from '../config.js';
import type { ThalamusCase } from '../wire.js';
import { findCase, listedCases, registerCaseRoutes, serialiseCase, typeOf } from './cases.js';
import type { ThalamusSimState } from './cases.js';
import {
  DEFAULT_GENERATED_CASES,
  generatedCases,
  SEEDED_CASE_TYPES,
  SEEDED_CASES,
  SEEDED_SYSTEM_CATEGORIES,
} from './seed.js';
import type { SimCaseDataField, SimCaseType, SimFieldType } from './seed.js';

export type { SimCaseDataField, SimCaseType, SimFieldType } from './seed.js';
export { DEFAULT_GENERATED_CASES, SEEDED_CASE_TYPES, SEEDED_SYSTEM_CATEGORIES } from './seed.js';

export interface ThalamusSimulatorOptions {
  port?: number;
  touchpoint?: string;
  token?: string;
  /**
   * How many generated cases the instance holds after the docs' two (cases 1 and 2): 50 by default,
   * so the case list has something to page through.
   */
  generatedCases?: number;
}

export interface RunningThalamusSimulator extends RunningSimulator<ThalamusConfig> {
  touchpoint: string;
  token: string;
  /** The stored case as GET /api/v4/cases/{id} would answer it, or undefined. */
  storedCase(id: number | string): ThalamusCase | undefined;
  /** Every stored case as GET /api/v4/cases would answer it, in id order. */
  storedCases(): ThalamusCase[];
  /** Adds a caseData field to a case type, as an instance administrator would. */
  addCaseDataField(categoryCode: string, typeCode: string, field: SimCaseDataField): void;
}

const DECLARED_TYPE: Record<SimFieldType, ThalamusFieldType> = {
  Boolean: 'BOOLEAN',
  Decimal: 'DECIMAL',
  Number: 'NUMBER',
  Date: 'DATE',
  Text: 'TEXT',
};

/**
 * The caseData declarations the instance owner would configure (THALAMUS_CASE_DATA_FIELDS) for the
 * seeded case types: Thalamus has no documented endpoint casegraph could learn them from.
 */
export function seededCaseDataFields(types: readonly SimCaseType[] = SEEDED_CASE_TYPES): ThalamusCaseDataFields {
  return {
    everyType: [],
    byCaseType: types.map((t) => ({
      categoryCode: t.categoryCode,
      typeCode: t.typeCode,
      fields: t.fields.map((f) => ({ key: f.name, type: DECLARED_TYPE[f.type], required: f.required })),
    })),
  };
}

export async function startThalamusSimulator(
  options: ThalamusSimulatorOptions = {},
): Promise<RunningThalamusSimulator> {
  const touchpoint = options.touchpoint ?? 'casegraph-sim';
  const token = options.token ?? 'sim-token-4f1c2a9e7b';
  const state: ThalamusSimState = {
    touchpoint,
    token,
    caseTypes: SEEDED_CASE_TYPES.map((t) => structuredClone(t)),
    systemCategories: new Set(SEEDED_SYSTEM_CATEGORIES),
    cases: new Map(),
    nextCaseId: 1,
    nextCommentId: 1,
  };
  const docsCommentIds = SEEDED_CASES.flatMap((c) => c.comments.map((m) => m.id));
  const generated = generatedCases(
    options.generatedCases ?? DEFAULT_GENERATED_CASES,
    1 + Math.max(0, ...docsCommentIds),
  );
  for (const seeded of [...SEEDED_CASES, ...generated]) {
    const id = state.nextCaseId++;
    state.cases.set(id, { ...structuredClone(seeded), id });
  }
  const commentIds = [...state.cases.values()].flatMap((c) => c.comments.map((m) => m.id));
  state.nextCommentId = 1 + Math.max(0, ...commentIds);

  const server = new SimulatorServer({
    notFound: () => ({ status: 404, text: 'Not Found' }),
    internalError: () => ({ status: 500, text: 'Internal Server Error' }),
  });
  registerCaseRoutes(server, state);

  const url = await server.listen(options.port ?? 0);
  return {
    url,
    server,
    touchpoint,
    token,
    config: { baseUrl: url, touchpoint, token, caseDataFields: seededCaseDataFields() },
    storedCase(id) {
      const found = findCase(state, String(id));
      return found ? serialiseCase(state, found) : undefined;
    },
    storedCases: () => listedCases(state),
    addCaseDataField(categoryCode, typeCode, field) {
      const type = typeOf(state, { categoryCode, typeCode });
      if (!type) throw new Error(`No case type ${categoryCode}/${typeCode} in the simulator.`);
      type.fields.push({ ...field });
    },
    close: () => server.close(),
  };
}
