// Lint gate: typescript-eslint's strict rules plus the layering rules of docs/CONVENTIONS.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = { name: 'electron', message: 'Bad layering: only electron/ may import Electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['graph-data/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/renderer/**', '**/electron/**', 'react', 'react-dom', 'cytoscape*'], message: 'Bad layering: graph-data is plain TypeScript over graphology.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator'],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/**'], message: 'Bad layering: the renderer talks to the host only through the contract.' }] }],
    },
  },
  {
    // Only the API layer (and its Web Worker host) may reach the service itself; everything else imports contract types.
    files: ['renderer/src/**'],
    ignores: ['renderer/src/api/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [
        { group: ['**/electron/**'], message: 'Bad layering: the renderer talks to the host only through the contract.' },
        { group: ['**/graph-data/src/service/**', '**/graph-data/src/io/**'], message: 'Bad layering: use the API in renderer/src/api, not the service.' },
      ] }],
    },
  },
  {
    files: ['electron/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Bad layering: electron never imports the renderer.' }] }],
    },
  },
);
