import { z } from 'zod';
import { BACKUP_REDENEN, MAX_GENERATIES, MIN_GENERATIES } from '../domain/backup';
import { empty, ok } from './common';
import { p } from './procedure';

// Backups and restore (issue 11, item 3): the beheerder's Back-ups screen, the warning on the
// start page, and the recovery mode (herstel.*) the app starts in when its data cannot be opened.

const map = z
  .string({ error: 'Vul een map in.' })
  .trim()
  .min(1, { error: 'Vul een map in.' })
  .max(1000, { error: 'Dit pad is te lang.' });

const herstelsleutel = z.string().max(100, { error: 'Dit is geen herstelsleutel.' });

const generatieId = z.string().regex(/^[0-9A-Za-z_-]{1,80}$/, { error: 'Onbekende back-up.' });

/** One generation as the screens list it. */
export const generatieRij = z.object({
  id: z.string(),
  /** When the copy was made (ISO instant). */
  at: z.string(),
  reden: z.enum(BACKUP_REDENEN),
  /** Bytes: the database copy and the documents it needs. */
  grootte: z.number(),
  goed: z.boolean(),
  /** Dutch: why the verification failed, or null. */
  melding: z.string().nullable(),
  documentenGecontroleerd: z.number(),
  /** What it holds: rows of the main tables. */
  aanvragen: z.number(),
  documenten: z.number(),
  brieven: z.number(),
  gebruikers: z.number(),
});

const generaties = z.object({
  map: z.string(),
  /** This machine's master key opens these backups; else the herstelsleutel is needed. */
  opentZonderHerstelsleutel: z.boolean(),
  generaties: z.array(generatieRij),
});

const terugzetten = z
  .object({
    generatie: generatieId,
    herstelsleutel: herstelsleutel.optional(),
    /** The user confirmed that today's data is replaced (and kept aside as a copy). */
    bevestigd: z.literal(true, { error: 'Bevestig dat de huidige gegevens worden vervangen.' }),
  })
  .strict();

export const backupProcedures = {
  'backup.status': p(
    ['beheerder'],
    'De back-ups: de map, het aantal generaties, de herstelsleutel, de generaties met hun controle, de laatste geslaagde en de laatste pogingen.',
    empty,
    z.object({
      map: z.string().nullable(),
      bewaren: z.number(),
      herstelsleutelSinds: z.string().nullable(),
      ingesteld: z.boolean(),
      waarschuwing: z.string().nullable(),
      laatsteGoed: z.object({ at: z.string(), generatie: z.string() }).nullable(),
      generaties: z.array(generatieRij),
      /** Dutch: why the folder could not be read, or null. */
      mapFout: z.string().nullable(),
      opentZonderHerstelsleutel: z.boolean(),
      /** The backup that runs now (in the background), or null. */
      bezig: z
        .object({
          sinds: z.string(),
          reden: z.enum(BACKUP_REDENEN),
          /** database: the copy; documenten: re-encrypting them; controle: the verification. */
          fase: z.enum(['database', 'documenten', 'controle']),
          gedaan: z.number(),
          totaal: z.number(),
        })
        .nullable(),
      pogingen: z.array(
        z.object({
          at: z.string(),
          reden: z.enum(BACKUP_REDENEN),
          ok: z.boolean(),
          melding: z.string().nullable(),
        }),
      ),
    }),
  ),
  'backup.mapZetten': p(
    ['beheerder'],
    'Stelt de map in waarin de back-ups komen (bijvoorbeeld een netwerkschijf); de map moet bestaan en beschrijfbaar zijn.',
    z.object({ map }).strict(),
    ok,
  ),
  'backup.generatiesZetten': p(
    ['beheerder'],
    `Stelt in hoeveel generaties bewaard blijven (minstens ${MIN_GENERATIES}).`,
    z
      .object({
        aantal: z
          .number({ error: 'Vul een getal in.' })
          .int({ error: 'Vul een heel getal in.' })
          .min(MIN_GENERATIES, { error: `Minstens ${MIN_GENERATIES} generaties.` })
          .max(MAX_GENERATIES, { error: `Hoogstens ${MAX_GENERATIES} generaties.` }),
      })
      .strict(),
    ok,
  ),
  'backup.herstelsleutelMaken': p(
    ['beheerder'],
    'Maakt de herstelsleutel (of een nieuwe, die de vorige vervangt) en geeft hem eenmalig terug om af te drukken; TLA bewaart hem niet.',
    empty,
    z.object({ herstelsleutel: z.string() }),
  ),
  'backup.maken': p(
    ['beheerder'],
    'Maakt nu een back-up en controleert hem (op de achtergrond: TLA blijft intussen werken); geweigerd zolang er al een back-up loopt.',
    empty,
    z.object({
      generatie: z.string().nullable(),
      goed: z.boolean(),
      melding: z.string().nullable(),
    }),
  ),
  'backup.terugzetten': p(
    ['beheerder'],
    'Zet een back-up terug: de huidige gegevens worden apart gezet (bewaard) en vervangen; daarna logt iedereen opnieuw in. Vastgelegd in het auditlog.',
    terugzetten,
    ok,
  ),
  'backup.waarschuwing': p(
    ['beheerder', 'secretaris'],
    'De waarschuwing op de startpagina als de laatste geslaagde back-up ouder is dan 2 dagen of er geen back-ups worden gemaakt.',
    empty,
    z.object({ waarschuwing: z.string().nullable() }),
  ),
  'herstel.status': p(
    'public',
    'Of TLA in de herstelmodus staat (de gegevens openen niet) en wat er mis is.',
    empty,
    z.object({
      herstelModus: z.boolean(),
      /** Dutch: what is wrong, one sentence each. */
      problemen: z.array(z.string()),
      /** The configured backup folder, in the recovery mode only. */
      map: z.string().nullable(),
      /** Only documents are missing or damaged: `herstel.documentenTerugzetten` can mend them. */
      documentenTerugzetten: z.boolean(),
    }),
  ),
  'herstel.generaties': p(
    'public',
    'In de herstelmodus: de back-ups in de ingestelde of opgegeven map.',
    z.object({ map: map.optional() }).strict(),
    generaties,
  ),
  'herstel.terugzetten': p(
    'public',
    'In de herstelmodus: zet een back-up terug (met de herstelsleutel als deze computer de back-ups niet kan openen); daarna start TLA gewoon.',
    terugzetten.extend({ map: map.optional() }).strict(),
    ok,
  ),
  // Issue 11 · corruption is never silent: only documents wrong at start
  'herstel.documentenTerugzetten': p(
    'public',
    'In de herstelmodus, als alleen documenten ontbreken of beschadigd zijn (de database is in orde): haalt precies die documenten uit de back-up, gecontroleerd op hun hash, en start TLA daarna gewoon; verder verandert er niets. Vastgelegd in het auditlog.',
    z.object({ map: map.optional(), herstelsleutel: herstelsleutel.optional() }).strict(),
    z.object({ hersteld: z.number() }),
  ),
};
