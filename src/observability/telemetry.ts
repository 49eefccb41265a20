// Starts the OpenTelemetry SDK when an OTLP endpoint is configured. The SDK reads the standard
// OTEL_* variables itself (endpoint, protocol, headers, sampler, resource attributes); casegraph
// adds its service name and the undici instrumentation, whose HTTP client spans sit under each
// vendor call's span. Node's http server is not instrumented: casegraph's own SERVER span per
// GraphQL request (src/observability/tracing.ts) carries what an operator needs.
import { setTracingEnabled } from './tracing.js';

/** Whether traces are exported: an OTLP endpoint is set and the SDK is not disabled. */
export function tracingConfigured(env: NodeJS.ProcessEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '';
  return endpoint.trim() !== '' && env.OTEL_SDK_DISABLED?.toLowerCase() !== 'true';
}

export interface Telemetry {
  /** Flushes the spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/** Loads the SDK only when tracing is configured: unused, it would cost start-up time and memory. */
export async function startTelemetry(env: NodeJS.ProcessEnv): Promise<Telemetry> {
  if (!tracingConfigured(env)) return { shutdown: () => Promise.resolve() };
  const [{ NodeSDK }, { UndiciInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-undici'),
  ]);
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME?.trim() || 'casegraph',
    instrumentations: [new UndiciInstrumentation()],
    // Traces only: metrics are Prometheus's (/metrics) and logs are pino's lines on stdout.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  setTracingEnabled(true);
  return {
    async shutdown() {
      setTracingEnabled(false);
      await sdk.shutdown();
    },
  };
}
