import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const XLSX = { regex: '^xlsx(/|$)', message: 'npm xlsx 0.18 is unsafe on untrusted input; use exceljs' };

/**
 * The layer table of the README: what each directory of src/ may import. Data flows one way (read → extract →
 * audit → store → present; model → draft → render); a layer knows only the layers below it. Tests compose layers
 * freely and are not checked. Imports are matched by their relative path (`../read/…`, `../../read/…`), so no
 * subdirectory inside a layer may take a layer's name unless that layer is allowed there.
 */
const LAYERS = {
  model: [],
  catalog: ['model'],
  read: ['model'],
  extract: ['model', 'catalog', 'read'],
  audit: ['model', 'catalog'],
  draft: ['model', 'catalog'],
  render: ['model', 'catalog', 'draft'],
  store: ['model'],
  pipeline: ['model', 'catalog', 'read', 'extract', 'audit', 'draft', 'render', 'store'],
  queue: ['model', 'pipeline', 'store'],
  // The source viewer shows a stored original's layout (read's Layout type and its cell names); the portal names
  // the rules and their families (audit) and lays out workbooks, review letters and PDFs (render).
  server: ['model', 'catalog', 'pipeline', 'store', 'read', 'audit', 'render'],
  cli: ['model', 'catalog', 'pipeline', 'queue', 'server', 'store'],
};

/** Known exceptions, each with its reason; keep this list short. */
const EXCEPTIONS = [
  // OCR checks a doubtful reading against the codes and table words it may be: a reader that knows the catalog.
  { files: ['src/read/ocr/lexicon.ts'], allow: ['catalog'] },
];

function layerRule(layer, allowed) {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  const patterns = [XLSX];
  if (forbidden.length) {
    patterns.push({
      regex: `^(\\.\\./)+(${forbidden.join('|')})/`,
      message: `layer ${layer} may import only ${allowed.join(', ') || 'nothing of ours'} (README: 目录结构与数据流)`,
    });
  }
  return ['error', { patterns }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [XLSX] }],
    },
  },
  ...Object.entries(LAYERS).map(([layer, allowed]) => ({
    files: [`src/${layer}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': layerRule(layer, allowed) },
  })),
  ...EXCEPTIONS.map(({ files, allow }) => {
    const layer = files[0].split('/')[1];
    return { files, rules: { 'no-restricted-imports': layerRule(layer, [...LAYERS[layer], ...allow]) } };
  }),
);
