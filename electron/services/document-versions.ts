// Versions of a document (issue 4): a replacement is a new row that names the one it replaces.

/**
 * SQL condition: the document aliased `d` is the current version (no row replaces it). Every count
 * of a dossier's documents (checklist, search, progress) uses only current versions.
 */
export const CURRENT_VERSION =
  'NOT EXISTS (SELECT 1 FROM documenten nv WHERE nv.vervangt_id = d.id)';
