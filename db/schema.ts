import { sql } from 'drizzle-orm';
import {
  sqliteTable,
  sqliteView,
  integer,
  text,
  primaryKey,
  uniqueIndex,
  index,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { OPSCHORTING_GRONDEN, OPSCHORTING_SOORTEN } from '../electron/domain/opschorting';
import {
  AANVRAAG_SOORTEN,
  AANVRAAG_STATES,
  ADVIES_STATUSSEN,
  BESLUIT_UITKOMSTEN,
  CATEGORIEEN,
  CONCLUSIES,
  DISCIPLINES,
  DOCUMENT_KINDS,
  ROLES,
  SCHOOLSOORTEN,
} from '../electron/domain/types';
import { TIMELINE_EVENTS } from '../electron/domain/workflow-types';
import {
  AVG_STATUSSEN,
  AVG_UITKOMSTEN,
  AVG_VERZOEK_SOORTEN,
  AVG_VERZOEKERS,
} from '../electron/domain/avg-verzoeken';

// One table per concept of the glossary. Calendar dates are ISO 'YYYY-MM-DD' text; instants are
// ISO UTC text. No BSN is stored (AVG data minimisation, tlv-procedure.md §3.1). A column that holds
// one of the domain's closed lists names that list (`{ enum }`): it types the rows services read
// (SQLite stores plain text; the contract and the domain refuse anything else on the way in).

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  naam: text('naam').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** A first password, or one reset by the beheerder, must be changed at the next login (S3). */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
  /** Issue 13: the TOTP secret (base32) once the user enrolled a second factor; null: none. */
  totpSecret: text('totp_secret'),
  /** Issue 13: when the second factor was enrolled (ISO UTC). */
  totpSinds: text('totp_sinds'),
  /** Issue 13: the time step of the last TOTP code accepted: a code is never accepted twice. */
  totpLaatsteStap: integer('totp_laatste_stap'),
});

export const userRoles = sqliteTable(
  'user_roles',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const schoolbesturen = sqliteTable('schoolbesturen', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  naam: text('naam').notNull(),
  bestuursnummer: text('bestuursnummer').notNull().unique(),
  adres: text('adres'),
  postcode: text('postcode'),
  plaats: text('plaats'),
  /** The day the board ended (merged, dissolved); it stays for the aanvragen that name it. */
  eindDatum: text('eind_datum'),
});

export const scholen = sqliteTable(
  'scholen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bestuurId: integer('bestuur_id')
      .notNull()
      .references(() => schoolbesturen.id),
    naam: text('naam').notNull(),
    /** DUO's BRIN number (4 characters) and vestigingsnummer (2 digits) together name a school. */
    brin: text('brin').notNull(),
    vestiging: text('vestiging').notNull().default('00'),
    adres: text('adres'),
    postcode: text('postcode'),
    plaats: text('plaats').notNull(),
    gemeente: text('gemeente'),
    /** The day the school closed or left the SWV; it stays for the aanvragen that name it. */
    eindDatum: text('eind_datum'),
  },
  (t) => [
    index('scholen_bestuur').on(t.bestuurId),
    uniqueIndex('scholen_brin_vestiging').on(t.brin, t.vestiging),
  ],
);

