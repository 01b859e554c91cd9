import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store.ts';

export const StoreContext = createContext<AppStore | null>(null);

/** Select a slice of the app state; components never read the whole store. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppState outside <StoreContext.Provider>');
  return useStore(store, selector);
}
