import { describe, it, expect } from 'vitest';
import { envVars, readConfig } from '../../../src/providers/talkdesk/config.js';

const complete = {
  TALKDESK_TOKEN_URL: 'https://acme.talkdeskid.com/oauth/token',
  TALKDESK_CLIENT_ID: 'client',
  TALKDESK_CLIENT_SECRET: 'secret',
};

describe('Talkdesk configuration', () => {
  it('lists its environment variables', () => {
    expect(envVars).toEqual([
      'TALKDESK_BASE_URL',
      'TALKDESK_TOKEN_URL',
      'TALKDESK_CLIENT_ID',
      'TALKDESK_CLIENT_SECRET',
      'TALKDESK_SCOPES',
      'TALKDESK_DEFINITIONS_TTL_SECONDS',
    ]);
  });

  it('is absent when no variable is set (blank counts as unset)', () => {
    expect(readConfig({})).toEqual({ kind: 'absent' });
    expect(readConfig({ TALKDESK_CLIENT_ID: '  ' })).toEqual({ kind: 'absent' });
  });

  it('is incomplete without the token URL or the client credentials', () => {
    expect(readConfig({ TALKDESK_BASE_URL: 'https://api.talkdeskapp.eu' })).toEqual({
      kind: 'incomplete',
      missing: ['TALKDESK_TOKEN_URL', 'TALKDESK_CLIENT_ID', 'TALKDESK_CLIENT_SECRET'],
    });
    expect(readConfig({ ...complete, TALKDESK_CLIENT_SECRET: '' })).toEqual({
      kind: 'incomplete',
      missing: ['TALKDESK_CLIENT_SECRET'],
    });
  });

  it('defaults to the US region and the three Case API scopes', () => {
    expect(readConfig(complete)).toEqual({
      kind: 'ok',
      config: {
        baseUrl: 'https://api.talkdeskapp.com',
        tokenUrl: 'https://acme.talkdeskid.com/oauth/token',
        clientId: 'client',
        clientSecret: 'secret',
        scopes: ['cases-public:read', 'cases-public:write', 'case-fields-public:read'],
      },
    });
  });

  it('takes another region and space-separated scopes', () => {
    const result = readConfig({
      ...complete,
      TALKDESK_BASE_URL: 'https://api.talkdeskapp.eu/',
      TALKDESK_TOKEN_URL: 'https://acme.talkdeskid.eu/oauth/token',
      TALKDESK_SCOPES: ' cases-public:read   case-fields-public:read ',
    });
    expect(result).toMatchObject({
      kind: 'ok',
      config: { baseUrl: 'https://api.talkdeskapp.eu', scopes: ['cases-public:read', 'case-fields-public:read'] },
    });
  });

  it('reads the field-definitions cache lifetime in seconds', () => {
    expect(readConfig({ ...complete, TALKDESK_DEFINITIONS_TTL_SECONDS: '90' })).toMatchObject({
      kind: 'ok',
      config: { definitionsTtlMs: 90_000 },
    });
    expect(readConfig({ ...complete, TALKDESK_DEFINITIONS_TTL_SECONDS: '1.5m' })).toEqual({
      kind: 'invalid',
      problems: ['TALKDESK_DEFINITIONS_TTL_SECONDS must be a whole number of seconds.'],
    });
  });

  it('refuses malformed URLs and scopes without echoing the secret', () => {
    const result = readConfig({
      ...complete,
      TALKDESK_BASE_URL: 'api.talkdeskapp.com',
      TALKDESK_TOKEN_URL: 'ftp://acme.talkdeskid.com/oauth/token?x=1',
      TALKDESK_SCOPES: 'cases-public:read "quoted"',
    });
    expect(result).toEqual({
      kind: 'invalid',
      problems: [
        'TALKDESK_BASE_URL is not a URL.',
        'TALKDESK_TOKEN_URL must be an http(s) URL.',
        'TALKDESK_SCOPES contains an invalid scope "\\"quoted\\"".',
      ],
    });
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});
