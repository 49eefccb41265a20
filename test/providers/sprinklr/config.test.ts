// SPRINKLR_* variables into a SprinklrConfig.
import { describe, expect, it } from 'vitest';
import { parseCustomProperties, readConfig, resolveBaseUrl } from '../../../src/providers/sprinklr/config.js';

describe('readConfig', () => {
  it('is absent without any SPRINKLR_ variable and incomplete without the credentials', () => {
    expect(readConfig({})).toEqual({ kind: 'absent' });
    expect(readConfig({ SPRINKLR_ENV: 'prod2' })).toEqual({
      kind: 'incomplete',
      missing: ['SPRINKLR_ACCESS_TOKEN', 'SPRINKLR_API_KEY'],
    });
  });

  it('defaults to api3 and drops the {env} segment when SPRINKLR_ENV is empty', () => {
    const result = readConfig({ SPRINKLR_ACCESS_TOKEN: 't', SPRINKLR_API_KEY: 'k', SPRINKLR_ENV: '' });
    expect(result).toEqual({
      kind: 'ok',
      config: {
        baseUrl: 'https://api3.sprinklr.com',
        accessToken: 't',
        apiKey: 'k',
        customProperties: [
          {
            key: 'spr_uc_type',
            label: 'Case type',
            type: 'STRING_LIST',
            required: false,
            requiredFor: [],
            options: [],
          },
        ],
      },
    });
  });

  it('puts SPRINKLR_ENV into the base URL and reads configured custom properties', () => {
    const result = readConfig({
      SPRINKLR_ACCESS_TOKEN: 't',
      SPRINKLR_API_KEY: 'k',
      SPRINKLR_ENV: 'prod2',
      SPRINKLR_BASE_URL: 'https://api2.sprinklr.com/{env}',
      SPRINKLR_CASE_CUSTOM_PROPERTIES: '_c_6915c1fcbcc3d050f77b9943=Order number, spr_uc_tag',
    });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.config.baseUrl).toBe('https://api2.sprinklr.com/prod2');
    expect(result.config.customProperties.map((d) => [d.key, d.label])).toEqual([
      ['spr_uc_type', 'Case type'],
      ['_c_6915c1fcbcc3d050f77b9943', 'Order number'],
      ['spr_uc_tag', null],
    ]);
  });

  it('reports malformed values', () => {
    const result = readConfig({
      SPRINKLR_ACCESS_TOKEN: 't',
      SPRINKLR_API_KEY: 'k',
      SPRINKLR_ENV: 'prod 2',
      SPRINKLR_BASE_URL: 'https://api3.sprinklr.com',
      SPRINKLR_CASE_CUSTOM_PROPERTIES: 'spr_uc_status,bad key',
    });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problems).toHaveLength(4);
    expect(readConfig({ SPRINKLR_ACCESS_TOKEN: 't', SPRINKLR_API_KEY: 'k', SPRINKLR_BASE_URL: 'not a url' }).kind).toBe(
      'invalid',
    );
  });

  it('resolves {env} anywhere in the template', () => {
    expect(resolveBaseUrl('https://h/{env}/', undefined)).toBe('https://h');
    expect(resolveBaseUrl('https://h/{env}/x', 'prod4')).toBe('https://h/prod4/x');
    expect(parseCustomProperties(undefined).definitions.map((d) => d.key)).toEqual(['spr_uc_type']);
  });
});
