import { afterEach } from 'vitest';

// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); clean up only there.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
