#!/usr/bin/env node
// Loads the TypeScript CLI through tsx, so the CLI runs the same source as the app (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
