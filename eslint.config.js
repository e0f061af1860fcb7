// Lint: typescript-eslint, React hooks, accessibility, TanStack Query's rules, and the import boundaries of
// the style guide (contract <- web, contract <- server; web and server never import each other; a feature
// never imports another feature; the emulator never imports the console and vice versa).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['secrets', 'replication', 'resource-groups', 'overview'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', '.tmp', '.data', '.tmp-shot.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/contract',
              from: ['./src/web', './src/server'],
              message: 'src/contract is isomorphic: nothing flows back into it.',
            },
            { target: './src/web', from: './src/server', message: 'The app never imports server code.' },
            { target: './src/server', from: './src/web', message: 'The server never imports the app.' },
            {
              target: './src/server/emulator',
              from: ['./src/server/console', './src/server/commands'],
              message: 'The emulator is standalone: SAP SDKs and curl use it directly.',
            },
            {
              target: './src/server/console',
              from: ['./src/server/emulator', './src/server/commands'],
              message: 'The console knows an upstream URL and a key, never the emulator.',
            },
            ...features.map((f) => ({
              target: `./src/web/features/${f}`,
              from: './src/web/features',
              except: [`./${f}`],
              message: 'A feature never imports another feature: share through src/web/api, components or lib.',
            })),
            {
              target: ['./src/web/api', './src/web/components', './src/web/lib'],
              from: ['./src/web/features', './src/web/app'],
              message: 'Shared code flows into features, not out of them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.test.ts', 'src/server/testing/**'],
    rules: {
      // Tests and test helpers may reach any part of the server to wire it up.
      'import-x/no-restricted-paths': 'off',
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
