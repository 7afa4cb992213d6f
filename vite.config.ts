import { defineConfig } from 'vite';

// The browser app: index.html + src/viz, with the engine (src/sim) bundled in and run in a Web
// Worker. Everything is served from this machine; nothing is fetched from the network.
export default defineConfig({
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
