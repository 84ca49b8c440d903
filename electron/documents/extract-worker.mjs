// Worker thread of the text index (issue 4): extracts a PDF's text page by page off the main thread.
// The main thread transfers the decrypted bytes in memory (never via a file) and receives one
// message per page, so it can commit pages as they come and show progress.
//   in:  { jobId, bytes: Uint8Array }
//   out: { jobId, type: 'page', page, text, threadId } … then { jobId, type: 'done', pageCount }
//        or { jobId, type: 'failed', error } (the error's class name only: no content, no path)
import { parentPort, threadId } from 'node:worker_threads';
import { extractPages, warmUp } from './pdf-core.mjs';

if (!parentPort) throw new Error('extract-worker runs only as a worker thread');
const port = parentPort;

/** One job at a time, in the order they arrive; the first after pdf.js has warmed up. */
let tail = warmUp();

port.on('message', (/** @type {{ jobId: number, bytes: Uint8Array }} */ msg) => {
  tail = tail.then(async () => {
    try {
      const pageCount = await extractPages(msg.bytes, (page, text) =>
        port.postMessage({ jobId: msg.jobId, type: 'page', page, text, threadId }),
      );
      port.postMessage({ jobId: msg.jobId, type: 'done', pageCount });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      port.postMessage({ jobId: msg.jobId, type: 'failed', error: name });
    } finally {
      msg.bytes.fill(0);
    }
  });
});
