// What the simulated Thalamus instance holds when it starts: case types as an instance
// administrator would configure them, a system-node category, and two cases shaped like the
// get-cases page's example.
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
