// ESLint flat config. Two jobs: the usual correctness rules (typescript-eslint recommended, and the
// React hooks rules for the UI), and `layers/direction`, which makes the architecture's import
// direction (docs/ARCHITECTURE.md: ui → state → core, cli → core) a failing check instead of prose.
//
// The layer rule is a small local rule rather than `no-restricted-imports` patterns because the code
// imports by relative path (`../../core/io/result.ts`): a pattern sees only the text, so the same
// string means a different folder at a different depth. The rule resolves each import against the
// importing file and judges the folder it really lands in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(ROOT, 'src');

/**
 * Core modules whose *values* the UI may import. Everything else in core reaches the UI as types
 * only; logic runs in state (or in the worker state starts), so the UI never grows its own copy of
 * it. Keys are paths under src/, `names` the exported values allowed, `why` the reason.
 */
// Registries (layouts, metrics, formats, exports) reach the UI through src/state/registries.ts instead.
export const UI_CORE_VALUE_ALLOWED = new Map([
  ['core/model/types.ts', {
    names: ['LANGS'],
    why: 'the list of language ids: the language switcher renders one button per id, main.tsx validates the stored choice',
  }],
]);

/** Packages core must not use: they need a DOM, React or browser storage, and core runs in Node too. */
const CORE_FORBIDDEN_PACKAGES = /^(react|react-dom|react-i18next|cytoscape|cytoscape-.*|zustand|idb-keyval|jspdf)(\/|$)/;

/** The layer of a file: the first folder under src/ (src/main.tsx, the page's entry, counts as ui). */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [first] = rel.split(path.sep);
  return first === rel ? 'ui' : first;
}

const srcPath = (file) => path.relative(SRC, file).split(path.sep).join('/');

/** Which target layers each layer may import at all (values or types). */
const MAY_IMPORT = {
  core: new Set(['core']),
  state: new Set(['state', 'core']),
  ui: new Set(['ui', 'state', 'core']), // core: types, and the values in UI_CORE_VALUE_ALLOWED
  cli: new Set(['cli', 'core']),
};

/** Names an import or re-export brings in as values; empty when it is type-only. */
function valueNames(node) {
  if (node.type === 'ImportExpression') return ['*'];
  if (node.type === 'TSImportType') return []; // `import('…').T` in a type position
  if (node.importKind === 'type' || node.exportKind === 'type') return [];
  if (node.type === 'ExportAllDeclaration') return ['*'];
  const specs = node.specifiers ?? [];
  if (node.type === 'ImportDeclaration' && specs.length === 0) return ['*']; // side-effect import
  const names = [];
  for (const s of specs) {
    if (s.importKind === 'type' || s.exportKind === 'type') continue;
    if (s.type === 'ImportDefaultSpecifier') names.push('default');
    else if (s.type === 'ImportNamespaceSpecifier') names.push('*');
    else names.push(s.type === 'ExportSpecifier' ? s.local.name ?? s.local.value : s.imported.name ?? s.imported.value);
  }
  return names;
}

const layerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports go ui → state → core and cli → core; ui takes only types from core, except an allowed list' },
    schema: [],
    messages: {
      direction: '{{from}} may not import {{to}} ({{target}}): imports go ui → state → core, cli → core',
      uiCoreValue: 'ui may import only types from core; {{names}} from {{target}} is a value (go through state, or add it with a reason to UI_CORE_VALUE_ALLOWED in eslint.config.js)',
      nodeInCore: 'core runs in Node, a Web Worker and the CLI: `{{source}}` is allowed only in src/core/io/node-*.ts',
      packageInCore: 'core may not use `{{source}}` (DOM, React or browser storage)',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node) => {
      const source = node.source?.type === 'Literal' ? node.source.value : null;
      if (typeof source !== 'string') return;
      if (!source.startsWith('.') && !source.startsWith('/')) {
        if (from !== 'core') return;
        if (/^node:/.test(source) && !/^node-[^/]*\.ts$/.test(path.basename(file))) {
          context.report({ node, messageId: 'nodeInCore', data: { source } });
        } else if (!/^node:/.test(source) && CORE_FORBIDDEN_PACKAGES.test(source)) {
          context.report({ node, messageId: 'packageInCore', data: { source } });
        }
        return;
      }
      const resolved = path.resolve(path.dirname(file), source);
      const to = layerOf(resolved);
      if (!to || to === from) return;
      const target = srcPath(resolved);
      // The CLI prints message codes through the English locale file: data, not UI code.
      if (from === 'cli' && /^ui\/locales\/[^/]+\.json$/.test(target)) return;
      if (!MAY_IMPORT[from]?.has(to)) {
        context.report({ node, messageId: 'direction', data: { from, to, target } });
        return;
      }
      if (from === 'ui' && to === 'core') {
        const allowed = UI_CORE_VALUE_ALLOWED.get(target)?.names ?? [];
        const bad = valueNames(node).filter((n) => !allowed.includes(n));
        if (bad.length) context.report({ node, messageId: 'uiCoreValue', data: { names: bad.join(', '), target } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check, TSImportType: check };
  },
};

export default tseslint.config(
  // Generated output, as in .gitignore (flat config does not read it).
  { ignores: ['dist/**', 'tests/artifacts/**', 'bench/results/**', 'bench/peers/*/dist/**', 'bench/.work/**'] },
  js.configs.recommended,
  // Not type-aware: the type-checked presets need a full TypeScript program per run and would make
  // lint several times slower; tsc already runs in `npm test`.
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers: { rules: { direction: layerRule } } },
    rules: {
      // Unused code is an error; `_name` marks a deliberately unused parameter (as tsc's noUnused* do).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Throwaway lab and profiling scripts poke at Cytoscape's and Chrome's untyped internals.
    files: ['scripts/dev/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'layers/direction': 'error' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx', 'src/state/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
);
