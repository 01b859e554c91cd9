/** What kind of network is on screen, for the UI (which may not call core values itself). */
import { hasFileColours, networkKind } from '../core/graph/network-kind.ts';
import type { AppState } from './types.ts';

/** Not an SDG network: say "nodes", and leave out goal filters, the goal legend and the goal layout. */
export const isGenericNetwork = (s: Pick<AppState, 'graph'>): boolean => (s.graph ? networkKind(s.graph) === 'generic' : false);

/** The file drew its nodes in its own colours, so the legend offers them against the app's scheme. */
export const graphHasFileColours = (s: Pick<AppState, 'graph'>): boolean => (s.graph ? hasFileColours(s.graph) : false);
