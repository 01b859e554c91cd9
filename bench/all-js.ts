/** Every script the build ships (lazy chunks and workers too), gzipped, in KB: the whole download if every feature is used. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function allJsGzipKB(dist: string): number {
  const dir = join(dist, 'assets');
  const bytes = readdirSync(dir).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
