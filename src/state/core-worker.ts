/// <reference lib="webworker" />
/** Runs the core's metrics off the main thread, so betweenness and Louvain never delay a click. */
import { exposeWorker } from './workers/expose.ts';
import { metricsApi } from './workers/metrics-api.ts';

exposeWorker(metricsApi);
