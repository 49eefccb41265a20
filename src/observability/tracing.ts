// OpenTelemetry traces: one span per GraphQL request (a SERVER span that continues the caller's
// W3C `traceparent`, e.g. a gateway's), one per vendor call beneath it, and undici's HTTP client
// spans beneath those. Off unless OTEL_EXPORTER_OTLP_ENDPOINT (or _TRACES_ENDPOINT) is set; while
// off, the request path does not touch the OpenTelemetry API at all.
import type { IncomingHttpHeaders } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import type { Attributes, Span } from '@opentelemetry/api';
import { isCaseError } from '../domain/errors.js';

let enabled = false;
const tracer = trace.getTracer('casegraph');

/** Whether spans are recorded: set once the SDK has started (src/observability/telemetry.ts). */
export function tracingEnabled(): boolean {
  return enabled;
}

export function setTracingEnabled(on: boolean): void {
  enabled = on;
}

/** What a vendor call's span reports once the call is over. */
export interface CallRecord {
  /** Attempts sent, the first included. */
  attempts: number;
  /** The HTTP status of the last answer, if one came. */
  status: number | undefined;
  /** The case the call created or read, once known. */
  caseId: string | undefined;
}

interface TracedCall {
  operation: string;
  method: string;
  effect: 'read' | 'write';
  caseId?: string | undefined;
}

/** The outcome type an error stands for in spans and audit events: the schema's error type, or `InternalError`. */
export function outcomeOf(err: unknown): string {
  return isCaseError(err) ? err.type : 'InternalError';
}

/**
 * Runs one vendor call (retries included) inside its span. Attributes are casegraph's own: the
 * provider, the vendor operation, the attempts, the last HTTP status, the outcome type and the case
 * id; never a URL, a header or a body, which can carry credentials or the case's contents.
 */
export function traced<T>(provider: string, call: TracedCall, run: (record: CallRecord) => Promise<T>): Promise<T> {
  const record: CallRecord = { attempts: 0, status: undefined, caseId: call.caseId };
  if (!enabled) return run(record);
  const attributes: Attributes = {
    'casegraph.provider': provider,
    'casegraph.vendor.operation': call.operation,
    'casegraph.vendor.effect': call.effect,
    'http.request.method': call.method,
  };
  return tracer.startActiveSpan(
    `${provider} ${call.operation}`,
    { kind: SpanKind.INTERNAL, attributes },
    async (span) => {
      try {
        const value = await run(record);
        span.setAttribute('casegraph.outcome', 'success');
        return value;
      } catch (err) {
        const outcome = outcomeOf(err);
        span.setAttribute('casegraph.outcome', outcome);
        span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
        throw err;
      } finally {
        span.setAttribute('casegraph.vendor.attempt', record.attempts);
        if (record.status !== undefined) span.setAttribute('http.response.status_code', record.status);
        if (record.caseId !== undefined) span.setAttribute('casegraph.case_id', record.caseId);
        span.end();
      }
    },
  );
}

/**
 * Runs a GraphQL request inside its SERVER span, continuing the caller's trace. Named `graphql`
 * until the operation is known; `describe` renames it and adds what the request settled.
 */
export function tracedRequest<T>(
  headers: IncomingHttpHeaders,
  attributes: Attributes,
  run: (span: Span | undefined) => Promise<T>,
): Promise<T> {
  if (!enabled) return run(undefined);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return context.with(parent, () =>
    tracer.startActiveSpan('graphql', { kind: SpanKind.SERVER, attributes }, async (span) => {
      try {
        return await run(span);
      } catch (err) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: outcomeOf(err) });
        throw err;
      } finally {
        span.end();
      }
    }),
  );
}
