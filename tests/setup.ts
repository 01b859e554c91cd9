import { afterEach } from 'vitest';

// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); clean up only there.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});

// The import button loads the list of readable formats after its first render (a dynamic import,
// to keep the readers out of the first frame). A component test can end before that import has
// resolved, and its environment is then torn down under it: load the module up front instead.
if (typeof document !== 'undefined') await import('../src/state/io/format-list.ts');
// Russian and Kazakh are lazy chunks in the app (ui/i18n.ts); tests render and translate them at once.
await (await import('../src/ui/i18n.ts')).loadAllLocales();
