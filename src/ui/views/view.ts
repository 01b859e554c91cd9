import type { ComponentType } from 'react';

/**
 * A right-panel view (a tab). `Component` is either loaded with the app (the default tab) or a
 * React.lazy component, so a tab's code loads when the tab is first opened.
 */
export interface ViewDescriptor {
  /** tab id: `data-testid="tab-<id>"` and the element id `tab-<id>` */
  id: string;
  /** i18n key of the tab's label */
  labelKey: string;
  Component: ComponentType;
}
