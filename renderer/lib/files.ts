import { hasPdfHeader, PDF_HEADER_WINDOW } from '../../electron/domain/documenten';
import type { DocumentKind } from '../../electron/domain/types';

/** The bytes of a chosen file as base64 (without the data: prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** base64 → bytes, for pdf.js and for downloads. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  // Native where the engine has it (Chromium 140+, so Electron and the e2e browser): several times
  // faster than atob and a loop, and no 1-byte-per-char string in between.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> })
    .fromBase64;
  if (typeof native === 'function') return native.call(Uint8Array, base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers bytes as a file download (the user chooses where it goes). */
export function downloadBytes(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  type = 'application/pdf',
): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A first guess of the kind from the file name; the secretary checks and corrects it. */
export function guessKind(fileName: string): DocumentKind {
  const n = fileName.toLowerCase();
  if (n.includes('aanvraag')) return 'aanvraagformulier';
  if (n.includes('opp') || n.includes('ontwikkelingsperspectief')) return 'opp';
  if (n.includes('ot') && n.includes('verslag')) return 'ot_verslag';
  if (n.includes('lvs') || n.includes('leerlingvolg')) return 'lvs';
  if (n.includes('overdracht')) return 'overdracht';
  if (n.includes('zienswijze')) return 'zienswijze_ouders';
  if (n.includes('onderzoek') || n.includes('behandel')) return 'onderzoeksverslag';
  return 'overig';
}

/** A PDF by its type or, when the system gives no type, by its extension. */
export function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
}

/** Whether the file's first bytes are those of a PDF (its name and type may say otherwise). */
export async function looksLikePdf(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, PDF_HEADER_WINDOW).arrayBuffer());
  return hasPdfHeader(head);
}

/** The Dutch refusal of files that are called PDF but are not, naming each. */
export function notPdfMessage(files: readonly File[]): string | null {
  if (files.length === 0) return null;
  const names = files.map((f) => `‘${displayPath(f)}’`).join(', ');
  return files.length === 1
    ? `${names} is geen PDF: de inhoud is van een ander soort bestand. Het is niet toegevoegd; kies de PDF zelf.`
    : `${names} zijn geen PDF: de inhoud is van een ander soort bestand. Ze zijn niet toegevoegd; kies de PDF’s zelf.`;
}

/** The path shown to the user: inside a chosen or dropped folder, relative to it. */
export function displayPath(file: File): string {
  return file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name;
}

/** Chosen or dropped files split into PDFs (sorted by path, so a folder keeps its order) and the rest. */
export function splitPdfs(files: readonly File[]): { pdfs: File[]; skipped: File[] } {
  const sorted = [...files].sort((a, b) => displayPath(a).localeCompare(displayPath(b), 'nl'));
  return { pdfs: sorted.filter(isPdf), skipped: sorted.filter((f) => !isPdf(f)) };
}

/** Every entry of a dropped folder: readEntries answers in batches until it answers empty. */
async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function filesOf(entry: FileSystemEntry, prefix: string): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    // Keep the folder path for the user's overview (webkitRelativePath is only set by the picker).
    if (prefix !== '')
      Object.defineProperty(file, 'webkitRelativePath', { value: `${prefix}${file.name}` });
    return [file];
  }
  if (!entry.isDirectory) return [];
  const children = await readAll(entry as FileSystemDirectoryEntry);
  const nested = await Promise.all(children.map((c) => filesOf(c, `${prefix}${entry.name}/`)));
  return nested.flat();
}

/**
 * The files of a drop, with dropped folders read recursively. The entries are taken synchronously
 * (the browser empties the DataTransfer once the drop handler returns), then read.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry !== null) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file !== null) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(data.files));
  const read = await Promise.all(entries.map((e) => filesOf(e, '')));
  return [...loose, ...read.flat()];
}

/**
 * The guess for a chosen or dropped file: from its name, else from the sub-folders it sits in
 * (e.g. 'Dossier Sem/OT-verslagen/scan 1.pdf'). Not from the chosen folder itself: that is
 * usually named after the whole aanvraag.
 */
export function guessKindOf(file: File): DocumentKind {
  const byName = guessKind(file.name);
  const folders = displayPath(file).split('/').slice(1, -1).join('/');
  return byName !== 'overig' || folders === '' ? byName : guessKind(folders);
}
