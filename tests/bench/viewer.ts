import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { startHttpTransport } from '../../electron/http/server';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { client, login, type Client } from '../support/backend';
import { textPdf } from '../support/odd-pdf-corpus';
import { measure, summarize, type Stat } from './stats';

// P4 and P5 (quality-goals.md): the dossier viewer and the text index with a generated 200-page PDF,
// in Debian's Chromium against the real backend over the loopback HTTP transport, and in the same run
// pdf.js's own PDFViewer (pdfjs-dist/web) on the same file in a harness page of the same size.
//
// Every browser timing is taken inside the page: the clock starts just before the action (a click
// on "Openen", a scroll, a call to open) and stops in the first animation frame in which the page
// is drawn (ours: data-rendered="true"; theirs: the page view's renderingState FINISHED). Both
// viewers are polled the same way, once per frame.

const PORT = Number(process.env.TLA_BENCH_PORT ?? 4842);
export const HARNESS_PORT = PORT + 1;
const TOKEN = 'bench-token';
const PAGES = 200;
/** First opens of each viewer, taken in turns (9: one slow run does not move the p50). */
const FIRST_OPENS = 9;
const LATER_OPENS = 10;
const SCROLL_STEPS = 20;
const JUMPS = 8;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const FILE_NAME = 'bench-200-paginas.pdf';

export interface Ratio {
  what: string;
  ours: number;
  theirs: number;
  /** ours / theirs of the p50; the goal is ≤ 1.0. */
  ratioP50: number;
  ratioP95: number;
}

export interface ViewerBench {
  stats: Stat[];
  ratios: Ratio[];
  notes: Record<string, unknown>;
}

/** The renderer must be built; build it here if it is not (TLA_RENDERER_DIR or dist/renderer). */
export function rendererDir(): string {
  const dir = path.resolve(process.env.TLA_RENDERER_DIR ?? 'dist/renderer');
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    process.stdout.write(`bench: building the renderer into ${dir} …\n`);
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
        env: { ...process.env, TLA_RENDERER_DIR: path.relative(process.cwd(), dir) },
      },
    );
  }
  return dir;
}

// --- pdf.js's own viewer: a harness page on a tiny static server ----------------------------------

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const HARNESS_JS = `
import * as pdfjsLib from '/pdfjs/build/pdf.min.mjs';
globalThis.pdfjsLib = pdfjsLib;
const viewerLib = await import('/pdfjs/web/pdf_viewer.mjs');
// As our viewer does: one long-lived module worker, started ahead of the first document.
pdfjsLib.GlobalWorkerOptions.workerPort = new Worker('/pdfjs/build/pdf.worker.min.mjs', { type: 'module' });
const eventBus = new viewerLib.EventBus();
const linkService = new viewerLib.PDFLinkService({ eventBus });
const container = document.getElementById('container');
const viewer = new viewerLib.PDFViewer({ container, eventBus, linkService });
linkService.setViewer(viewer);
eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'page-width'; });
let task = null;
window.bench = {
  viewer,
  async close() {
    if (task) { viewer.setDocument(null); linkService.setDocument(null); await task.destroy(); task = null; }
  },
  // 'url': pdf.js fetches the file itself (ranges, streaming), as PDFViewer is normally used;
  // 'data': the whole file fetched first and handed over, as our viewer does.
  async open(url, mode) {
    const source = mode === 'data' ? { data: new Uint8Array(await (await fetch(url)).arrayBuffer()) } : { url };
    task = pdfjsLib.getDocument({
      ...source,
      cMapUrl: '/pdfjs/cmaps/',
      cMapPacked: true,
      standardFontDataUrl: '/pdfjs/standard_fonts/',
      wasmUrl: '/pdfjs/wasm/',
      iccUrl: '/pdfjs/iccs/',
    });
    return task.promise.then((doc) => { viewer.setDocument(doc); linkService.setDocument(doc); });
  },
  drawn(n) { const v = viewer.getPageView(n - 1); return !!v && v.renderingState === 3; },
};
window.benchReady = true;
`;

