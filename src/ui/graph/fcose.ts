/** Registers cytoscape-fcose once; imported lazily so the force layout's code is not in the first frame. */
import cytoscape from 'cytoscape';
// @ts-expect-error cytoscape-fcose ships no types
import fcose from 'cytoscape-fcose';

let registered = false;
export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
