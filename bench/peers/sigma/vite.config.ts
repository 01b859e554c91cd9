import { defineConfig } from 'vite';

// Builds the benchmark-only sigma.js peer into bench/peers/sigma/dist (gitignored).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
