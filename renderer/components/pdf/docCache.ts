import type { OpenedPdf, PDFDocumentProxy } from './pdfjs';

// The last few documents opened, kept open in renderer memory only (the parsed pdf.js document; never
// on disk, never in localStorage, IndexedDB or the Cache API), so opening one again neither fetches
// nor parses it. The cache only saves work, it decides nothing: every open still asks the backend
// (`document.open`, audited, with the access check) and uses a kept document only when the sha256
// the backend names is the sha256 of the bytes kept. Documents are immutable, so that is the check
// that the copy is current. Kept per user: another user's open empties it.

/** How many documents stay open when no viewer shows them (memory: pages, fonts, images). */
const KEEP = 3;

interface Entry {
  owner: number;
  sha256: string;
  doc: PDFDocumentProxy;
  destroy: () => void;
  /** Viewers showing it now; only an unused entry is closed. */
  users: number;
  lastUsed: number;
}

const entries = new Map<string, Entry>();
let clock = 0;

function sameOwner(owner: number): void {
  for (const [key, e] of entries) {
    if (e.owner !== owner && e.users === 0) {
      entries.delete(key);
      e.destroy();
    }
  }
}

function trim(): void {
  const idle = [...entries].filter(([, e]) => e.users === 0);
  idle.sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
  let excess = entries.size - KEEP;
  for (const [key, e] of idle) {
    if (excess <= 0) break;
    entries.delete(key);
    e.destroy();
    excess -= 1;
  }
}

function lease(key: string, e: Entry): OpenedPdf {
  e.users += 1;
  e.lastUsed = ++clock;
  let released = false;
  return {
    doc: e.doc,
    close: () => {
      if (released) return;
      released = true;
      e.users -= 1;
      e.lastUsed = ++clock;
      // Dropped meanwhile (another user, or replaced): close it once nobody shows it.
      if (entries.get(key) !== e) {
        if (e.users === 0) e.destroy();
        return;
      }
      trim();
    },
  };
}

/** The sha256 of the kept copy of `key` for this user, or null: then there is nothing to reuse. */
export function keptSha256(owner: number, key: string): string | null {
  const e = entries.get(key);
  return e !== undefined && e.owner === owner ? e.sha256 : null;
}

/** The kept document when its sha256 is the one the backend just named; `close` releases it. */
export function reuse(owner: number, key: string, sha256: string): OpenedPdf | null {
  sameOwner(owner);
  const e = entries.get(key);
  if (e === undefined || e.owner !== owner || e.sha256 !== sha256) return null;
  return lease(key, e);
}

/** Keeps a freshly opened document; the returned `close` releases it (it stays open, kept). */
export function keep(owner: number, key: string, sha256: string, opened: OpenedPdf): OpenedPdf {
  sameOwner(owner);
  const old = entries.get(key);
  if (old !== undefined) {
    entries.delete(key);
    if (old.users === 0) old.destroy();
  }
  const e: Entry = {
    owner,
    sha256,
    doc: opened.doc,
    destroy: opened.close,
    users: 0,
    lastUsed: 0,
  };
  entries.set(key, e);
  const leased = lease(key, e);
  trim();
  return leased;
}

/** Closes every kept document nobody shows (e.g. at logout). */
export function forgetKeptDocuments(): void {
  for (const [key, e] of entries) {
    entries.delete(key);
    if (e.users === 0) e.destroy();
  }
}

/** SHA-256 of the bytes as hex, or null where Web Crypto is missing (then nothing is kept). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  if (globalThis.crypto?.subtle === undefined) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
