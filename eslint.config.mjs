// Lint: typed rules over src and tests, and the layer rule of STYLE.md §2, so imports point one way:
// the domain model (kinds, relationship types, their ends, assertion status) imports nothing of the project;
// extraction knows nothing of the database or server; the graph layer nothing of resolvers or HTTP.
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const layer = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', '.data/', '.artifacts/', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('./src/domain', './src', 'The domain model imports nothing of the project.', ['./domain']),
            layer('./src/extraction', './src/graph', 'Extraction is pure: no database.'),
            layer('./src/extraction', './src/server', 'Extraction is pure: no server.'),
            layer('./src/extraction', './src/resolvers', 'Extraction is pure: no resolvers.'),
            layer('./src/graph', './src/resolvers', 'The graph layer knows nothing of resolvers.'),
            layer('./src/graph', './src/server', 'The graph layer knows nothing of HTTP.'),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/graph/ talks to Neo4j.' }] },
      ],
    },
  },
  {
    files: ['src/graph/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
