import type { ReadResult } from '../../core/io/result.ts';

export interface ImportRequest { id: number; name: string; data: ArrayBuffer }
export type ImportResponse = { id: number; progress: string; result?: undefined } | { id: number; result: ReadResult; progress?: undefined };
