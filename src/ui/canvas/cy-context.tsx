/**
 * The Cytoscape instance as a typed handle: GraphCanvas publishes it once every element is in, and
 * the rest of the UI (resizing, scenes, the handout, exports) reads it with useCy(). Non-React code
 * takes it as an argument. `null` while no graph is drawn (or outside a provider, as in panel tests).
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Core } from 'cytoscape';

const CyContext = createContext<Core | null>(null);
const SetCyContext = createContext<(cy: Core | null) => void>(() => {});

export function CyProvider({ children }: { children: ReactNode }) {
  const [cy, setCy] = useState<Core | null>(null);
  return (
    <SetCyContext.Provider value={setCy}>
      <CyContext.Provider value={cy}>{children}</CyContext.Provider>
    </SetCyContext.Provider>
  );
}

/** The drawn instance, or null. Controllers inside GraphCanvas get it as a parameter instead. */
export function useCy(): Core | null {
  return useContext(CyContext);
}

/** For GraphCanvas only: publish (or withdraw) the instance. */
export function usePublishCy(): (cy: Core | null) => void {
  return useContext(SetCyContext);
}
