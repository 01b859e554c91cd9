/// <reference lib="webworker" />
/** Runs robustness and long loop searches off the main thread, so the panel stays responsive and Stop works. */
import { exposeWorker } from './workers/expose.ts';
import { systemApi } from './workers/system-api.ts';

exposeWorker(systemApi);
