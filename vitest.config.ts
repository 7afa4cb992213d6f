import { defineConfig } from 'vitest/config';
import { simjsWrapper } from './vite.config.js';

export default defineConfig({
  plugins: [simjsWrapper()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time: vitest's default on a 2-core machine is one, and many tests spend their
    // time waiting for a CLI process or the browser they started.
    maxWorkers: 2,
  },
});
