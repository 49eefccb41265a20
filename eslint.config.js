// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

// What @graphql-eslint checks against: the subgraph schema (schema/federation.graphql's `@link` to the
// federation spec makes the plugin build it with @apollo/subgraph, so `@key`, `_entities` and `_Any` are
// known as the gateway sees them) and the example client operations. One object for both blocks: the
// plugin loads it once per process.
const graphQLConfig = {
  schema: `${import.meta.dirname}/schema/*.graphql`,
  documents: `${import.meta.dirname}/examples/client/operations/*.graphql`,
};
const graphqlLanguage = {
  languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
  plugins: { '@graphql-eslint': graphqlPlugin },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'src/generated/',
      'examples/client/generated/',
      'examples/web/src/generated/',
      'examples/web/dist/',
      'dist/',
      'coverage/',
      'test-results/',
    ],
  },
  {
    // Code only: the type-checked rules need the TypeScript parser, and the .graphql files below have their own.
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      // A new enum member (CaseStatus, ErrorCode, a vendor's status) must be handled wherever its enum is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
    },
  },
  {
    // Providers reach a vendor only through VendorApi (src/http/vendorApi.ts), where retries, the
    // breaker, the bulkhead, the deadline and honest write outcomes live; never the HTTP client itself.
    files: ['src/providers/**/*.ts'],
    ignores: ['src/providers/*/simulator/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/http/client.js', 'undici'],
              allowTypeImports: true,
              message:
                'Vendor calls go through VendorApi (src/http/vendorApi.ts), which applies the resilience policy.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The schema casegraph serves (schema/published/ is the registry's copy, checked by `npm run schema:check`).
    files: ['schema/*.graphql'],
    ...graphqlLanguage,
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Off: a one-line description is "…" and a longer one """…""". The rule wants one style for all,
      // but a description that spans lines cannot be inline, and tripling the quotes of some 400 one-line
      // descriptions would change nothing a client sees (introspection returns the same text).
      '@graphql-eslint/description-style': 'off',
      // Beyond the recommended types and root fields: every field, argument, input field and enum value
      // has a description, and a new one must too. (Customer and Customer.email in listing.graphql are
      // the exception, disabled there with the reason.)
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
        },
      ],
      // Every object type has a non-null `id: ID!`, except the types that are values rather than objects
      // with an identity of their own. A new object type either gets an id or is listed here.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            // Result-union members (ValidationError and the other errors, FieldError, the mutation
            // payloads), connection plumbing, and ProviderInfo.listing's capability descriptions.
            suffixes: ['Error', 'Success', 'Connection', 'Edge', 'Support'],
            types: [
              'PageInfo',
              // Parts of a case with no identity of their own (Author.id is null when the vendor gives none).
              'Author',
              'CustomFieldValue',
              'CustomFieldDefinitions',
              'CustomFieldDefinition',
              'CustomFieldOption',
              'InputMaxLength',
              'OperationWarning',
              // Federation entities keyed by something else: `@key(fields: "provider")`, `@key(fields: "email")`.
              'ProviderInfo',
              'Customer',
            ],
          },
        },
      ],
      // Forward paging only (`first`/`after`): the vendors page forward, and PageInfo says casegraph does.
      // `last`/`before` would be arguments it cannot honour. Still enforced: `first`/`after` on every connection.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Without listTypeCanWrapOnlyEdgeType, which flags every list in the schema (input paths, enum
      // lists, errors' `fields`, connections' `nodes`), not just unpaged lists of nodes. Still enforced:
      // an Edge type's name, its `cursor`, and a `node` that implements Node.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
      // Not enforced: alphabetize (schema-all). Fields are ordered by meaning (ids first, a connection
      // beside the list it replaces) and enum values in their natural order (NEW..CLOSED, LOW..URGENT).
    },
  },
  {
    // The example client operations, checked against the schema (codegen checks them too, but not for style).
    files: ['examples/client/operations/*.graphql'],
    ...graphqlLanguage,
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      // As recommended, but GetCase and GetCaseByVendorId keep their `Get`: renaming an operation renames
      // the generated documents (GetCaseDocument) and result types the e2e tests and docs use.
      '@graphql-eslint/naming-convention': [
        'error',
        {
          VariableDefinition: 'camelCase',
          OperationDefinition: {
            style: 'PascalCase',
            forbiddenPrefixes: ['Query', 'Mutation', 'Subscription'],
            forbiddenSuffixes: ['Query', 'Mutation', 'Subscription'],
          },
          FragmentDefinition: { style: 'PascalCase', forbiddenPrefixes: ['Fragment'], forbiddenSuffixes: ['Fragment'] },
        },
      ],
    },
  },
  {
    // CaseFields asks for every field a case has, the deprecated whole lists (Case.interactions, notes,
    // comments) included: the e2e tests read them through it beside the connections that replace them.
    files: ['examples/client/operations/fragments.graphql'],
    rules: { '@graphql-eslint/no-deprecated': 'off' },
  },
);