export const deskundigen = sqliteTable('deskundigen', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id')
    .notNull()
    .unique()
    .references(() => users.id),
  registratie: text('registratie').notNull(),
  maxOpen: integer('max_open'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const deskundigeDisciplines = sqliteTable(
  'deskundige_disciplines',
  {
    deskundigeId: integer('deskundige_id')
      .notNull()
      .references(() => deskundigen.id),
    discipline: text('discipline', { enum: DISCIPLINES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.deskundigeId, t.discipline] })],
);

/** §4: the organisations a deskundige works for, to find conflicts ('bestuur:<id>' or 'school:<id>'). */
export const deskundigeOrganisaties = sqliteTable(
  'deskundige_organisaties',
  {
    deskundigeId: integer('deskundige_id')
      .notNull()
      .references(() => deskundigen.id),
    organisatieKey: text('organisatie_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deskundigeId, t.organisatieKey] })],
);

export const aanvragen = sqliteTable(
  'aanvragen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referentie: text('referentie').notNull().unique(),
    soort: text('soort', { enum: AANVRAAG_SOORTEN }).notNull(),
    state: text('state', { enum: AANVRAAG_STATES }).notNull(),
    leerlingNaam: text('leerling_naam').notNull(),
    leerlingGeboortedatum: text('leerling_geboortedatum').notNull(),
    groep: integer('groep'),
    woonplaats: text('woonplaats').notNull(),
    /** The pupil's gemeente (woongemeente), for the reports per gemeente (§11). */
    gemeente: text('gemeente'),
    schoolId: integer('school_id')
      .notNull()
      .references(() => scholen.id),
    schoolsoort: text('schoolsoort', { enum: SCHOOLSOORTEN }).notNull(),
    categorie: text('categorie', { enum: CATEGORIEEN }),
    gewensteStartdatum: text('gewenste_startdatum'),
    oudersNaam: text('ouders_naam').notNull(),
    oudersAdres: text('ouders_adres').notNull(),
    oudersPostcode: text('ouders_postcode').notNull(),
    oudersPlaats: text('ouders_plaats').notNull(),
    oudersAkkoord: integer('ouders_akkoord', { mode: 'boolean' }).notNull(),
    begeleiderNaam: text('begeleider_naam'),
    begeleiderNotitie: text('begeleider_notitie'),
    ontvangenOp: text('ontvangen_op').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
    /**
     * Issue 11 (§12): the instant the dossier was destroyed. The row stays as the TLV register's
     * anchor (kenmerk, soort, school, schoolsoort, dates); the pupil's and ouders' data are blanked.
     */
    vernietigdOp: text('vernietigd_op'),
    /**
     * Issue 13 · many at once: counts the changes to the aanvraag's recorded data
     * (`aanvraag.update`); an edit sends the versie it read and is refused when it moved on.
     */
    versie: integer('versie').notNull().default(0),
  },
  (t) => [
    index('aanvragen_state').on(t.state, t.ontvangenOp),
    index('aanvragen_ontvangen').on(t.ontvangenOp),
    index('aanvragen_school').on(t.schoolId),
    // Mijn werk pages in receipt order with the state filter read from the index itself, so a page
    // of 50,000 aanvragen needs no sort (quality goal P2; see services/werk.ts).
    index('aanvragen_werk').on(t.ontvangenOp, t.id, t.state),
  ],
);

export const documenten = sqliteTable(
  'documenten',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    fileName: text('file_name').notNull(),
    documentDate: text('document_date'),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    pageCount: integer('page_count').notNull(),
    /** Text index state (issue 4): wacht, geindexeerd, geen_tekst (a scan), mislukt. */
    tekstStatus: text('tekst_status', { enum: ['wacht', 'geindexeerd', 'geen_tekst', 'mislukt'] })
      .notNull()
      .default('wacht'),
    /** Pages of the text index committed so far (progress; equals page_count when done). */
    paginasGeindexeerd: integer('paginas_geindexeerd').notNull().default(0),
    /**
     * Documents are immutable (issue 4): a replacement is a new row naming the row it replaces. A
     * row is current when no other row names it; a trigger in the migration refuses changes of
     * the content columns.
     */
    vervangtId: integer('vervangt_id').references((): AnySQLiteColumn => documenten.id),
    versie: integer('versie').notNull().default(1),
    /** Why the SLL replaced the previous version (may name the pupil: never in the audit log). */
    vervangReden: text('vervang_reden'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('documenten_aanvraag').on(t.aanvraagId),
    uniqueIndex('documenten_vervangt').on(t.vervangtId),
  ],
);

/** Issue 4: the last page a user read in a document (the reader's own state, not dossier data). */
export const documentPosities = sqliteTable(
  'document_posities',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documenten.id),
    page: integer('page').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.documentId] })],
);

