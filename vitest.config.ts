import { defineConfig } from 'vitest/config';
import { simjsWrapper } from './vite.config.js';

/** Test files that replace a module with vi.mock: they need a module graph of their own. */
const MOCKING = ['test/cli-atomic-write-durable.test.ts'];

export default defineConfig({
  plugins: [simjsWrapper()],
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time: vitest's default on a 2-core machine is one, and many tests spend their
    // time waiting for a CLI process or the browser they started.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Files share a worker's module graph: importing the model once per worker instead of once
        // per file saves about a third of the suite's time. Tests keep no state in modules.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