function harnessHtml(width: number, height: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>pdf.js PDFViewer</title>
<link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css">
<style>body{margin:0} #container{position:absolute;top:0;left:0;width:${width}px;height:${height}px;overflow:auto;background:#e9ecef}</style>
</head><body><div id="container"><div id="viewer" class="pdfViewer"></div></div>
<script type="module" src="/harness.js"></script></body></html>`;
}

export function startHarnessServer(pdf: Uint8Array): Promise<http.Server> {
  const root = path.resolve('node_modules/pdfjs-dist');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${HARNESS_PORT}`);
    const send = (status: number, body: string | Buffer | Uint8Array, type: string): void => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/harness.html') {
      const w = Number(url.searchParams.get('w') ?? 1200);
      const h = Number(url.searchParams.get('h') ?? 700);
      return send(200, harnessHtml(w, h), TYPES['.html'] as string);
    }
    if (url.pathname === '/harness.js') return send(200, HARNESS_JS, 'text/javascript');
    if (url.pathname === '/bench.pdf') return send(200, pdf, 'application/pdf');
    if (url.pathname.startsWith('/pdfjs/')) {
      const file = path.resolve(root, `.${url.pathname.slice('/pdfjs'.length)}`);
      if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile())
        return send(
          200,
          fs.readFileSync(file),
          TYPES[path.extname(file)] ?? 'application/octet-stream',
        );
    }
    return send(404, 'not found', 'text/plain');
  });
  return new Promise((resolve) => server.listen(HARNESS_PORT, '127.0.0.1', () => resolve(server)));
}

// --- In-page timing ------------------------------------------------------------------------------

/** Runs `start` in the page and resolves, in the first frame where `done` holds, with the ms taken. */
export async function timeInPage(page: Page, kind: string, arg: unknown): Promise<number> {
  return page.evaluate(
    ([k, a]) =>
      new Promise<number>((resolve, reject) => {
        type Probe = { start: () => unknown; done: () => boolean };
        const dialog = (): Element | null => document.querySelector('[role="dialog"]');
        const scroller = (): HTMLElement | null =>
          (dialog() ?? document).querySelector<HTMLElement>('[aria-label="Pagina’s"]') ??
          document.getElementById('container');
        const pagesInView = (): number[] => {
          const sc = scroller();
          if (sc === null) return [];
          const box = sc.getBoundingClientRect();
          return [...sc.querySelectorAll<HTMLElement>('[data-page-number]')]
            .filter((p) => {
              // At least 20 px of the page in view (a border alone is no page to read).
              const r = p.getBoundingClientRect();
              return Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top) >= 20;
            })
            .map((p) => Number(p.dataset.pageNumber));
        };
        const bench = (
          window as unknown as {
            bench?: {
              open: (u: string, mode: string) => Promise<void>;
              drawn: (n: number) => boolean;
            };
          }
        ).bench;
        const drawn = (n: number): boolean =>
          bench !== undefined
            ? bench.drawn(n)
            : (dialog() ?? document).querySelector(
                `[data-page-number="${n}"][data-rendered="true"]`,
              ) !== null;
        const scrollTo = (n: number): void => {
          const sc = scroller()!;
          const target = sc.querySelector<HTMLElement>(`[data-page-number="${n}"]`)!;
          sc.scrollTop += target.getBoundingClientRect().top - sc.getBoundingClientRect().top;
        };
        let inView: number[] = [];
        const probes: Record<string, Probe> = {
          // Ours: click "Openen" of the document; theirs: open the URL.
          openOurs: {
            start: () => {
              // The viewer's performance marks (tla:…) of this open, for the trace.
              performance.clearMarks();
              document
                .querySelector<HTMLButtonElement>(`button[aria-label="${String(a)} openen"]`)!
                .click();
            },
            done: () => drawn(1),
          },
          openTheirs: { start: () => void bench!.open(String(a), 'url'), done: () => drawn(1) },
          openTheirsData: {
            start: () => void bench!.open(String(a), 'data'),
            done: () => drawn(1),
          },
          // Scroll so that page `a` is at the top; done when every page now in view is drawn.
          scroll: {
            start: () => {
              scrollTo(Number(a));
              inView = pagesInView();
            },
            done: () => inView.length > 0 && inView.every(drawn),
          },
        };
        const probe = probes[k];
        if (probe === undefined) return reject(new Error(`unknown probe ${k}`));
        const t0 = performance.now();
        (window as unknown as { benchT0: number }).benchT0 = t0;
        probe.start();
        const deadline = t0 + 30_000;
        const tick = (): void => {
          if (probe.done()) return resolve(performance.now() - t0);
          if (performance.now() > deadline) return reject(new Error(`${k}: not drawn in 30 s`));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [kind, arg] as const,
  );
}

/** tsx (esbuild, keepNames) wraps functions in `__name(...)`; the evaluated code needs it too. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context.newPage();
}

const settle = (page: Page, ms = 400): Promise<void> => page.waitForTimeout(ms);

// --- Our viewer ---------------------------------------------------------------------------------

export async function loginUi(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.getByLabel('Gebruikersnaam').fill('sll');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: 'Mijn werk' }).waitFor();
}

export async function openAanvraag(page: Page, origin: string, id: number): Promise<void> {
  await page.goto(`${origin}/#/aanvraag/${id}`);
  await page.getByRole('button', { name: `${FILE_NAME} openen` }).waitFor();
  await settle(page, 1000);
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await settle(page);
}

/** Where the last open spent its time: the viewer's marks, in ms after the click (0 decimals). */
export function traceOf(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const t0 = (window as unknown as { benchT0: number }).benchT0;
    return Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('tla:'))
        .map((m) => [m.name.slice(4), Math.round(m.startTime - t0)]),
    );
  });
}

