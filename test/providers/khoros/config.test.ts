import { describe, it, expect } from 'vitest';
import { envVars, isInt64Id, readConfig } from '../../../src/providers/khoros/config.js';
import { khoros } from '../../../src/providers/khoros/index.js';

const complete = {
  KHOROS_BASE_URL: 'https://crm.example.com/api/v1',
  KHOROS_AUTH_VALUE: 'shared-secret',
  KHOROS_AGENT_EMAIL: 'agent@brand.example',
  KHOROS_COMPANY_ID: '9007199254740993',
  KHOROS_INITIATIVE_ID: '9223372036854775807',
};

describe('Khoros configuration', () => {
  it('lists its variables', () => {
    expect(khoros.envVars).toBe(envVars);
    expect([...envVars].sort()).toEqual(
      [
        'KHOROS_AGENT_EMAIL',
        'KHOROS_AUTH_HEADER',
        'KHOROS_AUTH_VALUE',
        'KHOROS_BASE_URL',
        'KHOROS_COMPANY_ID',
        'KHOROS_DEFINITIONS_TTL_SECONDS',
        'KHOROS_INITIATIVE_ID',
      ].sort(),
    );
  });

  it('is absent when no variable is set', () => {
    expect(readConfig({ OTHER: 'x', KHOROS_BASE_URL: '  ' })).toEqual({ kind: 'absent' });
  });

  it('names the missing required variables', () => {
    expect(readConfig({ KHOROS_AUTH_HEADER: 'X-Api-Key' })).toEqual({
      kind: 'incomplete',
      missing: [
        'KHOROS_BASE_URL',
        'KHOROS_AUTH_VALUE',
        'KHOROS_AGENT_EMAIL',
        'KHOROS_COMPANY_ID',
        'KHOROS_INITIATIVE_ID',
      ],
    });
    const { KHOROS_AUTH_VALUE: _secret, ...noSecret } = complete;
    expect(readConfig(noSecret)).toEqual({ kind: 'incomplete', missing: ['KHOROS_AUTH_VALUE'] });
  });

  it('keeps 64-bit ids as the exact decimal strings, and defaults the secret header to Authorization', () => {
    expect(readConfig(complete)).toEqual({
      kind: 'ok',
      config: {
        baseUrl: 'https://crm.example.com/api/v1',
        authHeader: 'Authorization',
        authValue: 'shared-secret',
        agentEmail: 'agent@brand.example',
        companyId: '9007199254740993',
        initiativeId: '9223372036854775807',
      },
    });
    const custom = readConfig({ ...complete, KHOROS_AUTH_HEADER: 'X-CRM-Key' });
    expect(custom.kind === 'ok' && custom.config.authHeader).toBe('X-CRM-Key');
  });

  it('reports malformed values without echoing the secret', () => {
    const result = readConfig({
      KHOROS_BASE_URL: 'ftp://crm.example.com',
      KHOROS_AUTH_VALUE: 'shared-secret',
      KHOROS_AUTH_HEADER: 'Bad Header',
      KHOROS_AGENT_EMAIL: 'not-an-email',
      KHOROS_COMPANY_ID: '12.5',
      KHOROS_INITIATIVE_ID: '9223372036854775808',
    });
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        'KHOROS_BASE_URL must be an http(s) URL.',
        'KHOROS_AUTH_HEADER is not a valid HTTP header name.',
        'KHOROS_AGENT_EMAIL is not an email address.',
        'KHOROS_COMPANY_ID must be a 64-bit id in decimal digits.',
        'KHOROS_INITIATIVE_ID must be a 64-bit id in decimal digits.',
      ],
    });
    expect(JSON.stringify(result)).not.toContain('shared-secret');
    expect(readConfig({ ...complete, KHOROS_BASE_URL: 'not a url' })).toEqual({
      kind: 'invalid',
      problems: ['KHOROS_BASE_URL is not a URL.'],
    });
    expect(readConfig({ ...complete, KHOROS_BASE_URL: 'https://user:pw@crm.example.com' })).toMatchObject({
      kind: 'invalid',
    });
    expect(readConfig({ ...complete, KHOROS_AUTH_HEADER: 'x-sf-company-id' })).toMatchObject({ kind: 'invalid' });
  });

  it('validates 64-bit ids by their digits, never as JS numbers', () => {
    expect(isInt64Id('0')).toBe(true);
    expect(isInt64Id('9223372036854775807')).toBe(true);
    expect(isInt64Id('9223372036854775808')).toBe(false);
    expect(isInt64Id('10000000000000000000')).toBe(false);
    expect(isInt64Id('-1')).toBe(false);
    expect(isInt64Id('007')).toBe(false);
    expect(isInt64Id('1e3')).toBe(false);
    expect(isInt64Id('')).toBe(false);
  });
});
