// Every vendor reads cases one id at a time (none has a batch read by id): the per-request loader
// collapses repeated reads of one case within a GraphQL request, and keeps each failure with its id.
import DataLoader from 'dataloader';
import { CaseError } from '../../domain/errors.js';

export type CaseLoader<V> = DataLoader<string, V>;

export function caseLoader<V>(read: (id: string) => Promise<V>): CaseLoader<V> {
  return new DataLoader<string, V>((ids) => Promise.all(ids.map((id) => read(id).catch(asError))), {
    batch: false,
  });
}

/** DataLoader needs Error instances to tell a failure from a value. */
export function asError(err: unknown): Error {
  return err instanceof Error
    ? err
    : new CaseError('ProviderUnavailableError', 'The request failed inside casegraph.', { cause: err });
}
