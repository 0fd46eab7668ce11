// ESLint for TypeScript, Astro components and their accessibility (jsx-a11y's rules, as eslint-plugin-astro
// applies them to Astro templates). Formatting is Prettier's job (.prettierrc.json), so no style rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // scripts/.* are a developer's own untracked helpers (.git/info/exclude), not the project's code.
  { ignores: ['dist/', '.dist-*/', '.astro/', 'node_modules/', 'test-results/', 'bench/', 'tests/fixtures/', 'scripts/.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
