import { DetailsPanel } from '../DetailsPanel.tsx';
import type { ViewDescriptor } from './view.ts';

/** The default tab, so it is part of the first frame rather than lazily loaded. */
export const details: ViewDescriptor = { id: 'details', labelKey: 'tabs.details', Component: DetailsPanel };
