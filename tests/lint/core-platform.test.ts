/**
 * Core uses no DOM and no Node globals: it is compiled with tsconfig.core.json (ECMAScript library
 * plus src/core/platform.d.ts). `tsc -p tsconfig.core.json` alone checks the DOM half only, because
 * @types/papaparse carries `/// <reference types="node" />` and so pulls every Node global into any
 * program that imports papaparse. This test compiles the same program with that one reference
 * dropped, so a `process`, `Buffer` or `setTimeout` in core fails here.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function coreProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}/tsconfig.core.json`, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  if (!config) throw new Error('tsconfig.core.json could not be read');
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    const file = getSourceFile(fileName, language, ...rest);
    if (!file || !fileName.includes('/@types/papaparse/')) return file;
    return ts.createSourceFile(fileName, file.text.replace(/\/\/\/\s*<reference\s+types="node"\s*\/>/g, ''), language, true);
  };
  return ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
}

describe('core compiles without DOM and Node types', () => {
  it('has no type errors with the ECMAScript library and src/core/platform.d.ts only', () => {
    const program = coreProgram();
    expect(program.getSourceFiles().filter((f) => /\/@types\/node\/|\/lib\.(dom|webworker)[.\w]*\.d\.ts$/.test(f.fileName)).map((f) => f.fileName)).toEqual([]);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${d.file.fileName.replace(root, '')}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(errors).toEqual([]);
  }, 60_000);
});
