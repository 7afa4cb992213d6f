// What the browser benchmarks share: the built app served on 127.0.0.1 and headless Debian
// Chromium with the browser tests' flags and a fresh profile (never a downloaded browser).
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The built app (`npx vite build`). */
export const APP = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '..'), 'dist-app');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves dist-app/ and opens a headless Chromium page on it; `use(page, url)` does the measuring.
 * Exits with 2 and a one-line message when the app has not been built.
 */
export async function withAppPage({ page: pageFile, deviceScaleFactor = 1 }, use) {
  if (!existsSync(join(APP, pageFile))) {
    console.error(`${APP}/${pageFile} is missing: run npx vite build first`);
    process.exit(2);
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(APP, path);
    if (!file.startsWith(APP) || !existsSync(file) || statSync(file).isDirectory())
      file = join(APP, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'tiersim-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    return await use(await context.newPage(), url);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}