async function scrollRuns(page: Page): Promise<{ next: number[]; jump: number[] }> {
  const next: number[] = [];
  for (let n = 2; n < 2 + SCROLL_STEPS; n += 1) {
    next.push(await timeInPage(page, 'scroll', n));
    await settle(page, 250);
  }
  const jump: number[] = [];
  for (let i = 0; i < JUMPS; i += 1) {
    jump.push(await timeInPage(page, 'scroll', 60 + i * 17));
    await settle(page, 250);
  }
  return { next, jump };
}

/** One first open of ours in a fresh context (login, the dossier, 1 s idle, click): ms and trace. */
async function firstOpenOurs(
  browser: Browser,
  base: string,
  aanvraagId: number,
): Promise<{ time: number; trace: Record<string, number> }> {
  const page = await newPage(browser);
  try {
    await loginUi(page, base);
    await openAanvraag(page, new URL(base).origin, aanvraagId);
    const time = await timeInPage(page, 'openOurs', FILE_NAME);
    await settle(page);
    return { time, trace: await traceOf(page) };
  } finally {
    await page.context().close();
  }
}

/** One first open of pdf.js's own viewer in a fresh context, in a pane of `size`. */
export async function firstOpenTheirs(
  browser: Browser,
  size: { width: number; height: number },
): Promise<number> {
  const page = await newPage(browser);
  try {
    await page.goto(
      `http://127.0.0.1:${HARNESS_PORT}/harness.html?w=${size.width}&h=${size.height}`,
    );
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady);
    await settle(page, 1000);
    return await timeInPage(page, 'openTheirs', '/bench.pdf');
  } finally {
    await page.context().close();
  }
}

/** Later opens, scrolling and jumps of ours on one page (after a first open not counted). */
async function benchOurs(browser: Browser, base: string, aanvraagId: number) {
  const origin = new URL(base).origin;
  const page = await newPage(browser);
  await loginUi(page, base);
  await openAanvraag(page, origin, aanvraagId);
  await timeInPage(page, 'openOurs', FILE_NAME); // the first open of this page, not counted
  await closeDialog(page);
  const later: number[] = [];
  for (let i = 0; i < LATER_OPENS; i += 1) {
    later.push(await timeInPage(page, 'openOurs', FILE_NAME));
    await settle(page);
    if (i < LATER_OPENS - 1) await closeDialog(page);
  }
  const laterTrace = await traceOf(page);
  const size = await page.evaluate(() => {
    const sc = document.querySelector<HTMLElement>('[role="dialog"] [aria-label="Pagina’s"]')!;
    const canvas = sc.querySelector('canvas');
    return { width: sc.clientWidth, height: sc.clientHeight, canvasWidth: canvas?.width ?? 0 };
  });
  const { next, jump } = await scrollRuns(page);
  const rendered = await page.locator('[role="dialog"] [data-rendered="true"]').count();
  await page.context().close();
  return { later, next, jump, size, rendered, laterTrace };
}

