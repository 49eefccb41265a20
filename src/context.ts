import type { Logger } from 'pino';
import { may } from './auth/caller.js';
import type { Access, Caller } from './auth/caller.js';
import { CaseError } from './domain/errors.js';
import type { CaseProvider } from './domain/model.js';
import type { Deadline } from './http/deadline.js';
import type { Idempotency } from './idempotency/idempotency.js';
import type { CaseDataSource, ProviderConnection } from './providers/types.js';
import type { ProviderInfoModel } from './providers/registry.js';

export const DEFAULT_LIST_SCAN_LIMIT = 1000;

export interface ProviderCallRecord {
  provider: CaseProvider;
  operation: string;
  /** `success` or the error type it settled as. */
  outcome: string;
  durationMs: number;
}

/** Per-request state handed to every resolver. */
export interface RequestContext {
  /** The request's id, from the caller's `x-request-id` or generated; echoed in the response. */
  requestId: string;
  /** Who is calling (authenticated before GraphQL ran), or the anonymous caller when auth is off. */
  caller: Caller;
  /**
   * The datasource for a provider, created on first use and kept for the rest of the request. Every
   * vendor call starts here, so this is where access is checked: a caller without the scope gets a
   * ForbiddenError and no vendor call.
   */
  dataSource(provider: CaseProvider, access: Access): CaseDataSource;
  /** Every provider, as Query.providers reports it. */
  providers: readonly ProviderInfoModel[];
  /** A logger that stamps every line with the request id and the caller (made on first use). */
  readonly logger: Logger;
  /** Each provider call settled for this request, for the one log line of the operation. */
  providerCalls: ProviderCallRecord[];
  /** Holds mutations' idempotency keys, shared by every request (and, with Redis, every instance). */
  idempotency: Idempotency;
  /** Where write attempts and outcomes are recorded (info, whatever LOG_LEVEL says); absent when CASEGRAPH_AUDIT_LOG=false. */
  readonly auditLog: Logger | undefined;
  /** The most vendor cases a provider's part of a list page looks through where casegraph filters itself. */
  readonly listScanLimit: number;
}

/** What every request's context shares: made once per process. */
export interface SharedServices {
  logger: Logger;
  providers: readonly ProviderInfoModel[];
  idempotency: Idempotency;
  connections: ReadonlyMap<CaseProvider, ProviderConnection>;
  auditLog?: Logger | undefined;
  /** CASEGRAPH_LIST_SCAN_LIMIT; 1,000 when absent. */
  listScanLimit?: number | undefined;
}

/**
 * The context of one request. A class, not an object literal, because Apollo copies the context
 * with `Object.assign` for every operation: the lazy logger must be a prototype getter over state
 * the copy shares, or the copy would make the child logger at once.
 */
export class CasegraphContext implements RequestContext {
  providerCalls: ProviderCallRecord[] = [];
  private readonly state: { logger?: Logger; dataSources: Map<CaseProvider, CaseDataSource> } = {
    dataSources: new Map(),
  };

  constructor(
    readonly requestId: string,
    readonly caller: Caller,
    private readonly services: SharedServices,
    /** The request's deadline and vendor-call budget, handed to every datasource it makes. */
    private readonly deadline?: Deadline,
  ) {}

  get providers(): readonly ProviderInfoModel[] {
    return this.services.providers;
  }

  get idempotency(): Idempotency {
    return this.services.idempotency;
  }

  get auditLog(): Logger | undefined {
    return this.services.auditLog;
  }

  get listScanLimit(): number {
    return this.services.listScanLimit ?? DEFAULT_LIST_SCAN_LIMIT;
  }

  /** A child logger costs an allocation and a serialisation of its bindings: made on first use only. */
  get logger(): Logger {
    this.state.logger ??= this.services.logger.child({ requestId: this.requestId, caller: this.caller.id });
    return this.state.logger;
  }

  dataSource(provider: CaseProvider, access: Access): CaseDataSource {
    if (!may(this.caller, access, provider)) {
      throw new CaseError(
        'ForbiddenError',
        `This caller may not ${access} ${provider} cases (it needs the cases:${access} scope).`,
      );
    }
    let ds = this.state.dataSources.get(provider);
    if (!ds) {
      const connection = this.services.connections.get(provider);
      if (!connection) {
        throw new CaseError('ProviderUnavailableError', `${provider} is not enabled on this casegraph instance.`, {
          retriable: false,
        });
      }
      ds = connection.dataSource(this.deadline);
      this.state.dataSources.set(provider, ds);
    }
    return ds;
  }
}
