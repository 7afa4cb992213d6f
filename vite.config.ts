import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Generates the simjs wrapper (src/sim/kernel/simjs.generated.ts, git-ignored) with
 * scripts/gen-simjs.mjs whenever Vite or Vitest starts, so `vite build`, `vite` and `vitest` work
 * in a clone installed with `npm ci --ignore-scripts`. The script rewrites the file only when it
 * changes, and refuses any simjs but the pinned version.
 */
export function simjsWrapper(): Plugin {
  return {
    name: 'tiersim:gen-simjs',
    config() {
      execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/gen-simjs.mjs', import.meta.url))], {
        stdio: 'inherit',
      });
    },
  };
}

// The browser app: index.html + src/viz, with the engine (src/sim) bundled in and run in a Web
// Worker. Everything is served from this machine; nothing is fetched from the network.
export default defineConfig({
  plugins: [simjsWrapper()],
  base: './',
  build: {
    outDir: 'dist-app',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the what-if view and the trainers' floor plan.
    rollupOptions: { input: { main: 'index.html', floor: 'floor.html' } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
