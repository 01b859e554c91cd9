/**
 * The System panel on the graph: the chosen loop (nodes and arrows), the propagated effect (nodes by
 * sign and size) and the diff (added links in green; removed links, which the graph on screen lacks,
 * as dashed red ghost edges). Each is a class on exactly its elements, toggled in one batch.
 */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { systemOf } from '../../state/slices/system.ts';
import { EFFECT_LEVELS, ensureSystemStyle } from './system-style.ts';
import { materialisedLinks } from '../graph/painted-links.ts';

const GHOST = 'sys-ghost:';
const EFFECT_CLASSES = Array.from({ length: EFFECT_LEVELS }, (_, i) => [`sys-pos-${i + 1}`, `sys-neg-${i + 1}`]).flat();

function edgeIds(cy: Core, pairs: [string, string][]): string[] {
  // On a painted canvas the loop's or diff's links are made real first (graph/painted-links.ts).
  return pairs.flatMap(([s, t]) => materialisedLinks(cy, s, t).map((e) => e.id()));
}

export function useSystemOverlay(cy: Core | null): void {
  const system = useAppState(systemOf);
  const { loop, propagation, diff } = system;
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    if (!loop && !propagation && !diff && cy.$('.sys-loop, .sys-source, .sys-added').empty() && cy.edges(`[id ^= "${GHOST}"]`).empty()) return;
    ensureSystemStyle(cy);
    cy.batch(() => {
      cy.elements('.sys-loop, .sys-source, .sys-added').removeClass('sys-loop sys-source sys-added');
      cy.nodes(EFFECT_CLASSES.map((c) => `.${c}`).join(', ')).removeClass(EFFECT_CLASSES.join(' '));
      cy.remove(cy.edges(`[id ^= "${GHOST}"]`));
      if (loop) {
        const pairs = loop.nodes.map((c, i): [string, string] => [c, loop.nodes[(i + 1) % loop.nodes.length]]);
        for (const c of loop.nodes) cy.getElementById(c).addClass('sys-loop');
        for (const id of edgeIds(cy, pairs)) cy.getElementById(id).addClass('sys-loop');
      }
      if (propagation) {
        cy.getElementById(propagation.code).addClass('sys-source');
        const max = Math.max(...propagation.effects.map((e) => Math.abs(e.total)), 0);
        for (const e of propagation.effects) {
          if (e.code === propagation.code || max === 0) continue;
          const level = Math.min(EFFECT_LEVELS, Math.ceil((Math.abs(e.total) / max) * EFFECT_LEVELS));
          cy.getElementById(e.code).addClass(`sys-${e.total > 0 ? 'pos' : 'neg'}-${level}`);
        }
      }
      if (diff) {
        for (const id of edgeIds(cy, diff.links.added.map((l) => [l.source, l.target]))) cy.getElementById(id).addClass('sys-added');
        cy.add(diff.links.removed
          .filter((l) => cy.getElementById(l.source).nonempty() && cy.getElementById(l.target).nonempty())
          .map((l) => ({ group: 'edges' as const, classes: 'sys-removed', data: { id: `${GHOST}${l.source}→${l.target}`, source: l.source, target: l.target, score: l.score } })));
      }
    });
  }, [cy, loop, propagation, diff]);
}
