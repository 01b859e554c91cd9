import { lazy } from 'react';
import type { ViewDescriptor } from './view.ts';

export const system: ViewDescriptor = { id: 'system', labelKey: 'tabs.system', Component: lazy(() => import('../panels/system/SystemPanel.tsx')) };
