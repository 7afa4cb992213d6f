import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The repository root and the built app (`npm run build:app`). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const APP = join(ROOT, 'dist-app');
/** Screenshots land here, to be looked at. */
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/** Debian's Chromium (installed by .ci/run with apt-get; never a downloaded browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the built app on 127.0.0.1 (a random free port); resolves to its base URL. A folder gives
 * its index.html; a file that is not there gives 404, as a real server would, so that a page
 * asking for a missing file (a favicon, say) shows the error in the browser's console.
 */
export async function serveApp(): Promise<{ url: string; server: Server }> {
  if (!existsSync(join(APP, 'index.html'))) throw new Error(`${APP} is missing: run npm run build:app first`);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(APP, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(APP) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** Headless Debian Chromium with a fresh profile and no background network traffic. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tiersim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
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
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Waits until the page has finished `runs` simulation runs in all. */
export async function waitForRuns(page: Page, runs: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { tiersim?: { runs: number } }).tiersim!.runs >= n,
    runs,
    { timeout },
  );
}

/** A served app and a fresh browser page for one test file; `done` closes both. */
export async function openApp(): Promise<{
  url: string;
  context: BrowserContext;
  page: Page;
  done: () => Promise<void>;
}> {
  const { url, server } = await serveApp();
  const { context, close } = await launchBrowser();
  const page = await context.newPage();
  return {
    url,
    context,
    page,
    done: async () => {
      await close();
      server.close();
    },
  };
}

/**
 * What goes wrong on a page from now on, as lines to compare with `[]`: console errors, uncaught
 * exceptions and responses of 400 and above (a missing favicon, a file the page asks for).
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}
