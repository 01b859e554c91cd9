/// <reference lib="webworker" />
/** Parses one imported file off the main thread (handlers in import-protocol.ts). Cancel = terminate(). */
import { exposeWorker } from '../workers/expose.ts';
import { importApi } from './import-protocol.ts';

exposeWorker(importApi);
