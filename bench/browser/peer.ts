/**
 * The peer's own kind of graph (bench-graph.ts PEER_SHAPE, one GEXF file): the app opening it through
 * `?src=` (fetch, import worker parse, build, draw) and sigma.js opening it with graphology-gexf, runs
 * interleaved in one browser so both see the same machine load. Times count from navigation to the
 * frame that shows every link, so the file's fetch and parse are included on both sides.
 */
import type { Browser } from 'playwright-core';
import { PEER_SHAPE } from './bench-graph.ts';
import { median } from './median.ts';
import { measureApp, measureSigma, type ScaleFigures } from './scale.ts';

export interface PeerFigures {
  app: ScaleFigures & { runs: number[] };
  sigma: ScaleFigures & { runs: number[] };
}

export async function measurePeerShape(browser: Browser, base: string, runs = 3): Promise<PeerFigures> {
  const appRuns: number[] = [];
  const sigmaRuns: number[] = [];
  const appLoadTasks: number[] = [];
  let app: ScaleFigures | undefined;
  let sigma: ScaleFigures | undefined;
  for (let i = 0; i < runs; i++) {
    const last = i === runs - 1;
    // The last run of each also measures clicks, frame rate and heap; the others only the draw.
    const a = await measureApp(browser, `${base}app/?src=../graphs/peer.gexf&renderer=canvas`, {
      runs: 1, edges: PEER_SHAPE.links, fpsMs: last ? 2000 : 1, ...(last ? { selectCodes: ['1.1.1', '16.1.1'] as [string, string] } : {}),
    });
    appRuns.push(a.firstDraw);
    appLoadTasks.push(a.loadLongestTask ?? NaN);
    const s = await measureSigma(browser, `${base}sigma/?src=../graphs/peer.gexf`, { runs: 1, fpsMs: last ? 2000 : 1 });
    sigmaRuns.push(s.firstDraw);
    if (last) { app = a; sigma = s; }
  }
  return {
    app: { ...app!, firstDraw: Math.round(median(appRuns)), loadLongestTask: Math.round(median(appLoadTasks)), runs: appRuns },
    sigma: { ...sigma!, firstDraw: Math.round(median(sigmaRuns)), runs: sigmaRuns },
  };
}
