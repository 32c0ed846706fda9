import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      '.data',
      'coverage',
      'test/artifacts',
      'widget/dist',
      '.mcpb-build',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  // Migrations take Kysely<any>, never the typed Database: they are frozen in time (STYLE.md).
  {
    files: ['migrations/**', 'src/db/database.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/cli.ts', 'src/cli/**', 'src/bench/**', 'test/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
