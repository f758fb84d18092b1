// Lint rules, including the architecture's arrows: parse and extract are pure and
// never reach into the database or the API layer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/*`, `**/${f}`],
          message: `src/${from} must not import src/${f} (see src/README.md: the pipeline's arrows point one way).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/api/generated/**', 'coverage/**', '.neo4j/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  layer('parse', ['extract', 'graph', 'api', 'cli']),
  layer('extract', ['graph', 'api', 'cli']),
  layer('graph', ['api', 'cli']),
  layer('extractPool', ['api', 'cli']),
  layer('config', ['parse', 'extract', 'graph', 'api', 'cli']),
);
