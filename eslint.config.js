// Lint for the whole project: typescript-eslint's recommended rules on our own code only.
// `npm run lint` adds Mozilla's add-on linter (web-ext lint) on the Firefox build.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    rules: {
      // `_name` marks an argument that is required by a signature but not used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text normalisation lists invisible code points (ZWJ, combining grapheme joiner) in classes
      // on purpose; written as escapes they are deliberate, and the rule still catches literals.
      'no-misleading-character-class': ['error', { allowEscape: true }],
    },
  },
  {
    // Node scripts: run by node directly, with its globals.
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
  },
);