/**
 * Issue 4: a user's private notes and bookmarks per page ('notitie' | 'bladwijzer'). Only their
 * author ever sees them; never in letters, exports, logs or the audit log.
 */
export const notities = sqliteTable(
  'notities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => documenten.id),
    page: integer('page').notNull(),
    soort: text('soort', { enum: ['notitie', 'bladwijzer'] }).notNull(),
    tekst: text('tekst').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('notities_user_document').on(t.userId, t.documentId)],
);

/** §4: the first (position 1) and second (position 2) deskundige of an aanvraag. */
export const toewijzingen = sqliteTable(
  'toewijzingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    position: integer('position').notNull(),
    deskundigeId: integer('deskundige_id')
      .notNull()
      .references(() => deskundigen.id),
    discipline: text('discipline', { enum: DISCIPLINES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    reason: text('reason'),
    assignedBy: integer('assigned_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('toewijzingen_aanvraag').on(t.aanvraagId),
    index('toewijzingen_deskundige').on(t.deskundigeId, t.active),
  ],
);

/** §5: a deskundige's advice; versioned, a submitted version is immutable. */
/** The columns of an advice version, shared by the table and the view of current advices. */
const adviesColumns = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  aanvraagId: integer('aanvraag_id')
    .notNull()
    .references(() => aanvragen.id),
  deskundigeId: integer('deskundige_id')
    .notNull()
    .references(() => deskundigen.id),
  /** The assignment (one round of advice) this version belongs to; see view huidige_adviezen. */
  toewijzingId: integer('toewijzing_id').references(() => toewijzingen.id),
  position: integer('position').notNull(),
  version: integer('version').notNull(),
  status: text('status', { enum: ADVIES_STATUSSEN }).notNull(),
  conclusie: text('conclusie', { enum: CONCLUSIES }).notNull(),
  schoolsoort: text('schoolsoort', { enum: SCHOOLSOORTEN }),
  categorie: text('categorie', { enum: CATEGORIEEN }),
  ingangsdatum: text('ingangsdatum'),
  einddatum: text('einddatum'),
  onderbouwing: text('onderbouwing').notNull(),
  doelen: text('doelen').notNull(),
  contextAdvies: text('context_advies').notNull(),
  vragen: text('vragen'),
  signedNaam: text('signed_naam').notNull(),
  signedDiscipline: text('signed_discipline').notNull(),
  signedRegistratie: text('signed_registratie').notNull(),
  submittedAt: text('submitted_at'),
  correctionReason: text('correction_reason'),
  /** §5/§8: why the einddatum is not 31 July, when it is not. */
  einddatumAfwijking: text('einddatum_afwijking'),
});

export const adviezen = sqliteTable('adviezen', adviesColumns(), (t) => [
  uniqueIndex('adviezen_version').on(t.aanvraagId, t.deskundigeId, t.version),
  // Migration 0015: whether an assignment's advice is in (Mijn werk of a deskundige) without a scan.
  index('adviezen_toewijzing').on(t.toewijzingId, t.status),
]);

/**
 * The advice of each active assignment in its latest version (view of migration 0005): the one source
 * for every read of advices. Declared here so that reads through it are typed like the table.
 */
export const huidigeAdviezen = sqliteView('huidige_adviezen', adviesColumns()).existing();

/** §7: the eindadvies written by the first deskundige. */
export const eindadviezen = sqliteTable(
  'eindadviezen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ADVIES_STATUSSEN }).notNull(),
    /** An eindadvies proposes a TLV or none (buiten behandeling is never advised). */
    uitkomst: text('uitkomst', { enum: ['tlv_afgegeven', 'tlv_niet_afgegeven'] }).notNull(),
    schoolsoort: text('schoolsoort', { enum: SCHOOLSOORTEN }),
    categorie: text('categorie', { enum: CATEGORIEEN }),
    ingangsdatum: text('ingangsdatum'),
    einddatum: text('einddatum'),
    motivering: text('motivering').notNull(),
    doelen: text('doelen').notNull(),
    authorDeskundigeId: integer('author_deskundige_id')
      .notNull()
      .references(() => deskundigen.id),
    submittedAt: text('submitted_at'),
  },
  (t) => [uniqueIndex('eindadviezen_version').on(t.aanvraagId, t.version)],
);

