// What the browser tests share: the portal's server in process over an in-memory PGlite store with the real
// pipeline, Debian's chromium driven by playwright-core, the documents to upload, and screenshots.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createPool } from '../../src/pipeline/pool.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/open.js';
import { corpusDocument, hasShared } from '../support/shared-corpus.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_REASON = `没有 ${CHROMIUM}（Debian 的 chromium 包），跳过浏览器测试`;
/** The tests' output folder (git-ignored): a screenshot of every page at every width. */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface Portal {
  store: Store;
  server: RunningServer;
  url: string;
  close(): Promise<void>;
}

export async function startPortal(): Promise<Portal> {
  const store = await openStore();
  const server = await startServer({ store, port: 0, analyser: createPool({ threads: 0, rulesVersion: 'browser-test' }) });
  return {
    store,
    server,
    url: server.url,
    async close() {
      await server.close();
      await store.close();
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, nothing in the background, downloads allowed. */
export async function launchBrowser(viewport: { width: number; height: number } = { width: 1366, height: 860 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'juesuan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport,
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** How far the page is wider than the window (0 when nothing sticks out). */
export const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number }).document;
    return doc.documentElement.scrollWidth - (globalThis as unknown as { innerWidth: number }).innerWidth;
  });

export interface Document {
  name: string;
  text: string;
}

const MINI = resolve(import.meta.dirname, '../../demo/mini-2024.txt');

/**
 * The text document the tests upload: seed 000 of ../shared (a real package with known errors), or without
 * ../shared the bundled mini package with one error injected (收入总计 no longer equals 支出总计).
 */
export function seedDocument(): Document {
  if (hasShared) {
    const path = corpusDocument('000');
    return { name: path.split('/').pop()!, text: readFileSync(path, 'utf8') };
  }
  const lines = readFileSync(MINI, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes('总计') && l.includes('100.00'));
  lines[at] = lines[at]!.replace('100.00', '100.50');
  return { name: 'mini-2024-injected.txt', text: lines.join('\n') };
}

/** The same document for the year before: every year in it moved back by one. */
export function previousYear(doc: Document): Document {
  const year = Number(/20\d\d/.exec(doc.text)?.[0] ?? 2024);
  // Moving 2023 → 2022 before 2024 → 2023 keeps the prior-year columns one year behind as well.
  const text = doc.text.replaceAll(String(year - 1), String(year - 2)).replaceAll(String(year), String(year - 1));
  return { name: doc.name.replace(/(\.\w+)$/, `-${year - 1}$1`), text };
}

export const PDF_SAMPLE = hasShared ? corpusDocument('putuo-ghzyj-2024-final') : undefined;
export { hasShared };
