/**
 * Runs `then` once the graph's first frame is drawn (the canvas marks it `sdg:cy-render`) and the page
 * is idle, so nothing it loads competes with the first draw; a page that never draws gets it later.
 * Where the page cannot tell when it is idle (no requestIdleCallback: jsdom, older Safari) `then` runs
 * at once, as it did before this wait existed. Returns a cancel, for an effect's clean-up.
 */
export function afterFirstDraw(then: () => void): () => void {
  if (!('requestIdleCallback' in window) || typeof PerformanceObserver === 'undefined') {
    const soon = window.setTimeout(then, 0);
    return () => clearTimeout(soon);
  }
  let done = false;
  let idle: number | undefined;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    idle = requestIdleCallback(then, { timeout: 5000 });
  };
  const observer = new PerformanceObserver((list) => { if (list.getEntriesByName('sdg:cy-render').length) run(); });
  observer.observe({ type: 'mark', buffered: true });
  const timer = window.setTimeout(run, 20_000);
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
