// What the simulated Thalamus instance holds when it starts: case types as an instance
// administrator would configure them, a system-node category, two cases shaped like the get-cases
// page's example, and a deterministic crowd of generated cases so the case list has something to show.
import { pick, seededRandom } from '../../../simulators/people.js';
import type { ThalamusCaseDataValue } from '../wire.js';

/** The caseData field types the create-case page names (Boolean, Decimal, Number, Date), plus Text. */
export type SimFieldType = 'Boolean' | 'Decimal' | 'Number' | 'Date' | 'Text';

export interface SimCaseDataField {
  name: string;
  label: string;
  type: SimFieldType;
  required: boolean;
}

export interface SimCaseType {
  categoryCode: string;
  categoryName: string;
  typeCode: string;
  typeName: string;
  defaultAnswer: string;
  visibleInApp: boolean;
  statuses: string[];
  /** Statuses after which no transition is allowed (`statusIsAlreadyClose`). */
  closedStatuses: string[];
  resolutions: string[];
  /**
   * The statuses a case may be created in. PROJECT DECISION: the create-case page's
   * `InitialStatusNotSelected` ("a valid initial status was not provided") answers a create without
   * one of these, including a create without `status`: the docs name no default.
   */
  initialStatuses: string[];
  fields: SimCaseDataField[];
}

/** An entry of a case's one `comments` list. */
export interface SimComment {
  id: number;
  description: string;
}

export interface SimCase {
  id: number;
  categoryCode: string;
  typeCode: string;
  status: string;
  resolution: string | null;
  comments: SimComment[];
  caseData: Record<string, ThalamusCaseDataValue>;
  /** The vendor's spelling; items kept as sent (their shape is undocumented). */
  attachements: Record<string, unknown>[];
}

/** The docs' own example pair, plus a second case type. */
export const SEEDED_CASE_TYPES: readonly SimCaseType[] = [
  {
    categoryCode: 'Reclamo',
    categoryName: 'Reclamo',
    typeCode: 'Telefonico',
    typeName: 'Telefónico',
    defaultAnswer: 'Gracias por comunicarse. Su reclamo fue registrado.',
    visibleInApp: true,
    statuses: ['Created', 'Open', 'In Progress', 'Pending', 'On Hold', 'Resolved', 'Closed'],
    closedStatuses: ['Closed'],
    resolutions: ['Unresolved', 'Resolved', 'Rejected'],
    initialStatuses: ['Created', 'Open', 'In Progress'],
    fields: [
      { name: 'fechaIncidente', label: 'Fecha del incidente', type: 'Date', required: true },
      { name: 'montoReclamado', label: 'Monto reclamado', type: 'Decimal', required: false },
      { name: 'cantidadLlamadas', label: 'Cantidad de llamadas', type: 'Number', required: false },
      { name: 'requiereVisita', label: 'Requiere visita técnica', type: 'Boolean', required: false },
    ],
  },
  {
    categoryCode: 'Consulta',
    categoryName: 'Consulta',
    typeCode: 'Email',
    typeName: 'Correo electrónico',
    defaultAnswer: 'Responderemos su consulta por correo.',
    visibleInApp: false,
    statuses: ['Created', 'Open', 'Resolved', 'Closed'],
    closedStatuses: ['Closed'],
    resolutions: ['Unresolved', 'Answered'],
    initialStatuses: ['Created', 'Open'],
    fields: [
      { name: 'numeroCliente', label: 'Número de cliente', type: 'Number', required: false },
      { name: 'fechaRespuesta', label: 'Fecha de respuesta', type: 'Date', required: false },
    ],
  },
];

/** Categories that are system nodes of the category tree: they exist, but cases cannot be filed in them. */
export const SEEDED_SYSTEM_CATEGORIES: readonly string[] = ['Sistema'];

/** Cases 1 (open) and 2 (closed), without their ids. */
export const SEEDED_CASES: readonly Omit<SimCase, 'id'>[] = [
  {
    categoryCode: 'Reclamo',
    typeCode: 'Telefonico',
    status: 'Open',
    resolution: 'Unresolved',
    comments: [{ id: 1, description: 'El cliente llamó dos veces.' }],
    caseData: { fechaIncidente: '2024-03-18', montoReclamado: 1520.5, cantidadLlamadas: 2, requiereVisita: false },
    attachements: [],
  },
  {
    categoryCode: 'Reclamo',
    typeCode: 'Telefonico',
    status: 'Closed',
    resolution: 'Resolved',
    comments: [],
    caseData: { fechaIncidente: '2024-01-05', montoReclamado: null, cantidadLlamadas: 1, requiereVisita: true },
    attachements: [],
  },
];

