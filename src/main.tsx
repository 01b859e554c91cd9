import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { StoreContext } from './state/store-context.tsx';
import { createAppStore } from './state/store.ts';
import { fetchCatalogue, fetchDatasetList, fetchLinkDataset } from './state/data-source.ts';
import { parseUrl } from './state/view.ts';
import { bindUrl } from './state/url-sync.ts';
import './ui/app.css';

const url = parseUrl(location.search);
const store = createAppStore({ fetchCatalogue, fetchDatasetList, fetchLinkDataset }, { lang: url.lang });
bindUrl(store);
void store.getState().init(url.dataset, url.view);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
