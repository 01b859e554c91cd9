/**
 * Work done in steps: a generator that yields between steps and returns its result. The core stays
 * free of any scheduler: Node and the CLI run the steps at once (runSteps), the app spreads them over
 * tasks so that a big import never holds the page for its whole build.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
