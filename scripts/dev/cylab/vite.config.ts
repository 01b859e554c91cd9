import { defineConfig } from 'vite';
// Dev lab: Cytoscape first-render cost under different styles (not part of the app).
export default defineConfig({ root: import.meta.dirname, base: './', build: { outDir: '/tmp/cylab/dist', emptyOutDir: true } });
