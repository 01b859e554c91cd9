import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildData } from '../../scripts/build-data.ts';
import { ROOT } from '../helpers/bundled.ts';

// Building the data takes seconds (hundreds of seeded draws); allow for a busy CI machine.
describe('npm run data', { timeout: 120_000 }, () => {
  const first = buildData(ROOT);

  it('is deterministic: a second run gives byte-identical files', () => {
    const second = buildData(ROOT);
    expect(Object.keys(second.files)).toEqual(Object.keys(first.files));
    for (const [file, text] of Object.entries(first.files)) expect(second.files[file], file).toBe(text);
  });

  it('the committed data/ is exactly what the script builds from data/sources', () => {
    for (const [file, text] of Object.entries(first.files)) {
      expect(readFileSync(resolve(ROOT, file), 'utf8'), `${file} is stale: run npm run data`).toBe(text);
    }
  });
});
