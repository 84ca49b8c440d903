import { z } from 'zod';
import { BETROKKENHEID_ROLLEN } from '../domain/betrokkenheid';
import { OFFICE_ROLES } from '../domain/types';
import { aanvraagRef } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Betrokkenen (tlv-procedure.md §4 and §6): who is involved in an aanvraag on the school's side
// (the SC, the school board's staff, the author of a report). They may not be assigned as
// deskundige and do not take part in the TLA-vergadering's item on the aanvraag.

const persoon = z.object({ userId: z.number(), naam: z.string(), rol: z.string() });

const betrokkenenView = z.object({
  betrokkenen: z.array(
    z.object({
      userId: z.number(),
      naam: z.string(),
      rol: z.string(),
      rolLabel: z.string(),
      /** Set when the betrokkene is assigned as deskundige on the aanvraag (to be changed). */
      waarschuwing: z.string().nullable(),
    }),
  ),
  /** Users who may be recorded (with their roles as labels), the recorded ones left out. */
  kandidaten: z.array(persoon),
  /** Whether they can still be changed (not once the aanvraag is closed). */
  wijzigbaar: z.boolean(),
});

const SECRETARIS_VOORZITTER = ['secretaris', 'voorzitter'] as const;

export const betrokkenenProcedures = {
  'betrokkenen.list': p(
    OFFICE_ROLES,
    'Wie aan de kant van de school bij de aanvraag betrokken is (SC, medewerker schoolbestuur, auteur van een verslag), met de medewerkers die kunnen worden toegevoegd.',
    aanvraagRef,
    betrokkenenView,
  ),
  'betrokkenen.add': p(
    SECRETARIS_VOORZITTER,
    'Legt vast dat een medewerker bij de aanvraag betrokken is: die kan geen deskundige worden en neemt in de TLA-vergadering niet deel aan dit punt.',
    z
      .object({
        aanvraagId: s.id,
        userId: z.number({ error: 'Kies een medewerker.' }).int().positive({
          error: 'Kies een medewerker.',
        }),
        rol: z.enum(BETROKKENHEID_ROLLEN, { error: 'Kies hoe deze medewerker betrokken is.' }),
      })
      .strict(),
    betrokkenenView,
  ),
  'betrokkenen.remove': p(
    SECRETARIS_VOORZITTER,
    'Haalt een betrokkene bij de aanvraag weg (bijvoorbeeld een vergissing).',
    z.object({ aanvraagId: s.id, userId: s.id }).strict(),
    betrokkenenView,
  ),
} as const;
