import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electronPaths = [
  {
    name: 'electron',
    message:
      'Only src-main/electron/ and src-preload/ may import electron; domain and services run under plain Node.',
  },
];
const electronPatterns = [
  {
    group: ['electron/*'],
    message: 'Only src-main/electron/ and src-preload/ may import electron.',
  },
];

/**
 * The layers of docs/architecture.md. A later block's no-restricted-imports replaces an earlier
 * one for the same files, so each zone repeats the electron rule. Tests may reach across layers.
 */
const zone = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: electronPaths, patterns: [...electronPatterns, ...patterns] },
    ],
  },
});
const nodeGlobals = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require'].map(
  (name) => ({ name, message: 'The renderer runs in a browser: no Node globals.' }),
);
const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage'].map((name) => ({
  name,
  message: 'The main process and preload run under Node: no browser globals.',
}));
const UP_THE_STACK = ['**/services/**', '**/http/**', '**/station', '**/context'];
// All SQL lives in store/ (docs/architecture.md, "One writer"): above it, call a store function.
const SQL = {
  regex: '(^better-sqlite3$|^drizzle-orm|/platform/prepared$)',
  message: 'SQL lives only in src-main/store/: add or call a store function there.',
};
const BELOW_SERVICES = {
  group: UP_THE_STACK,
  message:
    'platform/, devices/ and store/ sit below the services: take plain values, raise domain errors.',
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'db/migrations', 'test-results', 'playwright-report'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { paths: electronPaths, patterns: electronPatterns }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  zone(
    ['src-main/domain/**'],
    [
      {
        group: ['../*', 'node:*'],
        message: 'domain/ holds pure rules: it imports only other domain modules, no I/O.',
      },
    ],
  ),
  zone(
    ['src-main/contract/**'],
    [
      {
        regex: '^(\\.\\./(?!domain/)|node:)',
        message: 'contract/ is zod schemas the browser runs too: it imports only domain/ and zod.',
      },
    ],
  ),
  zone(['src-main/platform/**', 'src-main/store/**'], [BELOW_SERVICES]),
  zone(['src-main/devices/**'], [BELOW_SERVICES, SQL]),
  zone(
    ['src-main/services/**'],
    [
      {
        group: ['**/http/**', '**/station', '**/context'],
        message:
          'Services never import the HTTP layer or the composition root: declare a dependencies interface.',
      },
      SQL,
    ],
  ),
  zone(['src-main/http/**', 'src-main/jobs/**'], [SQL]),
  { files: ['src-main/electron/**', 'src-preload/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The renderer is a browser bundle: of the main process it may run only the contract and domain.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // gitignore-style negation does not reach inside a group here, hence a regex
              regex: '(^|/)(src-main/(?!domain/|contract/)|db/)',
              allowTypeImports: true,
              message:
                'The renderer runs only src-main/contract/ and src-main/domain/ at run time; use `import type` for anything else of the main process.',
            },
          ],
        },
      ],
    },
  },
  {
    // @types/node reaches the web project through type-only imports of src-main/services/, and
    // DOM reaches the node project through @types/pdfmake's `reference lib`, so tsc alone cannot
    // keep each process to its own globals (docs/architecture.md, "Type checking").
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'src-renderer/testing/**', 'src-renderer/pwa/build/**'],
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: electronPaths,
          patterns: [
            ...electronPatterns,
            { regex: '^node:', message: 'The renderer is a browser bundle: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts', 'db/**/*.ts'],
    ignores: ['src-preload/global.d.ts'],
    rules: { 'no-restricted-globals': ['error', ...browserGlobals] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
