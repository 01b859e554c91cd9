/**
 * Goal names on the "grouped by goal" layout ("16 Peace and justice"), drawn as text over the canvas
 * just outside each cluster (core/layout/cluster-labels.ts). HTML, not Cytoscape nodes, so node counts,
 * fits and exports stay the graph's own; they follow the camera each frame and a dragged node at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { clusterAnchors, type ClusterAnchor } from '../../state/label-lod.ts';
import { inkOn } from '../graph/label-lod.ts';
import './goal-cluster-labels.css';

interface Camera { zoom: number; x: number; y: number; w: number; h: number }

/** Screen width of a name at 12 px (badge included), capped as the CSS caps it. */
const nameWidth = (chars: number) => Math.min(180, chars * 7 + 10);

interface Spot { x: number; y: number; tx: number; ty: number }
interface Rect { x0: number; y0: number; x1: number; y1: number }

/**
 * Outside the cluster, leaning away from it (a name right of its cluster starts there, one left of it
 * ends there); where that runs off the canvas or onto another name, centred above the cluster, then
 * inside the ring facing its centre; null where none fits, because a name cut at the edge reads as a
 * different word.
 */
function placeName(a: ClusterAnchor, c: Camera, chars: number, taken: Rect[]): Spot | null {
  const w = nameWidth(chars), h = 18;
  const screen = (p: { x: number; y: number }) => ({ x: p.x * c.zoom + c.x, y: p.y * c.zoom + c.y });
  const spots: Spot[] = [
    { ...screen(a), tx: -50 + a.dx * 50, ty: -50 + a.dy * 50 },
    { ...screen(a.above), tx: -50, ty: -100 },
    { ...screen(a.inward), tx: -50 - a.dx * 50, ty: -50 - a.dy * 50 },
  ];
  for (const s of spots) {
    const r = { x0: s.x + (s.tx / 100) * w, y0: s.y + (s.ty / 100) * h, x1: 0, y1: 0 };
    r.x1 = r.x0 + w; r.y1 = r.y0 + h;
    if (r.x0 < 0 || r.y0 < 0 || r.x1 > c.w || r.y1 > c.h) continue;
    if (taken.some((t) => r.x0 < t.x1 && t.x0 < r.x1 && r.y0 < t.y1 && t.y0 < r.y1)) continue;
    taken.push(r);
    return s;
  }
  return null;
}

export function GoalClusterLabels({ cy }: { cy: Core | null }) {
  const layout = useAppState((s) => s.view.layout);
  const graph = useAppState((s) => s.graph);
  const catalogue = useAppState((s) => s.catalogue);
  const lang = useAppState((s) => s.lang);
  // Goal names orient the overview; once a selection or a path is shown its labels tell the story, and
  // the names would take the room they need (at 1280×720 three of 16.6.1's neighbours lost theirs).
  const crowded = useAppState((s) => s.highlight !== null || s.pathResult !== null);
  const on = layout === 'goals' && graph?.getAttribute('level') === 'indicator' && !crowded;
  const [anchors, setAnchors] = useState<ClusterAnchor[]>([]);
  const [camera, setCamera] = useState<Camera | null>(null);

  useEffect(() => {
    if (!cy || !on || !graph) return;
    const measure = () => {
      if (cy.destroyed()) return;
      const pos: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => { pos[n.id()] = n.position(); });
      setAnchors(clusterAnchors(pos, (c) => (graph.hasNode(c) ? graph.getNodeAttribute(c, 'goal') : null)));
    };
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!cy.destroyed()) setCamera({ zoom: cy.zoom(), ...cy.pan(), w: cy.width(), h: cy.height() });
      });
    };
    measure();
    follow();
    cy.on('viewport resize', follow);
    // The layout's positions arrive in one batch after the canvas exists; a drag ends with dragfree.
    cy.on('dragfree layoutstop', measure);
    const settle = setTimeout(measure, 0);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      if (!cy.destroyed()) {
        cy.off('viewport resize', follow);
        cy.off('dragfree layoutstop', measure);
      }
      setAnchors([]);
    };
  }, [cy, on, graph]);

  const goals = useMemo(() => new Map(catalogue?.goals.map((g) => [g.code, g]) ?? []), [catalogue]);
  if (!on || !camera || !anchors.length) return null;
  const taken: Rect[] = [];
  return (
    <div className="goal-cluster-labels" aria-hidden="true" data-testid="goal-cluster-labels">
      {anchors.map((a) => {
        const goal = goals.get(a.goal);
        if (!goal) return null;
        const spot = placeName(a, camera, `${goal.number} ${goal.short[lang]}`.length, taken);
        if (!spot) return null;
        const { x, y, tx, ty } = spot;
        return (
          <span key={a.goal} className="goal-cluster-label" data-goal={a.goal} style={{ left: x, top: y, transform: `translate(${tx}%, ${ty}%)`, borderColor: goal.color }}>
            <b style={{ background: goal.color, color: inkOn(goal.color) }}>{goal.number}</b> {goal.short[lang]}
          </span>
        );
      })}
    </div>
  );
}
