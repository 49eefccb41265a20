import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The end-to-end suites that read and write cases through `startTestApp`'s `gql`: run a second
 * time with every operation sent as a trusted document (test/helpers/app.ts), so that each of
 * their assertions holds for both paths a document can take, Apollo's pipeline and a precompiled
 * plan.
 */
const BOTH_PATHS = [
  'test/e2e/talkdesk.test.ts',
  'test/e2e/sprinklr.test.ts',
  'test/e2e/khoros.test.ts',
  'test/e2e/thalamus.test.ts',
  'test/e2e/listing.test.ts',
  'test/e2e/idempotency.test.ts',
  'test/e2e/limits.test.ts',
  'test/e2e/readme.test.ts',
  'test/e2e/readmeListing.test.ts',
  'test/e2e/fifthVendor.test.ts',
  'test/e2e/resilience.test.ts',
  'test/e2e/observability.test.ts',
  'test/federation/nodes.test.ts',
];

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for every package (it has no `exports` map); Vite would
    // give our own files its `.mjs` build instead, and graphql's instanceof checks reject objects
    // from "another module or realm". One graphql for all, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'ad-hoc documents', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'trusted documents',
          include: BOTH_PATHS,
          env: { CASEGRAPH_TEST_DOCUMENTS: 'trusted' },
        },
      },
    ],
  },
});
