// Lint: typescript-eslint, React hooks, accessibility, TanStack Query's rules, and the import boundaries of
// the style guide (contract <- web, contract <- server; web and server never import each other; a feature
// never imports another feature; the emulator never imports the console and vice versa).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['secrets', 'replication', 'resource-groups', 'overview', 'secret-detail', 'fan-out', 'search', 'connections'];

/** One import boundary: files matching `files` may not import paths matching `group`. The globs are disjoint,
 * since a later flat-config entry would replace, not extend, an earlier one for the same file. */
const zone = (files, group, message) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] } });

const NOT_SERVER = ['**/server/**', 'node:*'];
const boundaries = [
  zone(
    ['src/contract/**'],
    ['**/web/**', '**/server/**', 'node:*', 'react'],
    'src/contract is isomorphic: no React, no node:*, nothing from web or server.',
  ),
  zone(
    ['src/server/emulator/**'],
    ['**/web/**', '**/console/**', '**/commands/**'],
    'The emulator is standalone (SAP SDKs and curl use it) and never imports the app.',
  ),
  zone(
    ['src/server/console/**'],
    ['**/web/**', '**/emulator/**', '**/commands/**'],
    'The console knows an upstream URL and a key: never the emulator, never the app.',
  ),
  zone(['src/server/*.ts', 'src/server/commands/**'], ['**/web/**'], 'The server never imports the app.'),
  zone(['src/web/*.tsx', 'src/web/app/**'], NOT_SERVER, 'The app never imports server code.'),
  zone(
    ['src/web/api/**', 'src/web/components/**', 'src/web/lib/**'],
    [...NOT_SERVER, '**/features/**', '**/app/**'],
    'Shared code flows into features, never out of them, and never imports server code.',
  ),
  ...features.map((f) =>
    zone(
      [`src/web/features/${f}/**`],
      [...NOT_SERVER, ...features.filter((o) => o !== f).map((o) => `**/${o}/**`)],
      'A feature never imports another feature (share through src/web/api, components or lib) nor server code.',
    ),
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'playwright-report', 'test-results', '.tmp', '.data', '.tmp-shot.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...boundaries,
  {
    files: ['src/server/**/*.test.ts', 'src/server/testing/**'],
    rules: {
      // Tests and test helpers may reach any part of the server to wire it up.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'].rules,
    },
  },
);
