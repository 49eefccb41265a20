// The registry and the schema are the only lists of vendors: everything else is derived from them,
// and each test here fails if a derived list leaves a registered vendor out.
import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_PROVIDERS, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { PROVIDER_MODULES } from '../src/providers/registry.js';
import { checkInputShape, vendorInputKey } from '../src/providers/shared/validation.js';
import { operationErrorsFrom } from '../src/resolvers/operationErrors.js';
import { loadTypeDefs } from '../src/typeDefs.js';

const typeDefs = loadTypeDefs();
const registered = PROVIDER_MODULES.map((m) => m.provider);

function enumValues(name: string): string[] {
  return typeDefs.definitions.flatMap((d) =>
    d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name ? (d.values ?? []).map((v) => v.name.value) : [],
  );
}

function inputFields(name: string): string[] {
  return typeDefs.definitions.flatMap((d) =>
    d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === name
      ? (d.fields ?? []).map((f) => f.name.value)
      : [],
  );
}

describe('derived from the registry and the schema', () => {
  it('the schema enum CaseProvider and the registry name the same vendors', () => {
    expect([...registered].sort()).toEqual(enumValues('CaseProvider').sort());
  });

  it('configuration serves every registered vendor by default, and knows each by name', () => {
    expect(ALL_PROVIDERS).toEqual(registered);
    const outcome = loadConfig({});
    expect(outcome.ok && outcome.config.providers.map((p) => p.provider)).toEqual(registered);
    for (const provider of registered) {
      const one = loadConfig({ CASEGRAPH_PROVIDERS: provider.toLowerCase() });
      expect(one.ok && one.config.providers.map((p) => p.provider)).toEqual([provider]);
    }
  });

  it('each registered vendor has its own input object on create and update, refused for the others', () => {
    for (const provider of registered) {
      const key = vendorInputKey(provider);
      expect(inputFields('CreateCaseInput')).toContain(key);
      expect(inputFields('UpdateCaseInput')).toContain(key);
      for (const other of registered.filter((p) => p !== provider)) {
        const module = PROVIDER_MODULES.find((m) => m.provider === other)!;
        const problems = checkInputShape(other, module.capabilities, 'update', { [key]: { anything: 1 } });
        expect(problems).toContainEqual({ path: [key], message: `${key} applies only to provider ${provider}.` });
      }
    }
  });

  it('each operation may answer exactly the error members of its result union', () => {
    const errors = operationErrorsFrom(typeDefs);
    expect(Object.fromEntries(errors)).toEqual({
      case: [
        'ValidationError',
        'AuthenticationError',
        'NotFoundError',
        'RateLimitedError',
        'ProviderUnavailableError',
        'ForbiddenError',
      ],
      caseByVendorId: [
        'ValidationError',
        'AuthenticationError',
        'NotFoundError',
        'RateLimitedError',
        'ProviderUnavailableError',
        'ForbiddenError',
      ],
      customFieldDefinitions: ['AuthenticationError', 'RateLimitedError', 'ProviderUnavailableError', 'ForbiddenError'],
      cases: [
        'ValidationError',
        'AuthenticationError',
        'RateLimitedError',
        'ProviderUnavailableError',
        'ForbiddenError',
      ],
      createCase: [
        'ValidationError',
        'AuthenticationError',
        'RateLimitedError',
        'ConflictError',
        'OutcomeUnknownError',
        'ProviderUnavailableError',
        'ForbiddenError',
      ],
      updateCase: [
        'ValidationError',
        'AuthenticationError',
        'NotFoundError',
        'RateLimitedError',
        'ConflictError',
        'OutcomeUnknownError',
        'ProviderUnavailableError',
        'ForbiddenError',
      ],
    });
  });

  it("the logger redacts every registered vendor's credentials", async () => {
    for (const module of PROVIDER_MODULES) {
      expect(module.secrets.length, `${module.provider} declares its secrets`).toBeGreaterThan(0);
      const simulator = await module.startSimulator();
      try {
        const lines: string[] = [];
        const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
        logger.info({ config: simulator.config }, 'config');
        const logged = lines.join('');
        expect(logged).toContain('[redacted]');
        const config: unknown = simulator.config;
        for (const key of module.secrets) {
          const value =
            typeof config === 'object' && config !== null && key in config ? Reflect.get(config, key) : undefined;
          expect(typeof value, `${module.provider}.${key} is a string in its config`).toBe('string');
          expect(logged).not.toContain(String(value));
        }
      } finally {
        await simulator.close();
      }
    }
  });
});
