import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { StoreContext } from './state/store-context.tsx';
import { createAppStore } from './state/store.ts';
import { fetchCatalogue, fetchDatasetList, fetchLinkDataset } from './state/data-source.ts';
import './ui/app.css';

const store = createAppStore({ fetchCatalogue, fetchDatasetList, fetchLinkDataset });
const params = new URLSearchParams(location.search);
void store.getState().init(params.get('dataset') ?? undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
