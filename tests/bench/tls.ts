import { chromium, type Browser, type Page } from '@playwright/test';
import { randomBytes, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/api/backend';
import type { Backend } from '../../electron/contract/envelope';
import { startTlaServer, type TlaServer } from '../../electron/server/app';
import { certificateNames, makeSelfSigned } from '../../electron/server/certificate';
import { DEMO_PASSWORD } from '../../electron/demo/dataset';
import { client, login } from '../support/backend';
import { textPdf } from '../support/odd-pdf-corpus';
import { demoWith50k, reopened } from './seed';
import { measure, summarize, type Stat } from './stats';
import {
  CHROMIUM_ARGS,
  FILE_NAME,
  firstOpenTheirs,
  loginUi,
  openAanvraag,
  rendererDir,
  startHarnessServer,
  timeInPage,
  traceOf,
  type Ratio,
} from './viewer';

// Issue 13, over TLS on loopback: the TLA server (electron/server/app.ts, Fastify over HTTPS with
// its self-signed certificate, trusted as the only CA: a real TLS check) in front of the backend.
//
// 1. `werk.mijn` and `aanvraag.get` with 50,000 aanvragen through POST /api/call on a keep-alive
//    connection, as the desktop's main process will hold one (goal p95 ≤ 20 ms); and, for insight,
//    the same call on a fresh TLS connection each time, and the 200-page PDF over the binary path.
// 2. The dossier viewer's first page of the 200-page PDF from the server in Chromium, with the
//    bytes fetched over GET /api/document/:id (goal ≤ 500 ms on first open and at most pdf.js's own
//    viewer on the same file). The built renderer is served by the TLA server over HTTPS. In the
//    desktop's client mode the renderer gets the bytes through the preload's bridge
//    (`window.tla.document`, renderer/api/client.ts · leesDocument) from the main process, which
//    fetches them from the binary path; here a bridge of the same shape is put in the page before
//    it loads, and does that fetch itself (same origin, the session as Bearer), and carries every
//    other call to POST /api/call. No base64 and no JSON step for the bytes. Measured next to it:
//    the served renderer as it is in a browser (no bridge: `document.content`, base64 in JSON).
//    pdf.js's own viewer opens the same bytes (fetched once from the binary path) from a plain
//    local HTTP server (no TLS for it, which favours it).

/** First opens of each viewer, taken in turns (9: one slow run does not move the p50). */
const FIRST_OPENS = 9;
const PAGES = 200;

interface Tls {
  readonly server: TlaServer;
  readonly cert: string;
  readonly agent: https.Agent;
}

async function serveTls(backend: Backend, rendererDir?: string): Promise<Tls> {
  const made = await makeSelfSigned(['localhost', '127.0.0.1']);
  const server = await startTlaServer({
    backend,
    certificate: made,
    certificateNames: certificateNames(new X509Certificate(made.cert)),
    host: '127.0.0.1',
    port: 0,
    rateLimit: { max: 1_000_000, windowMs: 60_000 },
    bodyLimitBytes: 140 * 1024 * 1024,
    logger: { error: () => undefined },
    ...(rendererDir ? { rendererDir } : {}),
  });
  return {
    server,
    cert: made.cert,
    agent: new https.Agent({ keepAlive: true, maxSockets: 1, ca: made.cert }),
  };
}

function request(
  tls: Tls,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
  fresh = false,
): Promise<{ status: number; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: tls.server.port,
        path: pathname,
        method,
        headers,
        ...(fresh ? { agent: false, ca: tls.cert } : { agent: tls.agent }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A call over TLS: the data, or a thrown Error with the server's code. */
async function callTls(
  tls: Tls,
  name: string,
  input: unknown,
  session?: string,
  fresh = false,
): Promise<unknown> {
  const answer = await request(
    tls,
    'POST',
    '/api/call',
    { 'Content-Type': 'application/json' },
    JSON.stringify({ name, input, ...(session ? { session } : {}) }),
    fresh,
  );
  const parsed = JSON.parse(answer.bytes.toString()) as
    { ok: true; data: unknown } | { ok: false; error: { code: string } };
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code}`);
  return parsed.data;
}

async function documentBytes(tls: Tls, documentId: number, session: string): Promise<Buffer> {
  const answer = await request(tls, 'GET', `/api/document/${documentId}`, {
    Authorization: `Bearer ${session}`,
  });
  if (answer.status !== 200) throw new Error(`GET /api/document: ${answer.status}`);
  return answer.bytes;
}

async function backendOverTls(): Promise<Stat[]> {
  const t = await demoWith50k();
  const backend = await reopened(t);
  const tls = await serveTls(backend);
  const stats: Stat[] = [];
  try {
    const { session } = (await callTls(tls, 'auth.login', {
      username: 'sll',
      password: DEMO_PASSWORD,
    })) as { session: string };
    const werk = { role: 'secretaris', search: '', offset: 0, limit: 200 };
    stats.push(
      await measure('T1', 'TLS: werk.mijn secretaris, first page of 200 (50k)', 20, 50, () =>
        callTls(tls, 'werk.mijn', werk, session),
      ),
    );
    // A deskundige's Mijn werk: took 80–125 s with 50,000 before its subquery stopped naming the
    // outer row (docs/benchmarks.md, "Load test and bench over TLS"); polled by every deskundige.
    const ortho = (await callTls(tls, 'auth.login', {
      username: 'ortho1',
      password: DEMO_PASSWORD,
    })) as { session: string };
    stats.push(
      await measure('T1', 'TLS: werk.mijn deskundige (50k)', 20, 50, () =>
        callTls(
          tls,
          'werk.mijn',
          { role: 'deskundige', search: '', offset: 0, limit: 50 },
          ortho.session,
        ),
      ),
    );
    // A demo dossier with documents, events and checklist: what the dossier screen asks first.
    const rows = (
      (await callTls(tls, 'aanvragen.zoek', { search: '', offset: 0, limit: 200 }, session)) as {
        rows: { id: number; referentie: string }[];
      }
    ).rows.filter((r) => !r.referentie.startsWith('BENCH-'));
    let dossier = rows[0]?.id ?? 1;
    let documents = 0;
    for (const r of rows) {
      const a = (await callTls(tls, 'aanvraag.get', { aanvraagId: r.id }, session)) as {
        documents: unknown[];
      };
      if (a.documents.length > documents) [dossier, documents] = [r.id, a.documents.length];
    }
    stats.push(
      await measure(
        'T1',
        `TLS: aanvraag.get, a demo dossier with ${documents} documents`,
        20,
        50,
        () => callTls(tls, 'aanvraag.get', { aanvraagId: dossier }, session),
      ),
    );
    stats.push(
      await measure(
        'T1',
        'TLS: werk.mijn secretaris, a fresh TLS connection each call (handshake)',
        null,
        20,
        () => callTls(tls, 'werk.mijn', werk, session, true),
      ),
    );
  } finally {
    tls.agent.destroy();
    await tls.server.close();
    backend.close();
    t.close();
  }
  return stats;
}

// --- The viewer from the server --------------------------------------------------------------

async function newTlsPage(browser: Browser): Promise<Page> {
  // The certificate is made for this run; Chromium is told to accept it (the desktop pins it).
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    ignoreHTTPSErrors: true,
  });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context.newPage();
}

/** The desktop preload's bridge, as far as the viewer uses it, over the served page's own origin. */
const BRIDGE = `
window.tla = {
  async call(envelope) {
    const r = await fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(envelope),
      credentials: 'omit',
      cache: 'no-store',
    });
    return r.json();
  },
  async document({ session, documentId }) {
    window.benchBinaryReads = (window.benchBinaryReads ?? 0) + 1;
    const r = await fetch('/api/document/' + documentId, {
      headers: { Authorization: 'Bearer ' + session },
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!r.ok) return r.json();
    return { ok: true, bytes: new Uint8Array(await r.arrayBuffer()) };
  },
};`;

type Pane = { width: number; height: number };

/** One first open of ours in a fresh context; the pane's size and the viewer's marks with it. */
async function firstOpenOurs(
  browser: Browser,
  tls: Tls,
  aanvraagId: number,
  /** true: with the bridge (bytes over the binary path); false: the served renderer as it is. */
  binary: boolean,
): Promise<{ time: number; size: Pane; trace: Record<string, number> }> {
  const page = await newTlsPage(browser);
  try {
    if (binary) await page.context().addInitScript({ content: BRIDGE });
    await loginUi(page, tls.server.url);
    await openAanvraag(page, new URL(tls.server.url).origin, aanvraagId);
    const time = await timeInPage(page, 'openOurs', FILE_NAME);
    // The variant measured what it says: the bytes came through the bridge, or not at all.
    const reads = await page.evaluate(
      () => (window as unknown as { benchBinaryReads?: number }).benchBinaryReads ?? 0,
    );
    if (reads > 0 !== binary) throw new Error(`binary reads ${reads} with binary=${binary}`);
    await page.waitForTimeout(300);
    // The viewer's pane: pdf.js's viewer gets a pane of the same size.
    const size = await page.evaluate(() => {
      const sc = document.querySelector<HTMLElement>('[role="dialog"] [aria-label="Pagina’s"]');
      return { width: sc?.clientWidth ?? 1200, height: sc?.clientHeight ?? 700 };
    });
    return { time, size, trace: await traceOf(page) };
  } finally {
    await page.context().close();
  }
}

/**
 * The first opens, taken in turns (ours with the bridge, ours in the browser, pdf.js's viewer) so
 * that a machine getting busier or quieter during the run weighs on all three alike.
 */
async function firstOpens(
  browser: Browser,
  tls: Tls,
  aanvraagId: number,
): Promise<{ binary: number[]; json: number[]; theirs: number[]; size: Pane; traces: string[] }> {
  const binary: number[] = [];
  const json: number[] = [];
  const theirs: number[] = [];
  const traces: string[] = [];
  let size: Pane | null = null;
  for (let i = 0; i < FIRST_OPENS; i += 1) {
    const ours = await firstOpenOurs(browser, tls, aanvraagId, true);
    binary.push(ours.time);
    size ??= ours.size;
    traces.push(
      Object.entries(ours.trace)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    );
    json.push((await firstOpenOurs(browser, tls, aanvraagId, false)).time);
    theirs.push(await firstOpenTheirs(browser, size));
  }
  return { binary, json, theirs, size: size ?? { width: 1200, height: 700 }, traces };
}

async function viewerOverTls(): Promise<{
  stats: Stat[];
  ratios: Ratio[];
  notes: Record<string, unknown>;
}> {
  const staticDir = rendererDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tla-bench-tls-'));
  const backend = createBackend({
    dbPath: path.join(dir, 'tla.sqlite'),
    documentsDir: path.join(dir, 'documents'),
    documentKey: randomBytes(32),
    logger: { error: () => undefined },
    warmPdfWorkers: true,
  });
  const tls = await serveTls(backend, staticDir);
  let browser: Browser | null = null;
  let harness: http.Server | null = null;
  const stats: Stat[] = [];
  const ratios: Ratio[] = [];
  const notes: Record<string, unknown> = {};
  try {
    await client(backend).call('setup.loadDemo', {});
    await backend.whenIdle();
    const sll = await login(backend, 'sll');
    const work = await sll.call('werk.mijn', {
      role: 'secretaris',
      search: '',
      offset: 0,
      limit: 200,
    });
    const aanvraagId = work.rows.find((r) => r.state === 'ontvangen')?.id;
    if (aanvraagId === undefined) throw new Error('no aanvraag in ontvangen in the demo');
    const pdf = await textPdf(PAGES, 'Verslag');
    const { id: documentId } = await sll.call('aanvraag.addDocument', {
      aanvraagId,
      kind: 'opp',
      fileName: FILE_NAME,
      documentDate: null,
      dataBase64: Buffer.from(pdf).toString('base64'),
    });
    await backend.whenIdle();
    notes.pdfBytes = pdf.length;

    // The transport alone, from Node: the bytes over the binary path against base64 in JSON.
    const { session } = (await callTls(tls, 'auth.login', {
      username: 'sll',
      password: DEMO_PASSWORD,
    })) as { session: string };
    stats.push(
      await measure('T2', `TLS: GET /api/document, the ${PAGES}-page PDF (bytes)`, null, 20, () =>
        documentBytes(tls, documentId, session),
      ),
    );
    stats.push(
      await measure(
        'T2',
        `TLS: document.content, the ${PAGES}-page PDF (base64 in JSON)`,
        null,
        20,
        () => callTls(tls, 'document.content', { documentId }, session),
      ),
    );

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // pdf.js's own viewer on the same bytes, as served by the server's binary path.
    harness = await startHarnessServer(await documentBytes(tls, documentId, session));
    const opens = await firstOpens(browser, tls, aanvraagId);
    const binary = { times: opens.binary };
    const json = { times: opens.json };
    const theirs = opens.theirs;
    notes.tlsPane = opens.size;
    notes.tlsTraces = opens.traces;
    const so = summarize(
      'T2',
      'TLS: ours, first page, first open (bytes over /api/document, bridge)',
      500,
      binary.times,
    );
    const sj = summarize(
      'T2',
      'TLS: ours, first page, first open (base64 JSON, browser)',
      null,
      json.times,
    );
    const st = summarize(
      'T2',
      'TLS: pdf.js PDFViewer, first page, first open (same bytes)',
      null,
      theirs,
    );
    stats.push(so, sj, st);
    ratios.push(
      {
        what: 'TLS: first open, bytes over /api/document',
        ours: so.p50,
        theirs: st.p50,
        ratioP50: so.p50 / st.p50,
        ratioP95: so.p95 / st.p95,
      },
      {
        what: 'TLS: first open, base64 JSON',
        ours: sj.p50,
        theirs: st.p50,
        ratioP50: sj.p50 / st.p50,
        ratioP95: sj.p95 / st.p95,
      },
    );
    notes.tlsLoadAverage = os.loadavg();
  } finally {
    await browser?.close();
    await new Promise((r) => (harness ? harness.close(() => r(null)) : r(null)));
    tls.agent.destroy();
    await tls.server.close();
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { stats, ratios, notes };
}

export async function tlsBench(): Promise<{
  stats: Stat[];
  ratios: Ratio[];
  notes: Record<string, unknown>;
}> {
  const stats = process.env.TLA_BENCH_TLS_BACKEND === '0' ? [] : await backendOverTls();
  const viewer = await viewerOverTls();
  return { stats: [...stats, ...viewer.stats], ratios: viewer.ratios, notes: viewer.notes };
}
