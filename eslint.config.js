import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const electronOnlyAtTheEdge = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'electron',
          message:
            'Only src-main/electron/ and src-preload/ may import electron; domain and services run under plain Node.',
        },
      ],
      patterns: [
        {
          group: ['electron/*'],
          message: 'Only src-main/electron/ and src-preload/ may import electron.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'db/migrations', 'test-results', 'playwright-report'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      ...electronOnlyAtTheEdge,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src-main/electron/**', 'src-preload/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
