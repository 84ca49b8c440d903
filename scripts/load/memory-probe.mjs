// Loaded into the TLA server's process by the load test only (`node --import tsx --import
// ./scripts/load/memory-probe.mjs electron/server/main.ts`, with an IPC channel): answers the
// message 'geheugen' with process.memoryUsage(). Nothing of the server is changed; without the IPC
// channel (every normal start) this does nothing. Plain JavaScript: worker threads inherit the
// --import, and a .ts file there would be loaded before tsx is ready (the PDF checker then fails).
import { isMainThread } from 'node:worker_threads';

if (isMainThread && typeof process.send === 'function') {
  process.on('message', (message) => {
    if (message === 'geheugen') process.send?.({ geheugen: process.memoryUsage() });
  });
}
