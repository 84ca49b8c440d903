import { describe, expect, it } from 'vitest';
import { groupVersions, type Doc } from '../../../renderer/features/aanvraag/dossier/versions';
import { guessKindOf, splitPdfs } from '../../../renderer/lib/files';

/** A file as the folder picker gives it: with the path below the chosen folder. */
function picked(path: string, type = ''): File {
  const file = new File(['x'], path.split('/').at(-1) as string, { type });
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('folder import', () => {
  it('keeps the PDFs (by type or extension), skips the rest, in path order', () => {
    const { pdfs, skipped } = splitPdfs([
      picked('dossier/b/OT-verslag.PDF'),
      picked('dossier/notities.txt', 'text/plain'),
      picked('dossier/a/scan', 'application/pdf'),
      picked('dossier/foto.jpg', 'image/jpeg'),
    ]);
    expect(pdfs.map((f) => f.webkitRelativePath)).toEqual([
      'dossier/a/scan',
      'dossier/b/OT-verslag.PDF',
    ]);
    expect(skipped.map((f) => f.name)).toEqual(['foto.jpg', 'notities.txt']);
  });

  it('guesses the kind from the name, else from a sub-folder, never from the chosen folder', () => {
    expect(guessKindOf(picked('aanvraag-opp/ontwikkelingsperspectief.pdf'))).toBe('opp');
    expect(guessKindOf(picked('sem/LVS/groep5.pdf'))).toBe('lvs');
    // The chosen folder is named after the aanvraag: it says nothing about each file in it.
    expect(guessKindOf(picked('aanvraag-sem/brief.pdf'))).toBe('overig');
  });
});

function doc(id: number, vervangtId: number | null, vervangenDoorId: number | null): Doc {
  return {
    id,
    kind: 'opp',
    fileName: `opp-v${id}.pdf`,
    documentDate: null,
    pageCount: 1,
    size: 10,
    tekstStatus: 'geindexeerd',
    createdAt: '2026-11-01T10:00:00Z',
    versie: 1,
    vervangtId,
    vervangenDoorId,
    vervangReden: vervangtId === null ? null : 'Ondertekende versie',
    paginasGeindexeerd: 1,
    correcties: [],
  };
}

describe('document versions', () => {
  it('shows each current version once with its older versions, newest first', () => {
    const groups = groupVersions([
      doc(1, null, 2),
      doc(2, 1, 3),
      doc(3, 2, null),
      doc(4, null, null),
    ]);
    expect(groups.map((g) => [g.current.id, g.older.map((d) => d.id)])).toEqual([
      [3, [2, 1]],
      [4, []],
    ]);
  });
});