async function benchTheirs(browser: Browser, size: { width: number; height: number }) {
  const url = `http://127.0.0.1:${HARNESS_PORT}/harness.html?w=${size.width}&h=${size.height}`;
  const ready = async (page: Page): Promise<void> => {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady);
    await settle(page, 1000);
  };
  const page = await newPage(browser);
  await ready(page);
  await timeInPage(page, 'openTheirs', '/bench.pdf');
  const later: number[] = [];
  for (let i = 0; i < LATER_OPENS; i += 1) {
    await page.evaluate(() =>
      (window as unknown as { bench: { close: () => Promise<void> } }).bench.close(),
    );
    await settle(page);
    later.push(await timeInPage(page, 'openTheirs', '/bench.pdf'));
  }
  const laterData: number[] = [];
  for (let i = 0; i < LATER_OPENS; i += 1) {
    await page.evaluate(() =>
      (window as unknown as { bench: { close: () => Promise<void> } }).bench.close(),
    );
    await settle(page);
    laterData.push(await timeInPage(page, 'openTheirsData', '/bench.pdf'));
  }
  await settle(page);
  const canvasWidth = await page.evaluate(() => document.querySelector('canvas')?.width ?? 0);
  const { next, jump } = await scrollRuns(page);
  await page.context().close();
  return { later, laterData, next, jump, canvasWidth };
}

// --- Backend: indexing and search ----------------------------------------------------------------

