import { z } from 'zod';
import { BEWAARTERMIJN_MAX_JAREN, BEWAARTERMIJN_MIN_JAREN } from '../domain/retention';
import { empty, fileContent, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Issue 11 · retention and deletion (§12, S7) and the Logboek (S6). The beheerder sees dossiers by
// kenmerk and TLV volgnummer only, never their content; the directeur approves a destruction.

/** The retention setting; the service parses the stored value with it too. */
export const bewaarInstellingen = z.object({
  jaren: z
    .number({ error: 'Vul een aantal jaren in.' })
    .int({ error: 'Vul een heel aantal jaren in.' })
    .min(BEWAARTERMIJN_MIN_JAREN, { error: `Minstens ${BEWAARTERMIJN_MIN_JAREN} jaar.` })
    .max(BEWAARTERMIJN_MAX_JAREN, {
      error: `Hoogstens ${BEWAARTERMIJN_MAX_JAREN} jaar (WPO art. 18a lid 13).`,
    }),
  registerBewaren: z.boolean(),
});

const voorstelRef = z.object({ voorstelId: s.id }).strict();
const aanvraagRef = z.object({ aanvraagId: s.id }).strict();

const logboekFilter = z
  .object({
    van: s.isoDate.nullable(),
    tot: s.isoDate.nullable(),
    userId: s.id.nullable(),
    actie: z.string().max(80).nullable(),
    kenmerk: z.string().trim().max(40).nullable(),
  })
  .strict();

const logboekRij = z.object({
  id: z.number(),
  at: z.string(),
  gebruiker: z.string(),
  actie: z.string(),
  actieLabel: z.string(),
  object: z.string(),
  kenmerk: z.string().nullable(),
  details: z.string().nullable(),
  bron: z.string(),
});

export const bewarenProcedures = {
  'bewaren.lijst': p(
    ['beheerder'],
    'De vernietigingslijst (§12): de dossiers waarvan de bewaartermijn is verstreken, te vernietigen of vastgehouden (met waarom), op kenmerk en volgnummer; met de instelling en hoeveel dossiers nog worden bewaard.',
    empty,
    z.object({
      instellingen: bewaarInstellingen,
      rows: z.array(
        z.object({
          aanvraagId: z.number(),
          referentie: z.string(),
          volgnummer: z.string().nullable(),
          uitkomst: z.string().nullable(),
          termijnStart: z.string(),
          vernietigbaarVanaf: z.string(),
          status: z.enum(['te_vernietigen', 'vastgehouden']),
          redenen: z.array(z.string()),
          beroep: z.boolean(),
          voorstelId: z.number().nullable(),
        }),
      ),
      bewaard: z.number(),
      lopend: z.number(),
      /** Answered requests of the AVG register whose term passed (domain/avg-verzoeken.ts). */
      avgVerzoeken: z.array(
        z.object({
          verzoekId: z.number(),
          kenmerk: z.string(),
          soort: z.string(),
          afgehandeldOp: z.string(),
          vernietigbaarVanaf: z.string(),
          voorstelId: z.number().nullable(),
        }),
      ),
      /** Answered requests still kept (with their dossier, or within their term). */
      avgBewaard: z.number(),
    }),
  ),
  'bewaren.instellingen': p(
    ['beheerder'],
    'Slaat de bewaartermijn (1 tot 3 jaar na het laatste besluit) op en of de regel in het TLV-register na vernietiging blijft.',
    bewaarInstellingen.strict(),
    bewaarInstellingen,
  ),
  'bewaren.beroep': p(
    ['beheerder'],
    'Legt vast dat tegen het besluit een beroep bij de rechter loopt: het dossier wordt niet vernietigd tot dat is opgeheven.',
    aanvraagRef,
    ok,
  ),
  'bewaren.beroepOpheffen': p(
    ['beheerder'],
    'Heft het vasthouden wegens beroep op.',
    aanvraagRef,
    ok,
  ),
  'vernietiging.stelVoor': p(
    ['beheerder'],
    'Stelt de gekozen dossiers en afgehandelde AVG-verzoeken voor ter vernietiging; de directeur-bestuurder keurt het voorstel goed of wijst het af.',
    z
      .object({
        aanvraagIds: z.array(s.id).max(500, { error: 'Hoogstens 500 dossiers in één voorstel.' }),
        verzoekIds: z
          .array(s.id)
          .max(500, { error: 'Hoogstens 500 AVG-verzoeken in één voorstel.' })
          .default([]),
      })
      .strict()
      .refine((v) => v.aanvraagIds.length + v.verzoekIds.length > 0, {
        error: 'Kies minstens één dossier of AVG-verzoek.',
        path: ['aanvraagIds'],
      }),
    z.object({ id: z.number() }),
  ),
  'vernietiging.voorstellen': p(
    ['beheerder', 'directeur'],
    'De voorstellen tot vernietiging, nieuwste eerst: open, uitgevoerd (met verklaring) of afgewezen.',
    empty,
    z.array(
      z.object({
        id: z.number(),
        status: z.enum(['voorgesteld', 'uitgevoerd', 'afgewezen']),
        voorgesteldDoorNaam: z.string(),
        voorgesteldOp: z.string(),
        beoordeeldDoorNaam: z.string().nullable(),
        beoordeeldOp: z.string().nullable(),
        verklaringNummer: z.string().nullable(),
        magGoedkeuren: z.boolean(),
        dossiers: z.array(
          z.object({
            aanvraagId: z.number(),
            referentie: z.string(),
            volgnummer: z.string().nullable(),
            termijnStart: z.string(),
            vernietigbaarVanaf: z.string(),
            documenten: z.number().nullable(),
          }),
        ),
        avgVerzoeken: z.array(
          z.object({
            verzoekId: z.number(),
            kenmerk: z.string(),
            afgehandeldOp: z.string(),
            vernietigbaarVanaf: z.string(),
          }),
        ),
      }),
    ),
  ),
  'vernietiging.keurGoed': p(
    ['directeur'],
    'Keurt een voorstel tot vernietiging goed (nooit het eigen voorstel): de dossiers worden vernietigd en de verklaring van vernietiging gemaakt.',
    voorstelRef,
    z.object({ ok: z.literal(true), verklaringNummer: z.string() }),
  ),
  'vernietiging.wijsAf': p(
    ['directeur'],
    'Wijst een voorstel tot vernietiging af; er wordt niets vernietigd.',
    voorstelRef,
    ok,
  ),
  'vernietiging.verklaring': p(
    ['beheerder', 'directeur'],
    'De verklaring van vernietiging van een uitgevoerd voorstel als PDF.',
    voorstelRef,
    fileContent,
  ),
  'logboek.lijst': p(
    ['beheerder'],
    'Het logboek (S6), nieuwste eerst, per pagina: wie wat deed, wanneer en vanaf waar; een dossier alleen op kenmerk.',
    logboekFilter.extend({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    z.object({ total: z.number(), rows: z.array(logboekRij) }),
  ),
  'logboek.filters': p(
    ['beheerder'],
    'Wat de filters van het logboek aanbieden: de gebruikers en de acties die erin voorkomen.',
    empty,
    z.object({
      gebruikers: z.array(z.object({ id: z.number(), naam: z.string() })),
      acties: z.array(z.object({ value: z.string(), label: z.string() })),
    }),
  ),
  'logboek.export': p(
    ['beheerder'],
    'Het gefilterde logboek als CSV (UTF-8, puntkomma); de export komt zelf in het logboek.',
    logboekFilter,
    fileContent.extend({ rijen: z.number() }),
  ),
  'logboek.controleer': p(
    ['beheerder'],
    'Controleert de hashketen van het logboek en zegt in gewone taal of zij heel is.',
    empty,
    z.object({
      intact: z.boolean(),
      rijen: z.number(),
      eersteAfwijking: z.object({ id: z.number(), at: z.string() }).nullable(),
      melding: z.string(),
    }),
  ),
};
