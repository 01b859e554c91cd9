import type { ReadResult } from '../../core/io/result.ts';
import type { AppMessage } from '../../core/model/message.ts';

export interface ImportRequest { id: number; name: string; data: ArrayBuffer }
export type ImportResponse = { id: number; progress: AppMessage; result?: undefined } | { id: number; result: ReadResult; progress?: undefined };