/** §7: the decision; `volgnummer` is unique and sequential per SWV (WPO 18a lid 14). */
export const besluiten = sqliteTable('besluiten', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  aanvraagId: integer('aanvraag_id')
    .notNull()
    .unique()
    .references(() => aanvragen.id),
  eindadviesId: integer('eindadvies_id').references(() => eindadviezen.id),
  uitkomst: text('uitkomst', { enum: BESLUIT_UITKOMSTEN }).notNull(),
  volgnummer: text('volgnummer').unique(),
  besluitdatum: text('besluitdatum').notNull(),
  schoolsoort: text('schoolsoort', { enum: SCHOOLSOORTEN }),
  categorie: text('categorie', { enum: CATEGORIEEN }),
  begindatum: text('begindatum'),
  einddatum: text('einddatum'),
  directeurUserId: integer('directeur_user_id')
    .notNull()
    .references(() => users.id),
  signedAt: text('signed_at').notNull(),
  /** The day the decision was sent: the bezwaartermijn starts the day after (Awb 6:8). */
  verzondenOp: text('verzonden_op'),
});

export const volgnummerTellers = sqliteTable('volgnummer_tellers', {
  jaar: integer('jaar').primaryKey(),
  laatste: integer('laatste').notNull(),
});

export const vergaderingen = sqliteTable('vergaderingen', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  datum: text('datum').notNull(),
  status: text('status', { enum: ['gepland', 'gehouden'] })
    .notNull()
    .default('gepland'),
  /** The minutes (PDF, encrypted in the document store) once the meeting is closed. */
  notulenSha256: text('notulen_sha256'),
  /**
   * Issue 13 · many at once: counts the changes to the meeting's record (attendees, outcomes,
   * closing); setting the attendees sends the versie it read and is refused when it moved on.
   */
  versie: integer('versie').notNull().default(0),
});

export const vergaderingAgenda = sqliteTable(
  'vergadering_agenda',
  {
    vergaderingId: integer('vergadering_id')
      .notNull()
      .references(() => vergaderingen.id),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    reden: text('reden').notNull(),
  },
  (t) => [primaryKey({ columns: [t.vergaderingId, t.aanvraagId] })],
);

/** §10: every transition, append-only (who, when, why). */
export const workflowEvents = sqliteTable(
  'workflow_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    event: text('event', { enum: TIMELINE_EVENTS }).notNull(),
    fromState: text('from_state', { enum: AANVRAAG_STATES }),
    toState: text('to_state', { enum: AANVRAAG_STATES }).notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    reason: text('reason'),
    at: text('at').notNull(),
  },
  (t) => [index('workflow_events_aanvraag').on(t.aanvraagId)],
);

/** Letters and the verklaring, stored with their hash; never regenerated silently (§7). */
export const brieven = sqliteTable(
  'brieven',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    /** The version of the SWV's letter text (brief_teksten) this letter was made with. */
    tekstVersie: integer('tekst_versie'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('brieven_version').on(t.aanvraagId, t.kind, t.version)],
);

/**
 * The SWV's own standard text of a letter kind, versioned: a change is a new version, and every
 * letter records the version it used (brieven.tekst_versie). `tekst` is JSON (the text's parts with
 * named placeholders), parsed with zod on read.
 */
export const briefTeksten = sqliteTable(
  'brief_teksten',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    tekst: text('tekst').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('brief_teksten_version').on(t.kind, t.version)],
);

/**
 * §4, §6: people involved in an aanvraag on the school's side (the SC, the board's staff, the
 * author of a report in the dossier). They are never assigned to it and do not take part in its
 * item at a TLA-vergadering.
 */
export const aanvraagBetrokkenen = sqliteTable(
  'aanvraag_betrokkenen',
  {
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    rol: text('rol').notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.aanvraagId, t.userId] })],
);

