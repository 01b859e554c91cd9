/// <reference lib="webworker" />
/** Runs ForceAtlas2 off the main thread, posting positions after every chunk so the user sees progress. */
import { forceAtlasChunks, type ForceInput } from '../core/layout/force-atlas.ts';

self.onmessage = (e: MessageEvent<ForceInput>) => {
  for (const step of forceAtlasChunks(e.data)) (self as unknown as Worker).postMessage(step);
};