async function waitIndexed(sll: Client, aanvraagId: number, documentId: number): Promise<string> {
  for (;;) {
    const a = await sll.call('aanvraag.get', { aanvraagId });
    const d = a.documents.find((x) => x.id === documentId);
    if (d && d.tekstStatus !== 'wacht') return d.tekstStatus;
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function viewerBench(): Promise<ViewerBench> {
  const staticDir = rendererDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-bench-'));
  const backend: Backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: randomBytes(32),
    logger: { error: () => undefined },
    warmPdfWorkers: true, // as the app
  });
  const stats: Stat[] = [];
  const ratios: Ratio[] = [];
  const notes: Record<string, unknown> = {};
  let browser: Browser | null = null;
  let harness: http.Server | null = null;
  const transport = await startHttpTransport({ backend, staticDir, port: PORT, token: TOKEN });
  try {
    await client(backend).call('setup.loadDemo', {});
    // The demo's own documents are indexed first; the runs below must not wait in that queue.
    await backend.whenIdle();
    const sll = await login(backend, 'sll');
    const work = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: '',
      offset: 0,
      limit: 200,
    });
    const open = work.rows.filter((r) => r.state === 'ontvangen').map((r) => r.id);
    if (open.length === 0) throw new Error('no aanvraag in ontvangen in the demo');

    // P5 indexing: import → tekstStatus leaves 'wacht' (aanvraag.get polled every 5 ms). Each run a
    // different file (another label on every page) into its own dossier.
    const pdf = await textPdf(PAGES, 'Verslag');
    notes.pdfBytes = pdf.length;
    notes.pdfPages = PAGES;
    const indexing: number[] = [];
    const importing: number[] = [];
    let benchDocument = 0;
    const runs = Math.min(5, open.length);
    for (let i = 0; i < runs; i += 1) {
      const bytes = i === 0 ? pdf : await textPdf(PAGES, `Verslag ${i + 1}`);
      const aanvraagId = open[i] as number;
      const t0 = performance.now();
      const { id } = await sll.call('aanvraag.addDocument', {
        aanvraagId,
        kind: 'opp',
        fileName: FILE_NAME,
        documentDate: null,
        dataBase64: Buffer.from(bytes).toString('base64'),
      });
      const t1 = performance.now();
      const status = await waitIndexed(sll, aanvraagId, id);
      indexing.push(performance.now() - t0);
      importing.push(t1 - t0);
      if (status !== 'geindexeerd') throw new Error(`indexing ended in ${status}`);
      if (i === 0) benchDocument = id;
    }
    await backend.whenIdle();
    stats.push(
      summarize('P5', `import a ${PAGES}-page PDF (validate, encrypt, store)`, null, importing),
    );
    stats.push(
      summarize(
        'P5',
        `indexing a ${PAGES}-page PDF (import → tekstStatus ≠ wacht)`,
        3000,
        indexing,
      ),
    );

    // P5 search across the dossier with the 200-page PDF and the demo documents.
    const dossier = open[0] as number;
    for (const [query, label] of [
      ['ontwikkelingsperspectief', 'a word on every page'],
      ['ambulant begeleider', 'two words'],
      ['zzzonbekend', 'no hit'],
    ] as const) {
      stats.push(
        await measure('P5', `dossier.zoek, ${label} (${PAGES} + demo pages)`, 50, 50, () =>
          sll.call('dossier.zoek', { aanvraagId: dossier, query }),
        ),
      );
    }
    stats.push(
      await measure('P4', 'document.content of the 200-page PDF (decrypt + base64)', null, 20, () =>
        sll.call('document.content', { documentId: benchDocument }),
      ),
    );

    // P4 in Chromium: ours, then pdf.js's PDFViewer on the same bytes in a pane of the same size.
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    harness = await startHarnessServer(pdf);
    const base = `${transport.url}?token=${TOKEN}`;
    const ours = await benchOurs(browser, base, dossier);
    const theirs = await benchTheirs(browser, ours.size);
    // First opens in turns (ours, then pdf.js's viewer), so that a machine getting busier or
    // quieter during the run weighs on both alike.
    const firstOurs: number[] = [];
    const firstTheirs: number[] = [];
    let firstTrace: Record<string, number> = {};
    for (let i = 0; i < FIRST_OPENS; i += 1) {
      const o = await firstOpenOurs(browser, base, dossier);
      firstOurs.push(o.time);
      firstTrace = o.trace;
      firstTheirs.push(await firstOpenTheirs(browser, ours.size));
    }
    stats.push(
      summarize(
        'P4',
        'pdf.js PDFViewer: later opens, the whole file fetched first (as ours)',
        null,
        theirs.laterData,
      ),
    );
    notes.loadAverage = os.loadavg();
    notes.pane = ours.size;
    notes.canvasWidth = { ours: ours.size.canvasWidth, theirs: theirs.canvasWidth };
    notes.oursPagesDrawnAfterScrolling = ours.rendered;
    // ms after the click of the last first open and the last later open (tla:… marks).
    notes.oursTrace = { firstTrace, laterTrace: ours.laterTrace };

    const pairs = [
      ['first page visible, first open', 500, firstOurs, firstTheirs],
      ['first page visible, later opens', 300, ours.later, theirs.later],
      ['next page while scrolling (all pages in view drawn)', 100, ours.next, theirs.next],
      ['jump to a far page (not prerendered)', null, ours.jump, theirs.jump],
    ] as const;
    for (const [what, goal, o, t] of pairs) {
      const so = summarize('P4', `ours: ${what}`, goal, o);
      const st = summarize('P4', `pdf.js PDFViewer: ${what}`, null, t);
      stats.push(so, st);
      ratios.push({
        what,
        ours: so.p50,
        theirs: st.p50,
        ratioP50: so.p50 / st.p50,
        ratioP95: so.p95 / st.p95,
      });
    }
  } finally {
    await browser?.close();
    await new Promise((r) => (harness ? harness.close(() => r(null)) : r(null)));
    await transport.close();
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { stats, ratios, notes };
}