/** A document's kind or date corrected by the SLL, with the reason (the file is never changed). */
export const documentCorrecties = sqliteTable(
  'document_correcties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documenten.id),
    veld: text('veld', { enum: ['kind', 'documentDate'] }).notNull(),
    oud: text('oud'),
    nieuw: text('nieuw'),
    reden: text('reden').notNull(),
    actorUserId: integer('actor_user_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [index('document_correcties_document').on(t.documentId)],
);

/**
 * Audit log (S6): actor, time, object, action. A SHA-256 hash chain over the rows; triggers in the
 * migration make it append-only. `details` never holds personal data.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorUserId: integer('actor_user_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: integer('object_id'),
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** Issue 13: the client address of a call from another machine; null: this computer. */
    bron: text('bron'),
  },
  // Issue 11: the Logboek filters by user and by object (migration 0009).
  (t) => [
    index('audit_log_actor').on(t.actorUserId, t.id),
    index('audit_log_object').on(t.objectType, t.objectId),
  ],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** §3.1: edits of an aanvraag keep their history (who, when, old and new value, why). */
export const aanvraagWijzigingen = sqliteTable(
  'aanvraag_wijzigingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    veld: text('veld').notNull(),
    oud: text('oud'),
    nieuw: text('nieuw'),
    reden: text('reden').notNull(),
    actorUserId: integer('actor_user_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [index('aanvraag_wijzigingen_aanvraag').on(t.aanvraagId)],
);

/** §3.2/§3.3: what the SLL ticked on the completeness checklist. */
export const checklistTicks = sqliteTable(
  'checklist_ticks',
  {
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    itemKey: text('item_key').notNull(),
    status: text('status').notNull(),
    actorUserId: integer('actor_user_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.aanvraagId, t.itemKey] })],
);

/** §3.4, Awb 4:15: every suspension of the beslistermijn with its legal ground. */
export const opschortingen = sqliteTable(
  'opschortingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    grond: text('grond', { enum: OPSCHORTING_GRONDEN }).notNull(),
    soort: text('soort', { enum: OPSCHORTING_SOORTEN }).notNull(),
    start: text('start').notNull(),
    termWerkdagen: integer('term_werkdagen'),
    termEnd: text('term_end'),
    resumedOn: text('resumed_on'),
    toelichting: text('toelichting').notNull(),
    briefId: integer('brief_id').references(() => brieven.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('opschortingen_aanvraag').on(t.aanvraagId)],
);

/** Awb 4:14 lid 3: the term extended, notified before it ended, with the new end date. */
export const verdagingen = sqliteTable(
  'verdagingen',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    notifiedOn: text('notified_on').notNull(),
    newEnd: text('new_end').notNull(),
    reden: text('reden').notNull(),
    briefId: integer('brief_id').references(() => brieven.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  // Migration 0015: an aanvraag's verdagingen (every list's term) without a scan.
  (t) => [index('verdagingen_aanvraag').on(t.aanvraagId)],
);

/** Awb 4:17: a written notice of default after a late decision. */
export const ingebrekestellingen = sqliteTable('ingebrekestellingen', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  aanvraagId: integer('aanvraag_id')
    .notNull()
    .references(() => aanvragen.id),
  ontvangenOp: text('ontvangen_op').notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
});

/** §9: a bezwaar against the decision and its terms (Awb 6:7–6:9, 7:10). */
export const bezwaren = sqliteTable('bezwaren', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  aanvraagId: integer('aanvraag_id')
    .notNull()
    .references(() => aanvragen.id),
  ontvangenOp: text('ontvangen_op').notNull(),
  postmarkedOn: text('postmarked_on'),
  doorOuders: integer('door_ouders', { mode: 'boolean' }).notNull(),
  doorSchool: integer('door_school', { mode: 'boolean' }).notNull(),
  ontvangstbevestigingOp: text('ontvangstbevestiging_op'),
  adviesGevraagdOp: text('advies_gevraagd_op'),
  adviesOntvangenOp: text('advies_ontvangen_op'),
  adviesSamenvatting: text('advies_samenvatting'),
  verdaagd: integer('verdaagd', { mode: 'boolean' }).notNull().default(false),
  uitkomst: text('uitkomst', { enum: ['gegrond', 'ongegrond'] }),
  herzienBesluit: text('herzien_besluit'),
  beslistOp: text('beslist_op'),
  geslotenOp: text('gesloten_op'),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull(),
});

/** §4 (issue 5): absence periods of a deskundige; no assignment while absent. */
export const deskundigeAfwezigheden = sqliteTable('deskundige_afwezigheden', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  deskundigeId: integer('deskundige_id')
    .notNull()
    .references(() => deskundigen.id),
  van: text('van').notNull(),
  tot: text('tot').notNull(),
  reden: text('reden'),
});

/** §6: who attended a TLA-vergadering. */
export const vergaderingAanwezigen = sqliteTable(
  'vergadering_aanwezigen',
  {
    vergaderingId: integer('vergadering_id')
      .notNull()
      .references(() => vergaderingen.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.vergaderingId, t.userId] })],
);

