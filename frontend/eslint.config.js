import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every directory under src/features is a feature, read at lint time, so a new feature cannot escape the rule below.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
if (features.length === 0) {
  throw new Error('eslint.config.js: no feature directories under src/features');
}

// app -> features -> shared (lib, i18n, api): a feature never imports another feature or the app.
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/*', `!@/features/${feature}`],
            message: 'No cross-feature imports: move shared code to src/lib.',
          },
          { group: ['@/app/*'], message: 'Features must not import from the app layer.' },
          { group: ['../../*'], message: 'Use the @/ alias to leave a feature.' },
          ...features
            .filter((other) => other !== feature)
            .map((other) => ({ group: [`../${other}`, `../${other}/*`], message: 'No cross-feature imports: move shared code to src/lib.' })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/artifacts', 'src/api/schema.d.ts', 'src/api/enums.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code must not depend on features or the app.' }] },
      ],
    },
  },
  ...featureBoundaries,
  {
    // Playwright reads a fixture's dependencies from its destructured first parameter, `{}` for none.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
