/**
 * The layouts the app offers, as data: one descriptor per layout, so the state (URL, sessions) can
 * validate a layout name without knowing how the canvas runs it, and the canvas (ui/graph/layouts.ts)
 * runs any descriptor with one generic runner. Adding a layout: one descriptor file in `layouts/`,
 * one line in LAYOUT_DESCRIPTORS below, and its `view.layouts.<id>` key in the three locale files.
 */
import { goals } from './layouts/goals.ts';
import { force } from './layouts/force.ts';
import { concentric } from './layouts/concentric.ts';
import { grid } from './layouts/grid.ts';

/** The element interface a layout option function sees (a Cytoscape node, typed without Cytoscape). */
export interface LayoutNode {
  id(): string;
  data(key: string): unknown;
}

interface LayoutBase<Id extends string = string> {
  id: Id;
  /** i18n key of the layout's name in the view controls */
  labelKey: string;
}

/** The precomputed goal-cluster positions the graph was built with. */
export interface PresetLayout<Id extends string = string> extends LayoutBase<Id> {
  engine: 'preset';
}

/**
 * A Cytoscape layout run once when chosen (positions then stay put while filters and highlights
 * change). `plugin` names a Cytoscape extension the canvas loads lazily first; `worker` moves big
 * graphs to ForceAtlas2 in a Web Worker, because the main-thread layout freezes the tab there.
 */
export interface CytoscapeLayout<Id extends string = string> extends LayoutBase<Id> {
  engine: 'cytoscape';
  /** Cytoscape layout options (`name` included); the runner adds `fit: false, animate: false` */
  options: { name: string } & Record<string, unknown>;
  plugin?: 'fcose';
  worker?: { minNodes: number };
}

export type LayoutDescriptor<Id extends string = string> = PresetLayout<Id> | CytoscapeLayout<Id>;

export const LAYOUT_DESCRIPTORS = [goals, force, concentric, grid] as const;

export type LayoutName = (typeof LAYOUT_DESCRIPTORS)[number]['id'];
export const LAYOUT_IDS: readonly LayoutName[] = LAYOUT_DESCRIPTORS.map((d) => d.id);