/** §6: the outcome per aanvraag of a meeting: an advice, or aanhouden with questions. */
export const vergaderingUitkomsten = sqliteTable(
  'vergadering_uitkomsten',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vergaderingId: integer('vergadering_id')
      .notNull()
      .references(() => vergaderingen.id),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    soort: text('soort', { enum: ['advies', 'aanhouden'] }).notNull(),
    conclusie: text('conclusie', { enum: CONCLUSIES }),
    schoolsoort: text('schoolsoort', { enum: SCHOOLSOORTEN }),
    categorie: text('categorie', { enum: CATEGORIEEN }),
    ingangsdatum: text('ingangsdatum'),
    einddatum: text('einddatum'),
    motivering: text('motivering'),
    vragen: text('vragen'),
    actorUserId: integer('actor_user_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('vergadering_uitkomsten_punt').on(t.vergaderingId, t.aanvraagId)],
);

/**
 * §12, AVG art. 12, 15–17 (issue 11): the register of requests of ouders, the pupil (16+) or a
 * representative for inzage, correctie or verwijdering, with the one-month term (art. 12 lid 3).
 * The requester's details are kept for the letters; the pupil's name and date of birth find the
 * aanvragen, which the SLL confirms (avg_verzoek_aanvragen).
 */
export const avgVerzoeken = sqliteTable(
  'avg_verzoeken',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    soort: text('soort', { enum: AVG_VERZOEK_SOORTEN }).notNull(),
    verzoeker: text('verzoeker', { enum: AVG_VERZOEKERS }).notNull(),
    verzoekerNaam: text('verzoeker_naam').notNull(),
    verzoekerAdres: text('verzoeker_adres').notNull(),
    verzoekerPostcode: text('verzoeker_postcode').notNull(),
    verzoekerPlaats: text('verzoeker_plaats').notNull(),
    leerlingNaam: text('leerling_naam').notNull(),
    leerlingGeboortedatum: text('leerling_geboortedatum').notNull(),
    ontvangenOp: text('ontvangen_op').notNull(),
    /** What the requester asks, in their words (e.g. which data should be corrected). */
    omschrijving: text('omschrijving'),
    status: text('status', { enum: AVG_STATUSSEN }).notNull(),
    ontvangstbevestigdOp: text('ontvangstbevestigd_op'),
    /** Art. 12 lid 3: the day the extension letter went out, with its reasons. */
    verlengdOp: text('verlengd_op'),
    verlengingReden: text('verlenging_reden'),
    uitkomst: text('uitkomst', { enum: AVG_UITKOMSTEN }),
    toelichting: text('toelichting'),
    afgehandeldOp: text('afgehandeld_op'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    /** §12: when its personal data were destroyed (a vernietiging with two people); the row stays. */
    vernietigdOp: text('vernietigd_op'),
  },
  (t) => [index('avg_verzoeken_status').on(t.status, t.ontvangenOp)],
);

/**
 * The aanvragen a request concerns, as the SLL confirmed them. For a request to delete, the
 * assessment at the answer: `verwijderen` true for an aanvraag the answer grants to delete (it goes
 * to the vernietiging of §12 with two people), false when kept; null for other requests.
 */
export const avgVerzoekAanvragen = sqliteTable(
  'avg_verzoek_aanvragen',
  {
    verzoekId: integer('verzoek_id')
      .notNull()
      .references(() => avgVerzoeken.id),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    verwijderen: integer('verwijderen', { mode: 'boolean' }),
    verwijderReden: text('verwijder_reden'),
  },
  (t) => [
    primaryKey({ columns: [t.verzoekId, t.aanvraagId] }),
    index('avg_verzoek_aanvragen_aanvraag').on(t.aanvraagId),
  ],
);

/** Art. 16: a correction made on a request is a change of the aanvraag (aanvraag_wijzigingen). */
export const avgVerzoekCorrecties = sqliteTable(
  'avg_verzoek_correcties',
  {
    verzoekId: integer('verzoek_id')
      .notNull()
      .references(() => avgVerzoeken.id),
    wijzigingId: integer('wijziging_id')
      .notNull()
      .references(() => aanvraagWijzigingen.id),
  },
  (t) => [primaryKey({ columns: [t.verzoekId, t.wijzigingId] })],
);

/** The letters of a request (ontvangstbevestiging, verlenging, antwoord), stored as brieven are. */
export const avgBrieven = sqliteTable(
  'avg_brieven',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    verzoekId: integer('verzoek_id')
      .notNull()
      .references(() => avgVerzoeken.id),
    kind: text('kind', { enum: ['ontvangstbevestiging', 'verlenging', 'antwoord'] }).notNull(),
    version: integer('version').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    datum: text('datum').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('avg_brieven_version').on(t.verzoekId, t.kind, t.version)],
);

