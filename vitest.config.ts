import { defineConfig } from 'vitest/config';
import { simjsWrapper } from './vite.config.js';

export default defineConfig({
  plugins: [simjsWrapper()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
