/**
 * The worker helper on both paths. Same thread: vitest's node env has no Worker, so calls run the
 * handlers here. Worker path: a stand-in `Worker` joins the real client and the real `exposeWorker`
 * through a real MessageChannel, so messages, transfer, progress, cancel and crashes go through the
 * same code as in the browser (where tests/browser runs the real workers).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerClient } from '../../../src/state/workers/client.ts';
import { exposeWorker } from '../../../src/state/workers/expose.ts';
import { isAbortError, type Handler } from '../../../src/state/workers/protocol.ts';

const api = {
  /** Counts to n, reporting each step; stops early when cancelled. */
  async count(n: number, { progress, signal }: Parameters<Handler<number, number, number>>[1]) {
    let i = 0;
    for (; i < n && !signal.aborted; i++) {
      progress(i + 1);
      await new Promise((r) => setTimeout(r, 1));
    }
    return i;
  },
  fail(message: string): never {
    throw new Error(message);
  },
  size(data: ArrayBuffer) {
    return data.byteLength;
  },
  /** Never ends: only cancellation or a crash gets the caller out. */
  hang(): Promise<never> {
    return new Promise(() => {});
  },
};

describe('workerClient on the calling thread (no Worker)', () => {
  const client = workerClient<typeof api>({ create: () => { throw new Error('no worker here'); }, local: async () => api });

  it('runs the handler and reports progress', async () => {
    const seen: number[] = [];
    expect(client.inWorker).toBe(false);
    await expect(client.call('count', 3, { onProgress: (p) => seen.push(p) })).resolves.toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('propagates a thrown error', async () => {
    await expect(client.call('fail', 'broken reader')).rejects.toThrow('broken reader');
  });

  it('cancels: the call rejects with AbortError and the handler sees the signal', async () => {
    const ctrl = new AbortController();
    const seen: number[] = [];
    const run = client.call('count', 1000, { signal: ctrl.signal, onProgress: (p) => { seen.push(p); if (p === 2) ctrl.abort(); } });
    const err = await run.catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
    expect(seen).toEqual([1, 2]);
  });

  it('rejects at once when already cancelled, without running', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const seen: number[] = [];
    const err = await client.call('count', 3, { signal: ctrl.signal, onProgress: (p) => seen.push(p) }).catch((e: unknown) => e);
    expect(isAbortError(err)).toBe(true);
    expect(seen).toEqual([]);
  });

  it('gets out of a handler that never ends', async () => {
    const ctrl = new AbortController();
    const run = client.call('hang', undefined as never, { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 5);
    expect(isAbortError(await run.catch((e: unknown) => e))).toBe(true);
  });
});

/** A `Worker` whose far end is `exposeWorker(api)` on a MessagePort in this process. */
class ChannelWorker {
  static created: ChannelWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  private port: MessagePort;
  private far: MessagePort;
  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.far = port2;
    exposeWorker(api, port2 as unknown as DedicatedWorkerGlobalScope);
    port1.onmessage = (e) => this.onmessage?.(e);
    ChannelWorker.created.push(this);
  }
  postMessage(m: unknown, transfer: Transferable[] = []) { this.port.postMessage(m, transfer); }
  terminate() { this.terminated = true; this.port.close(); this.far.close(); }
  crash(message: string) { this.onerror?.({ message, preventDefault() {} } as ErrorEvent); }
}

describe('workerClient through a worker', () => {
  afterEach(() => { vi.unstubAllGlobals(); ChannelWorker.created = []; });
  const make = (perCall: boolean) => {
    vi.stubGlobal('Worker', ChannelWorker);
    return workerClient<typeof api>({ create: () => new ChannelWorker() as unknown as Worker, local: () => api, perCall });
  };

  it('answers calls with progress and results, several at once on one shared worker', async () => {
    const client = make(false);
    expect(client.inWorker).toBe(true);
    const seen: number[] = [];
    const [a, b] = await Promise.all([client.call('count', 3, { onProgress: (p) => seen.push(p) }), client.call('count', 2)]);
    expect([a, b]).toEqual([3, 2]);
    expect(seen).toEqual([1, 2, 3]);
    expect(ChannelWorker.created).toHaveLength(1);
  });

  it('moves transferred buffers and propagates errors by message', async () => {
    const client = make(false);
    const data = new ArrayBuffer(64);
    await expect(client.call('size', data, { transfer: [data] })).resolves.toBe(64);
    expect(data.byteLength).toBe(0);
    await expect(client.call('fail', 'broken reader')).rejects.toThrow('broken reader');
    await expect(client.call('nope' as 'fail', 'x')).rejects.toThrow('unknown worker method nope');
  });

  it('perCall: a fresh worker per call, terminated when it ends and when cancelled', async () => {
    const client = make(true);
    await client.call('count', 2);
    expect(ChannelWorker.created.map((w) => w.terminated)).toEqual([true]);
    const ctrl = new AbortController();
    const run = client.call('hang', undefined as never, { signal: ctrl.signal });
    ctrl.abort();
    expect(isAbortError(await run.catch((e: unknown) => e))).toBe(true);
    expect(ChannelWorker.created.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('shared: cancel signals the worker, which stops the handler and keeps serving', async () => {
    const client = make(false);
    const ctrl = new AbortController();
    const seen: number[] = [];
    const run = client.call('count', 1000, { signal: ctrl.signal, onProgress: (p) => { seen.push(p); if (p === 2) ctrl.abort(); } });
    expect(isAbortError(await run.catch((e: unknown) => e))).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBeLessThan(5);
    await expect(client.call('count', 1)).resolves.toBe(1);
    expect(ChannelWorker.created).toHaveLength(1);
  });

  it('a crashed worker fails its waiting calls and the next call starts a new one', async () => {
    const client = make(false);
    const run = client.call('hang', undefined as never);
    ChannelWorker.created[0].crash('out of memory');
    await expect(run).rejects.toThrow('out of memory');
    expect(ChannelWorker.created[0].terminated).toBe(true);
    await expect(client.call('count', 1)).resolves.toBe(1);
    expect(ChannelWorker.created).toHaveLength(2);
  });
});