/**
 * Issue 11 (§12, S7): a proposal to destroy dossiers whose term has passed, made by a beheerder and
 * approved (or declined) by the directeur-bestuurder, never the same person. An approved proposal
 * carries its verklaring van vernietiging (PDF, encrypted in the document store).
 */
export const vernietigingsvoorstellen = sqliteTable('vernietigingsvoorstellen', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  status: text('status', { enum: ['voorgesteld', 'uitgevoerd', 'afgewezen'] }).notNull(),
  voorgesteldDoor: integer('voorgesteld_door')
    .notNull()
    .references(() => users.id),
  voorgesteldOp: text('voorgesteld_op').notNull(),
  beoordeeldDoor: integer('beoordeeld_door').references(() => users.id),
  beoordeeldOp: text('beoordeeld_op'),
  verklaringNummer: text('verklaring_nummer').unique(),
  verklaringSha256: text('verklaring_sha256'),
  verklaringSize: integer('verklaring_size'),
});

/** The dossiers of a proposal; kenmerk and dates are copied so the verklaring outlives the data. */
export const vernietigingItems = sqliteTable(
  'vernietiging_items',
  {
    voorstelId: integer('voorstel_id')
      .notNull()
      .references(() => vernietigingsvoorstellen.id),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    referentie: text('referentie').notNull(),
    volgnummer: text('volgnummer'),
    termijnStart: text('termijn_start').notNull(),
    vernietigbaarVanaf: text('vernietigbaar_vanaf').notNull(),
    documenten: integer('documenten'),
  },
  (t) => [
    primaryKey({ columns: [t.voorstelId, t.aanvraagId] }),
    index('vernietiging_items_aanvraag').on(t.aanvraagId),
  ],
);

/** The requests of the AVG register a proposal destroys; kenmerk and dates copied for the verklaring. */
export const vernietigingAvgItems = sqliteTable(
  'vernietiging_avg_items',
  {
    voorstelId: integer('voorstel_id')
      .notNull()
      .references(() => vernietigingsvoorstellen.id),
    verzoekId: integer('verzoek_id')
      .notNull()
      .references(() => avgVerzoeken.id),
    kenmerk: text('kenmerk').notNull(),
    afgehandeldOp: text('afgehandeld_op').notNull(),
    vernietigbaarVanaf: text('vernietigbaar_vanaf').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.voorstelId, t.verzoekId] }),
    index('vernietiging_avg_items_verzoek').on(t.verzoekId),
  ],
);

