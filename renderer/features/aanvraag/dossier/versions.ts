import type { Aanvraag } from '../types';

export type Doc = Aanvraag['documents'][number];

/** A current document with its older versions, newest first. */
export interface VersionedDoc {
  current: Doc;
  older: Doc[];
}

/**
 * Groups the dossier's documents by version chain: the current versions (not replaced) in the
 * backend's order, each with the versions it replaced.
 */
export function groupVersions(documents: readonly Doc[]): VersionedDoc[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return documents
    .filter((d) => d.vervangenDoorId === null)
    .map((current) => {
      const older: Doc[] = [];
      let prev = current.vervangtId === null ? undefined : byId.get(current.vervangtId);
      while (prev !== undefined && !older.includes(prev)) {
        older.push(prev);
        prev = prev.vervangtId === null ? undefined : byId.get(prev.vervangtId);
      }
      return { current, older };
    });
}

/** Only the current versions (what the checklist, search and the reader work with). */
export function currentDocuments(documents: readonly Doc[]): Doc[] {
  return documents.filter((d) => d.vervangenDoorId === null);
}
