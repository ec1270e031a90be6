import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import moduleCycles from './scripts/eslint/module-cycles.js';

const typedSources = ['apps/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'];
// The web app's tool configs and Playwright journeys belong to apps/web/tsconfig.node.json.
const webNodeSources = ['apps/web/*.config.ts', 'apps/web/e2e/**/*.ts', 'apps/web/build/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/playwright-report/**',
      '**/test-results/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Type-aware rules where a tsconfig covers the file: floating promises, unsafe any and friends.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typedSources })),
  {
    files: typedSources,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: webNodeSources })),
  {
    files: webNodeSources,
    languageOptions: {
      parserOptions: { project: ['apps/web/tsconfig.node.json'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Tests read JSON bodies as `any` on purpose: the assertions are the type check.
    files: ['**/*.test.{ts,tsx}', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Boundaries (docs/CODE_STYLE.md): no cycles between files or module folders; modules talk
  // through services; only components/ui touches Chakra; features meet through their index.
  {
    files: typedSources,
    plugins: { 'import-x': importX, crm: moduleCycles },
    settings: {
      // Dependencies are parsed too (no-cycle follows them): TypeScript files need its parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['apps/api/tsconfig.json', 'apps/web/tsconfig.json', 'packages/contracts/tsconfig.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'crm/no-module-cycles': 'error',
    },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/*.repository.js', '../../modules/*/*.repository.js'],
              message: "A module uses another module's service, never its repository.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/core/**/*.ts', 'apps/api/src/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../modules/*', '../modules/**'],
              message: 'Imports flow one way: core and db never import modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/components/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@chakra-ui/*'], message: 'Only components/ui imports Chakra: use its wrappers.' },
            { group: ['@emotion/*'], message: 'Only components/ui imports emotion.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@chakra-ui/*'], message: 'Only components/ui imports Chakra: use its wrappers.' },
            { group: ['@emotion/*'], message: 'Only components/ui imports emotion.' },
            {
              group: ['@/features/*/*', '../../*/**', '!../../*/index'],
              message: "Features import each other only through the other feature's index.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
