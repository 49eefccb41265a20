// How enum values are shown. Records over the generated enum types: a value the schema adds is a
// type error here until it has a label.
import type { CasePriority, CaseProvider, CaseStatus } from './generated/graphql';

export const PROVIDER_LABELS: Record<CaseProvider, string> = {
  KHOROS: 'Khoros',
  SPRINKLR: 'Sprinklr',
  THALAMUS: 'Thalamus',
  TALKDESK: 'Talkdesk',
};

export const STATUS_LABELS: Record<CaseStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING: 'Pending',
  ON_HOLD: 'On hold',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
  OTHER: 'Other',
};

export const PRIORITY_LABELS: Record<CasePriority, string> = {
  LOW: 'Low',
  NORMAL: 'Normal',
  HIGH: 'High',
  URGENT: 'Urgent',
};

/** Narrows a `<select>`'s string to the enum its options came from. */
export function isKeyOf<K extends string>(labels: Record<K, string>, value: string): value is K {
  return Object.hasOwn(labels, value);
}

/** `[value, label]` pairs for a `<select>`, in the record's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return Object.keys(labels)
    .filter((value) => isKeyOf(labels, value))
    .map((value) => ({ value, label: labels[value] }));
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** An absolute time, the same on every render and reload (relative times would drift between them). */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${timeFormat.format(date)} UTC`;
}
