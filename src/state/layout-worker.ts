/// <reference lib="webworker" />
/** Runs ForceAtlas2 off the main thread (handlers in workers/layout-api.ts). */
import { exposeWorker } from './workers/expose.ts';
import { layoutApi } from './workers/layout-api.ts';

exposeWorker(layoutApi);
