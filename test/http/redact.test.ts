import { describe, expect, it } from 'vitest';
import { redactVendorText } from '../../src/http/redact.js';

describe('redactVendorText', () => {
  it.each([
    ['Upstream https://crm-internal.acme.corp:8443/api/v1/case?token=abc failed', 'Upstream [redacted] failed'],
    ['connect ECONNREFUSED 10.2.3.4:5432', 'connect ECONNREFUSED [redacted]'],
    ['host db-7.eu-west-1.rds.amazonaws.com unreachable', 'host [redacted] unreachable'],
    ['proxy at cache-2:6379 said no', 'proxy at [redacted] said no'],
    ['sent Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl', 'sent Authorization: [redacted]'],
    ['invalid api_key=sk_live_0123456789abcdef', 'invalid [redacted]'],
    ['session 4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a expired', 'session [redacted] expired'],
    ['fe80::1ff:fe23:4567:890a is not allowed', '[redacted] is not allowed'],
  ])('hides what locates or unlocks the vendor: %s', (text, expected) => {
    expect(redactVendorText(text)).toBe(expected);
  });

  it.each([
    'title must be at most 150 characters',
    'custom_fields.tier must be one of gold, silver',
    'case.id is required',
    'requester_email ada@example is not a valid email address',
    'Code 0123 is not a valid categoryCode',
    'dueDate must be after 2024-05-01T10:00:00Z',
    'the office opens at 10:00:00 UTC',
    'case 3fa85f64-5717-4562-b3fc-2c963f66afa6 was not found',
  ])('leaves field-level messages readable: %s', (text) => {
    expect(redactVendorText(text)).toBe(text);
  });
});
