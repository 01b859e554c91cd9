/**
 * The page's entry, small on purpose: it sets the bundled data fetching and parsing, then loads the
 * app (ui/start.tsx). index.html modulepreloads the app's chunks (vite.config.ts), so the browser
 * downloads and compiles them while the main thread parses the JSON, instead of parsing it only after
 * the whole app has been evaluated.
 */
import { prefetchBundledData } from './state/data-source.ts';
import './ui/app.css';

const query = new URLSearchParams(location.search);
const rootElement = document.getElementById('root')!;
if (query.get('presenter') === '1') {
  void import('./ui/start.tsx').then((m) => m.startPresenter(rootElement));
} else {
  // The list, the catalogue and the dataset to open side by side; a `?src=` link opens its own file first.
  prefetchBundledData(query.get('dataset'), !query.get('src'));
  // The app's chunks are evaluated one per task, its two big libraries first (vite.config.ts
  // START_LIBRARIES): evaluated together they were one task of 84–148 ms on the bundled network.
  void import('cytoscape')
    .then(() => import('react-dom/client'))
    .then(() => import('./ui/start.tsx'))
    .then((m) => m.startApp(rootElement));
}
