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
