/**
 * The layer rule in eslint.config.js must bite: each case lints a small virtual file placed in a real
 * layer folder with the project's own ESLint config, and only the wrong-way imports may fail.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** The layer-rule messages ESLint reports for `code` as if it lived at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

describe('layers/direction', () => {
  it('fails a core file that imports state, ui or cli', async () => {
    expect(await layerErrors('src/core/analysis/x.ts', "import { createAppStore } from '../../state/store.ts';\nexport const s = createAppStore;\n")).toHaveLength(1);
    expect(await layerErrors('src/core/x.ts', "import type { AppStore } from '../state/store.ts';\nexport type S = AppStore;\n")).toHaveLength(1);
    expect(await layerErrors('src/core/io/x.ts', "export { App } from '../../ui/App.tsx';\n")).toHaveLength(1);
    expect(await layerErrors('src/core/x.ts', "export type S = import('../state/store.ts').AppStore;\n")).toHaveLength(1);
  });

  it('fails a core file that imports node: outside io/node-*.ts, and passes it inside', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    expect(await layerErrors('src/core/io/x.ts', code)).toHaveLength(1);
    expect(await layerErrors('src/core/io/node-x.ts', code)).toEqual([]);
  });

  it('fails a state file that imports ui, and a cli file that imports state', async () => {
    expect(await layerErrors('src/state/x.ts', "import { App } from '../ui/App.tsx';\nexport const a = App;\n")).toHaveLength(1);
    expect(await layerErrors('src/cli/x.ts', "import { createAppStore } from '../state/store.ts';\nexport const s = createAppStore;\n")).toHaveLength(1);
  });

  it('fails a ui file that imports a core value outside the allowed list', async () => {
    expect(await layerErrors('src/ui/io/x.tsx', "import { indexCatalogue } from '../../core/graph/build.ts';\nexport const i = indexCatalogue;\n")).toHaveLength(1);
    // An allowed module still allows only its listed names.
    expect(await layerErrors('src/ui/x.ts', "import { LANGS, isLang } from '../core/model/types.ts';\nexport const l = [LANGS, isLang];\n")).toHaveLength(1);
    // Dynamic import() is a value import too.
    expect(await layerErrors('src/ui/x.ts', "export const m = () => import('../core/metrics/index.ts');\n")).toHaveLength(1);
  });

  it('passes ui type-only imports of core, allowed core values, core → core and the CLI reading locale JSON', async () => {
    expect(await layerErrors('src/ui/x.ts', "import type { InterlinkageGraph } from '../core/graph/types.ts';\nexport type G = InterlinkageGraph;\n")).toEqual([]);
    expect(await layerErrors('src/ui/io/x.ts', "import { type ReadError } from '../../core/io/result.ts';\nexport type E = ReadError;\n")).toEqual([]);
    expect(await layerErrors('src/ui/x.ts', "export type G = import('../core/graph/types.ts').InterlinkageGraph;\n")).toEqual([]);
    expect(await layerErrors('src/ui/x.ts', "import { LANGS, type Lang } from '../core/model/types.ts';\nexport const l: readonly Lang[] = LANGS;\n")).toEqual([]);
    expect(await layerErrors('src/core/analysis/x.ts', "import { buildGraph } from '../graph/build.ts';\nexport const b = buildGraph;\n")).toEqual([]);
    expect(await layerErrors('src/cli/x.ts', "import en from '../ui/locales/en.json';\nexport const e = en;\n")).toEqual([]);
  });

  it('lets tests, scripts and bench import anything', async () => {
    expect(await layerErrors('tests/core/x.test.ts', "import { createAppStore } from '../../src/state/store.ts';\nexport const s = createAppStore;\n")).toEqual([]);
  });
});
