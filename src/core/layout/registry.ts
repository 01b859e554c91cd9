/**
 * The layouts the app offers, as data: one descriptor per layout, so the state (URL, sessions) can
 * validate a layout name without knowing how the canvas runs it. The canvas (ui/graph) turns a
 * descriptor into Cytoscape calls. Adding a layout: one descriptor here (or in its own file listed
 * here) plus its `layout.<id>` locale key.
 */
export interface LayoutDescriptor {
  id: string;
  /** i18n key of the layout's name in the view controls */
  labelKey: string;
}

export const LAYOUT_DESCRIPTORS = [
  { id: 'goals', labelKey: 'view.layouts.goals' },
  { id: 'force', labelKey: 'view.layouts.force' },
  { id: 'concentric', labelKey: 'view.layouts.concentric' },
  { id: 'grid', labelKey: 'view.layouts.grid' },
] as const satisfies readonly LayoutDescriptor[];

export type LayoutName = (typeof LAYOUT_DESCRIPTORS)[number]['id'];
export const LAYOUT_IDS: readonly LayoutName[] = LAYOUT_DESCRIPTORS.map((d) => d.id);

export function isLayoutName(name: unknown): name is LayoutName {
  return typeof name === 'string' && (LAYOUT_IDS as readonly string[]).includes(name);
}
