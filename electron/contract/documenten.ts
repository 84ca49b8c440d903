import { z } from 'zod';
import { aanvraagRef, created, fileContent, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Documenten and dossier: the documents of a dossier and their versions, the text index and the
// search over it, the reader's last position, and private notes and bookmarks per page.

const documentRef = z.object({ documentId: s.id }).strict();

export const tekstStatus = z.enum(['wacht', 'geindexeerd', 'geen_tekst', 'mislukt']);

/** A PDF as the secretaris hands it in (registration, an added document). */
export const documentUpload = z
  .object({
    kind: s.documentKind,
    fileName: s.fileName,
    documentDate: s.isoDate.nullable(),
    dataBase64: s.base64Pdf,
  })
  .strict();

/** A document of a dossier as the dossier lists it. */
export const documentRow = z.object({
  id: z.number(),
  kind: s.documentKind,
  fileName: z.string(),
  documentDate: z.string().nullable(),
  pageCount: z.number(),
  size: z.number(),
  tekstStatus,
  createdAt: z.string(),
  /** Versions (issue 4): 1 for an original; an old version has vervangenDoorId set. */
  versie: z.number(),
  vervangtId: z.number().nullable(),
  vervangenDoorId: z.number().nullable(),
  /** Why the secretaris replaced the previous version (on the new version). */
  vervangReden: z.string().nullable(),
  paginasGeindexeerd: z.number(),
  /** Corrections of the kind or date of this version, oldest first (document.corrigeer). */
  correcties: z.array(
    z.object({
      veld: z.enum(['kind', 'documentDate']),
      oud: z.string().nullable(),
      nieuw: z.string().nullable(),
      reden: z.string(),
      actorNaam: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

const page = z
  .number({ error: 'Kies een pagina.' })
  .int({ error: 'Kies een pagina.' })
  .min(1, { error: 'Deze pagina bestaat niet in het document.' })
  .max(100000, { error: 'Deze pagina bestaat niet in het document.' });

export const NOTITIE_SOORTEN = ['notitie', 'bladwijzer'] as const;
export const NOTITIE_MAX = 4000;

const notitieTekst = z
  .string({ error: 'Vul de notitie in.' })
  .trim()
  .max(NOTITIE_MAX, { error: `De notitie is te lang (hoogstens ${NOTITIE_MAX} tekens).` });

/** A bookmark may be empty; a note needs text. */
export const notitieInput = z
  .object({
    id: s.id.optional(),
    documentId: s.id,
    page,
    soort: z.enum(NOTITIE_SOORTEN, { error: 'Kies notitie of bladwijzer.' }),
    tekst: notitieTekst,
  })
  .strict()
  .refine((n) => n.soort === 'bladwijzer' || n.tekst.length > 0, {
    error: 'Vul de notitie in.',
    path: ['tekst'],
  });

const notitie = z.object({
  id: z.number(),
  documentId: z.number(),
  page: z.number(),
  soort: z.enum(NOTITIE_SOORTEN),
  tekst: z.string(),
  bijgewerktOp: z.string(),
});

export const documentenProcedures = {
  'document.content': p(
    'authenticated',
    'De inhoud van een dossierdocument (alleen lezen).',
    documentRef,
    fileContent,
  ),
  'document.replace': p(
    ['secretaris'],
    'Vervangt een document door een nieuwe versie (zelfde soort); de oude versie blijft bewaard.',
    z
      .object({
        documentId: s.id,
        fileName: s.fileName,
        dataBase64: s.base64Pdf,
        documentDate: s.isoDate.nullable(),
        reden: z
          .string({ error: 'Vul de reden van de vervanging in.' })
          .trim()
          .min(3, { error: 'Vul de reden van de vervanging in (minstens 3 tekens).' })
          .max(500, { error: 'De reden is te lang (hoogstens 500 tekens).' }),
      })
      .strict(),
    created,
  ),
  'document.corrigeer': p(
    ['secretaris'],
    'Corrigeert de soort en/of de documentdatum van de actuele versie van een document, met reden, zonder het opnieuw te uploaden; de correctie blijft zichtbaar in het dossier.',
    z
      .object({
        documentId: s.id,
        kind: s.documentKind.optional(),
        /** A new date, or null to remove a wrong one; absent: unchanged. */
        documentDate: s.isoDate.nullable().optional(),
        reden: z
          .string({ error: 'Vul de reden van de correctie in.' })
          .trim()
          .min(3, { error: 'Vul de reden van de correctie in (minstens 3 tekens).' })
          .max(500, { error: 'De reden is te lang (hoogstens 500 tekens).' }),
      })
      .strict(),
    z.object({ gecorrigeerd: z.number() }),
  ),
  'document.indexStatus': p(
    'authenticated',
    'De voortgang van de tekstindex van de (actuele) documenten van een dossier.',
    aanvraagRef,
    z.object({
      documents: z.array(
        z.object({
          documentId: z.number(),
          tekstStatus,
          paginasGeindexeerd: z.number(),
          pageCount: z.number(),
        }),
      ),
    }),
  ),
  'document.open': p(
    'authenticated',
    'Opent een document om te lezen (staat in het auditlog): mijn laatst gelezen pagina, de sha256 van de inhoud en het aantal pagina’s. De viewer haalt de inhoud alleen op als hij die niet al in het geheugen heeft.',
    documentRef,
    z.object({ page: z.number().nullable(), sha256: z.string(), pageCount: z.number() }),
  ),
  'document.positie': p(
    'authenticated',
    'De laatst gelezen pagina van mij in een document.',
    documentRef,
    z.object({ page: z.number().nullable() }),
  ),
  'document.bewaarPositie': p(
    'authenticated',
    'Bewaart mijn laatst gelezen pagina in een document.',
    z.object({ documentId: s.id, page }).strict(),
    ok,
  ),
  'notitie.list': p(
    'authenticated',
    'Mijn eigen notities en bladwijzers bij de documenten van een dossier (niemand anders ziet ze).',
    aanvraagRef,
    z.object({ notities: z.array(notitie) }),
  ),
  'notitie.save': p(
    'authenticated',
    'Bewaart een eigen notitie of bladwijzer bij een pagina (nieuw, of met id een wijziging).',
    notitieInput,
    created,
  ),
  'notitie.delete': p(
    'authenticated',
    'Verwijdert een eigen notitie of bladwijzer.',
    z.object({ id: s.id }).strict(),
    ok,
  ),
  'dossier.zoek': p(
    'authenticated',
    'Zoekt in de tekst van alle documenten van één dossier (alleen voor wie het dossier mag lezen).',
    z.object({ aanvraagId: s.id, query: z.string().trim().max(200) }).strict(),
    z.object({
      hits: z.array(
        z.object({
          documentId: z.number(),
          fileName: z.string(),
          page: z.number(),
          snippet: z.string(),
        }),
      ),
      nogTeIndexeren: z.number(),
    }),
  ),
} as const;
