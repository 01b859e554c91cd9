/** Filters, paths, portfolio picks and marks: each a class on exactly its set of elements (graph/highlight.ts touches only the ones that change). */
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useAppState } from '../../state/store-context.tsx';
import { applyMarks, applyPath, applyPicks } from '../graph/highlight.ts';
import { applyVisible } from '../graph/apply-visible.ts';

export function useVisibleFilter(cy: Core | null): void {
  const visible = useAppState((s) => s.visible);
  useEffect(() => {
    if (cy && !cy.destroyed()) applyVisible(cy, visible);
  }, [cy, visible]);
}

export function usePaths(cy: Core | null): void {
  const pathResult = useAppState((s) => s.pathResult);
  useEffect(() => {
    if (cy && !cy.destroyed()) applyPath(cy, pathResult?.paths.map((p) => p.codes) ?? []);
  }, [cy, pathResult]);
}

export function useMarks(cy: Core | null): void {
  const marks = useAppState((s) => s.marks);
  useEffect(() => {
    if (cy && !cy.destroyed()) applyMarks(cy, marks);
  }, [cy, marks]);
}

export function usePicks(cy: Core | null): void {
  const portfolio = useAppState((s) => s.portfolio);
  useEffect(() => {
    if (cy && !cy.destroyed()) applyPicks(cy, portfolio?.picks.map((p) => p.code) ?? []);
  }, [cy, portfolio]);
}