/** How many generated cases the simulator holds beside the two above, unless told otherwise. */
export const DEFAULT_GENERATED_CASES = 50;

/** The seed of the generator: every start holds the same cases. */
const GENERATOR_SEED = 0x7a1a;

/** Comments agents write on the generated cases. */
const SEED_COMMENTS = [
  'El cliente llamó para consultar el estado.',
  'Se derivó al área técnica.',
  'Se envió un correo con la respuesta.',
  'El cliente no respondió al llamado.',
  'Se coordinó una visita para el jueves.',
  'Se reintegró el monto reclamado.',
] as const;

/** Customer numbers of the Consulta/Email cases: few, so a caseData filter matches several. */
const CUSTOMER_NUMBERS = [10001, 10002, 10003, 10004, 10005] as const;

const day = (random: () => number, year: number): string => {
  const date = new Date(Date.UTC(year, 0, 1) + Math.floor(random() * 365) * 86_400_000);
  return date.toISOString().slice(0, 10);
};

/** A resolution the case type knows, fitting the status: unresolved until the case is resolved or closed. */
function resolutionFor(type: SimCaseType, status: string, random: () => number): string | null {
  if (status !== 'Resolved' && status !== 'Closed') return random() < 0.2 ? null : 'Unresolved';
  return pick(
    type.resolutions.filter((r) => r !== 'Unresolved'),
    random,
  );
}

function caseDataFor(type: SimCaseType, random: () => number): Record<string, ThalamusCaseDataValue> {
  const data: Record<string, ThalamusCaseDataValue> = {};
  for (const field of type.fields) {
    // Optional fields are left empty now and then, as agents do.
    if (!field.required && random() < 0.2) {
      data[field.name] = null;
      continue;
    }
    switch (field.name) {
      case 'montoReclamado':
        data[field.name] = Math.round(random() * 500_000) / 100;
        break;
      case 'cantidadLlamadas':
        data[field.name] = 1 + Math.floor(random() * 5);
        break;
      case 'numeroCliente':
        data[field.name] = pick(CUSTOMER_NUMBERS, random);
        break;
      default:
        switch (field.type) {
          case 'Date':
            data[field.name] = day(random, 2024);
            break;
          case 'Boolean':
            data[field.name] = random() < 0.5;
            break;
          case 'Number':
            data[field.name] = Math.floor(random() * 100);
            break;
          case 'Decimal':
            data[field.name] = Math.round(random() * 10_000) / 100;
            break;
          case 'Text':
            data[field.name] = pick(SEED_COMMENTS, random);
            break;
        }
    }
  }
  return data;
}

/**
 * `count` more cases, the same on every start: every status of both case types,
 * caseData values of every field type (some empty) and a few comments. Comment ids start at
 * `firstCommentId`. The cases carry no people or times: Thalamus cases have none.
 */
export function generatedCases(count: number, firstCommentId: number): Omit<SimCase, 'id'>[] {
  const [phone, email] = SEEDED_CASE_TYPES;
  if (!phone || !email) throw new Error('The simulator needs its two case types to seed cases in.');
  const random = seededRandom(GENERATOR_SEED);
  let commentId = firstCommentId;
  const out: Omit<SimCase, 'id'>[] = [];
  // The first cases go through every status of every case type, so each one is held; then at random,
  // most cases complaints by phone and about a third questions by email.
  const everyStatus = [phone, email].flatMap((type) => type.statuses.map((status) => ({ type, status })));
  for (let i = 0; i < count; i += 1) {
    const type = everyStatus[i]?.type ?? (random() < 0.65 ? phone : email);
    const status = everyStatus[i]?.status ?? pick(type.statuses, random);
    const comments = Array.from({ length: Math.floor(random() * 4) }, () => ({
      id: commentId++,
      description: pick(SEED_COMMENTS, random),
    }));
    out.push({
      categoryCode: type.categoryCode,
      typeCode: type.typeCode,
      status,
      resolution: resolutionFor(type, status, random),
      comments,
      caseData: caseDataFor(type, random),
      attachements: [],
    });
  }
  return out;
}
