import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-data/',
      '.tmp/',
      'sample-data/',
      'static/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'playwright.config.ts',
            'src/service-worker.ts',
            'scripts/bench/*.ts'
          ]
        },
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // TypeScript checks names itself; ESLint's no-undef cannot see ambient declarations.
      'no-undef': 'off',
      // Hash routing: links are `#/path` fragments that resolve() does not produce.
      'svelte/no-navigation-without-resolve': 'off'
    }
  },
  {
    // core/ is pure: no DOM, no Svelte, no Dexie, no storage or UI layers.
    files: ['src/lib/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'core/ stays free of Svelte.' },
            { group: ['dexie', 'dexie/*'], message: 'core/ stays free of storage.' },
            {
              group: ['$app/*', '$lib/db/*', '$lib/ui/*', '**/db/*', '**/ui/*'],
              message: 'core/ imports neither db/ nor ui/.'
            }
          ]
        }
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'indexedDB']
    }
  },
  {
    files: ['scripts/**/*.mjs', '*.config.js', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } }
  }
);
