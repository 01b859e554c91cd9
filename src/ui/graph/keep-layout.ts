/**
 * A layout that leaves the nodes where their definitions put them. Cytoscape runs a layout whenever
 * an instance is made; `preset` without positions sets every node again to where it already is, each
 * with a position event and a bounds reset. Re-run on a drawn instance (quiet 2-core VM, 3 runs):
 * 4–8 ms on the default data, 24–33 ms on the peer-shaped graph (1.7k nodes), 19–40 ms on 2.2k and
 * 101–166 ms on 10k nodes. This one only sends the events Cytoscape's start waits for (ready, stop).
 */
import cytoscape from 'cytoscape';

/** The layout name to pass in an instance's options. */
export const KEEP_LAYOUT = 'keep-positions';

interface Emitting {
  options: { ready?: () => void; stop?: () => void };
  emit(event: string): void;
  one(event: string, cb?: () => void): void;
}

// A plain constructor: Cytoscape calls a layout's constructor on its own wrapper (no `new`), which a class refuses.
function KeepLayout(this: Emitting, options: Emitting['options']) {
  this.options = options;
}
KeepLayout.prototype.run = function run(this: Emitting) {
  this.emit('layoutstart');
  if (this.options.ready) this.one('layoutready', this.options.ready);
  this.emit('layoutready');
  if (this.options.stop) this.one('layoutstop', this.options.stop);
  this.emit('layoutstop');
  return this;
};
KeepLayout.prototype.stop = function stop(this: Emitting) {
  return this;
};

let registered = false;
/** Registers the layout once (Cytoscape's extensions are global). */
export function registerKeepLayout(): void {
  if (registered) return;
  cytoscape('layout', KEEP_LAYOUT, KeepLayout);
  registered = true;
}