/**
 * Issue 11: what holds a dossier past its term besides a bezwaar TLA follows itself: a beroep at
 * the rechter (recorded by hand) and, from the AVG register, an open request of the ouders.
 */
export const bewaarBlokkades = sqliteTable(
  'bewaar_blokkades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    soort: text('soort', { enum: ['beroep', 'avg_verzoek'] }).notNull(),
    sinds: text('sinds').notNull(),
    opgehevenOp: text('opgeheven_op'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('bewaar_blokkades_aanvraag').on(t.aanvraagId)],
);

/**
 * Issue 12 · the TLV register (§7, §8, WPO 18a lid 14): every TLV issued, one row per volgnummer,
 * with the facts as the verklaring states them (the pupil's name and date of birth are copied, as
 * DUO registration needs them as they were declared; an AVG correction updates them). A TLV revised
 * after a gegrond bezwaar is a row of its own that names the row it replaces (`vervangt_id`). The
 * status (lopend, verlopen, herzien na bezwaar, ingetrokken) is the domain's (domain/tlv-register.ts),
 * from the row and today; only the event of a withdrawal is stored (`ingetrokken_op`). After a
 * destruction the row stays when the retention setting keeps the register, without pupil data.
 */
export const tlvRegister = sqliteTable(
  'tlv_register',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    volgnummer: text('volgnummer').notNull().unique(),
    aanvraagId: integer('aanvraag_id')
      .notNull()
      .references(() => aanvragen.id),
    /** The besluit the TLV belongs to (for a revision: the besluit the bezwaar was against). */
    besluitId: integer('besluit_id')
      .notNull()
      .references(() => besluiten.id),
    /** The bezwaar whose gegrond decision issued this revised TLV; null for the first TLV. */
    bezwaarId: integer('bezwaar_id').references(() => bezwaren.id),
    /** The TLV this one replaces (revised after a gegrond bezwaar). */
    vervangtId: integer('vervangt_id')
      .unique()
      .references((): AnySQLiteColumn => tlvRegister.id),
    /** Null once the dossier is destroyed (§12: the register keeps no pupil data beyond the term). */
    leerlingNaam: text('leerling_naam'),
    leerlingGeboortedatum: text('leerling_geboortedatum'),
    schoolId: integer('school_id')
      .notNull()
      .references(() => scholen.id),
    schoolsoort: text('schoolsoort', { enum: SCHOOLSOORTEN }).notNull(),
    categorie: text('categorie', { enum: CATEGORIEEN }),
    begindatum: text('begindatum').notNull(),
    einddatum: text('einddatum').notNull(),
    /** The day the TLV was issued: the besluitdatum, or the day of the decision on bezwaar. */
    afgegevenOp: text('afgegeven_op').notNull(),
    /** The event that ended it before its time: a gegrond bezwaar decided that no TLV is given. */
    ingetrokkenOp: text('ingetrokken_op'),
    /** §8 herindicatie: the herindicatie aanvraag the SLL confirmed for this pupil. */
    herindicatieAanvraagId: integer('herindicatie_aanvraag_id').references(() => aanvragen.id),
    /** The day the letter to the school that the TLV ends was last made and sent. */
    eindbriefOp: text('eindbrief_op'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('tlv_register_einddatum').on(t.einddatum),
    index('tlv_register_aanvraag').on(t.aanvraagId),
    index('tlv_register_school').on(t.schoolId),
  ],
);

/**
 * Issue 13 · the recovery codes of a user's second factor: only their SHA-256 (over the user id and
 * the code: 50 random bits each, so no slow hash is needed), each usable once.
 */
export const herstelcodes = sqliteTable(
  'herstelcodes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    hash: text('hash').notNull(),
    gebruiktOp: text('gebruikt_op'),
    createdAt: createdAt(),
  },
  (t) => [index('herstelcodes_user').on(t.userId)],
);
