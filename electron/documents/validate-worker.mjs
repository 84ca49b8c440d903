// Worker thread that checks an uploaded PDF (pdf-validate.ts). pdf.js never runs on the main
// thread: parsing a large file would block it, and pdf.js's legacy build installs core-js polyfills
// into the realm it runs in (among them a JavaScript JSON.stringify, ~70× slower than V8's on a
// document's base64), which must not happen to the backend's own realm.
//   in:  { id, bytes: Uint8Array }   (the bytes are transferred, never written to disk)
//   out: { id, ok: true, pageCount } or { id, ok: false, error } (the error's class name only)
import { parentPort } from 'node:worker_threads';
import { inspectPdf, warmUp } from './pdf-core.mjs';

if (!parentPort) throw new Error('validate-worker runs only as a worker thread');
const port = parentPort;
/** pdf.js loaded and run once before the first upload arrives. */
const ready = warmUp();

port.on('message', (/** @type {{ id: number, bytes: Uint8Array }} */ msg) => {
  void (async () => {
    try {
      await ready;
      const pageCount = await inspectPdf(msg.bytes);
      port.postMessage({ id: msg.id, ok: true, pageCount });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      port.postMessage({ id: msg.id, ok: false, error: name });
    } finally {
      msg.bytes.fill(0);
    }
  })();
});
