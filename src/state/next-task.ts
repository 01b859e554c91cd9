interface PostTaskScheduler {
  postTask(fn: () => void, options: { priority: 'user-blocking'; signal?: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `fn` in a task of its own, ahead of the page's ordinary tasks where the browser can (Chromium's
 * `scheduler.postTask`, user-blocking): work split into tasks then does not wait behind the React
 * renders and timers it let in; input and frames still come between. Elsewhere a MessageChannel
 * message, without the 4 ms clamp nested timers get. Returns a cancel function.
 */
export function nextTask(fn: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    // A cancelled task rejects its promise; anything else `fn` threw is reported, as the
    // MessageChannel path reports it.
    scheduler.postTask(fn, { priority: 'user-blocking', signal: abort.signal }).catch((e: unknown) => {
      if (!abort.signal.aborted) throw e;
    });
    return () => abort.abort();
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { channel.port1.close(); fn(); };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** A promise that settles in a task of its own (nextTask). */
export function afterTask(): Promise<void> {
  return new Promise((ok) => { nextTask(ok); });
}
