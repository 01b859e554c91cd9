import { lazy } from 'react';
import type { ViewDescriptor } from './view.ts';

export const evidence: ViewDescriptor = { id: 'evidence', labelKey: 'tabs.evidence', Component: lazy(() => import('../panels/evidence/EvidencePanel.tsx')) };
