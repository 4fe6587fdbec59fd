import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries from DESIGN §3, as lint rules so a wrong import fails CI instead of a review. */
const forbid = (...patterns) => [
  'error',
  { patterns: patterns.map(([group, message]) => ({ group: [group], message })) },
];

const electronOnlyInShell = ['electron', "Only main/index.ts and main/electron/ import 'electron'."];
const noRenderer = ['**/renderer/**', 'The main process never imports the renderer.'];
const noMain = ['**/main/**', 'The renderer never imports main/: go through window.haven.'];
const noNode = ['node:*', 'The renderer has no Node: ask the main process through window.haven.'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'screenshots/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbid(noMain, electronOnlyInShell, noNode),
      'no-console': 'error',
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/electron/**'],
    rules: { 'no-restricted-imports': forbid(noRenderer, electronOnlyInShell) },
  },
  {
    files: ['main/index.ts', 'main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': forbid(noRenderer) },
  },
  {
    files: ['preload/contract.ts', 'preload/bridge.ts'],
    rules: { 'no-restricted-imports': forbid(electronOnlyInShell, noMain, noRenderer, noNode) },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
