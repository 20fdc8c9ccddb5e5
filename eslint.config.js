// Lint: typescript-eslint's recommended rules, and the layering rule of STYLE.md:
// domain <- app <- {store, views, server, cli} <- main. Imports point inward only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (dir, forbidden, message) => ({
  files: [`src/${dir}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.scratch/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Build scripts run in Node.
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { console: 'readonly', process: 'readonly' } } },
  layer(
    'domain',
    ['node:*', '**/app/**', '**/store/**', '**/views/**', '**/server/**', '**/cli/**', '**/main.js', '**/config.js'],
    'domain is pure: no I/O and no outer layer',
  ),
  layer('treaties', ['node:*', '**/app/**', '**/store/**', '**/views/**', '**/server/**', '**/cli/**'], 'treaties depend on domain only'),
  layer('app', ['**/store/**', '**/views/**', '**/server/**', '**/cli/**', '**/main.js'], 'app depends on domain and its own ports only'),
  layer('views', ['**/store/**', '**/server/**', '**/cli/**', '**/main.js'], 'views are pure renderers'),
  layer('cli', ['**/store/**', '**/server/**', '**/main.js'], 'cli reaches the store through app ports'),
  layer('store', ['**/views/**', '**/server/**', '**/cli/**', '**/main.js'], 'store is an adapter'),
);
