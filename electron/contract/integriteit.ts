import { z } from 'zod';
import { empty } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Issue 11 · corruption is never silent: what the checks at start and the full check after it found.

const rows = z.object({
  documentIds: z.array(z.number()),
  briefIds: z.array(z.number()),
  vergaderingIds: z.array(z.number()),
});

export const integriteitProcedures = {
  'beheer.integriteit': p(
    ['beheerder'],
    'De controle van de gegevens: wat de controle bij het starten vond (en hoe lang die duurde), hoe ver de volledige controle daarna is (de hele hash-keten van de auditlog, elk bestand in de documentopslag ontsleuteld en gehasht) en welke documenten, brieven of verslagen beschadigd zijn of ontbreken (alleen nummers), met een Nederlandse melding.',
    empty,
    z.object({
      start: z.object({
        op: z.string(),
        duurMs: z.number(),
        bestanden: z.number(),
        auditRegels: z.number(),
        waarschuwingen: z.array(z.string()),
      }),
      achtergrond: z.object({
        status: z.enum(['wacht', 'bezig', 'klaar', 'gestopt']),
        begonnenOp: z.string().nullable(),
        klaarOp: z.string().nullable(),
        bestandenGecontroleerd: z.number(),
        bestandenTotaal: z.number(),
        auditRegels: z.number(),
        auditKeten: z.enum(['ok', 'verbroken']).nullable(),
      }),
      beschadigd: rows,
      ontbrekend: rows,
      melding: z.string().nullable(),
      /** The damaged or missing documents: which aanvraag (reference) and which document. */
      documenten: z.array(
        z.object({
          documentId: z.number(),
          aanvraagId: z.number(),
          referentie: z.string(),
          soort: s.documentKind,
          versie: z.number(),
          documentDatum: z.string().nullable(),
          toestand: z.enum(['beschadigd', 'ontbrekend']),
          backup: z.object({ generatie: z.string(), at: z.string() }).nullable(),
        }),
      ),
    }),
  ),
  'beheer.documentHerstellen': p(
    ['beheerder'],
    'Zet de inhoud van één beschadigd of ontbrekend document terug uit de back-upmap (de nieuwste back-up die het document bevat), gecontroleerd op zijn hash; verder verandert er niets. Staat in het auditlog. Geweigerd als het document in orde is of geen back-up het onbeschadigd bevat.',
    z.object({ documentId: s.id }).strict(),
    z.object({ generatie: z.string(), at: z.string() }),
  ),
};
