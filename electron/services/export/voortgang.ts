// Issue 12 · how far an export is (the XLSX of 50,000 rows takes a few seconds): per session the
// export it is making, in memory only. The writer yields every few thousand rows
// (./xlsx.ts), so a question about progress, and any other user's request, is answered meanwhile.
// Holds counts, never content.

export interface ExportVoortgang {
  /** 'lezen': the list is being read; 'schrijven': rows are being written to the file. */
  readonly fase: 'lezen' | 'schrijven';
  readonly gedaan: number;
  readonly totaal: number;
}

const lopend = new Map<string, ExportVoortgang>();

export function zetVoortgang(sessie: string, v: ExportVoortgang): void {
  lopend.set(sessie, v);
}

export function klaarMetExport(sessie: string): void {
  lopend.delete(sessie);
}

/** The export this session is making now, or null. */
export function voortgangVan(sessie: string): ExportVoortgang | null {
  return lopend.get(sessie) ?? null;
}
