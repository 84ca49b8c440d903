import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../db/open';
import * as schema from '../../db/schema';
import { appendAudit } from '../../electron/services/audit';
import { columnsOf, quote } from './migrations';

// Realistic rows of a fictional SWV for the migration tests (issue 11): a school board and its
// school, the users of every role, two aanvragen (one decided and sent, one in advice) with their
// documents, assignments, advices, eindadvies, besluit, letters, a meeting, the history of both,
// and a row in every table a later migration added. Each row names the columns of the NEWEST schema
// (and, should a later migration drop a column, the old one too); a database at an older schema gets
// each table that exists there, with the columns that exist there. What was inserted is returned,
// so the test can look for exactly that after the migration.

export interface Blob {
  readonly sha256: string;
  readonly size: number;
}

export interface SeedInput {
  /** The blobs the rows name (documents, letters, minutes, verklaring, AVG letter). */
  readonly blobs: {
    readonly opp: Blob;
    readonly lvs: Blob;
    readonly brief: Blob;
    readonly notulen: Blob;
    readonly verklaring: Blob;
    readonly avgBrief: Blob;
  };
  /** An argon2 hash every seeded user gets (the backend test signs in with its password). */
  readonly passwordHash: string;
}

type Row = Record<string, unknown>;

export interface SeededTable {
  readonly table: string;
  /** The rows as inserted: only the columns the table had at that schema. */
  readonly rows: Row[];
}

const T = '2026-09-01T08:30:00.000Z';

/** The rows per table, in an order that satisfies the foreign keys. */
export function seedRows(input: SeedInput): { table: string; rows: Row[] }[] {
  const { blobs, passwordHash } = input;
  const user = (id: number, username: string, naam: string): Row => ({
    id,
    username,
    naam,
    password_hash: passwordHash,
    active: 1,
    created_at: T,
    must_change_password: 0,
    // Issue 13 (migration 0013): the second factor, set for the voorzitter (id 2).
    totp_secret: id === 2 ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : null,
    totp_sinds: id === 2 ? '2026-09-02T08:00:00.000Z' : null,
    totp_laatste_stap: id === 2 ? 59_000_000 : null,
  });
  const advies = (id: number, aanvraag: number, deskundige: number, toewijzing: number): Row => ({
    id,
    aanvraag_id: aanvraag,
    deskundige_id: deskundige,
    position: deskundige === 1 ? 1 : 2,
    version: 1,
    status: 'ingediend',
    conclusie: 'toelaatbaar',
    schoolsoort: 'SO',
    categorie: 'midden',
    ingangsdatum: '2026-11-01',
    einddatum: '2028-07-31',
    onderbouwing: 'Noor heeft een kleine groep met veel structuur nodig.',
    doelen: 'Zelfstandig werken aan rekenen en lezen.',
    context_advies: 'Jaarlijks evalueren met ouders en school.',
    vragen: null,
    signed_naam: deskundige === 1 ? 'Drs. Olga Orthopedagoog' : 'Dr. Piet Psycholoog',
    signed_discipline: deskundige === 1 ? 'orthopedagoog' : 'psycholoog',
    signed_registratie: deskundige === 1 ? 'NVO 12345' : 'NIP 67890',
    submitted_at: '2026-10-02T10:00:00.000Z',
    correction_reason: null,
    einddatum_afwijking: null,
    toewijzing_id: toewijzing,
  });
  const aanvraag = (id: number, referentie: string, state: string, naam: string): Row => ({
    id,
    referentie,
    soort: 'zij_instroom',
    state,
    leerling_naam: naam,
    leerling_geboortedatum: '2016-03-04',
    groep: 5,
    woonplaats: 'Ede',
    school_id: 1,
    schoolsoort: 'SO',
    categorie: 'midden',
    gewenste_startdatum: '2026-11-01',
    ouders_naam: `Fam. ${naam.split(' ').at(-1)}`,
    ouders_adres: 'Dorpsstraat 1',
    ouders_postcode: '6711 AA',
    ouders_plaats: 'Ede',
    ouders_akkoord: 1,
    begeleider_naam: 'Mw. B. Begeleider',
    begeleider_notitie: 'Moeder belt liever na 15.00 uur.',
    ontvangen_op: '2026-09-01',
    created_by: 1,
    created_at: T,
    updated_at: '2026-10-20T09:00:00.000Z',
    gemeente: 'Ede',
    vernietigd_op: null,
    // Issue 13 (migration 0014): changed three times since it was registered.
    versie: 3,
  });
  const document = (id: number, aanvraagId: number, kind: string, blob: Blob): Row => ({
    id,
    aanvraag_id: aanvraagId,
    kind,
    file_name: `${kind}.pdf`,
    document_date: '2026-08-28',
    sha256: blob.sha256,
    size: blob.size,
    page_count: 3,
    created_by: 1,
    created_at: T,
    tekst_status: 'geindexeerd',
    paginas_geindexeerd: 3,
    vervangt_id: null,
    versie: 1,
    vervang_reden: null,
  });
  return [
    {
      table: 'schoolbesturen',
      rows: [
        {
          id: 1,
          naam: 'Stichting Primair Onderwijs De Vallei',
          bestuursnummer: '41234',
          adres: 'Stationsweg 10',
          postcode: '6711 PJ',
          plaats: 'Ede',
          eind_datum: null,
        },
      ],
    },
    {
      table: 'scholen',
      rows: [
        {
          id: 1,
          bestuur_id: 1,
          naam: 'OBS De Wegwijzer',
          brin: '12AB',
          plaats: 'Ede',
          vestiging: '00',
          adres: 'Schoolstraat 3',
          postcode: '6712 AB',
          gemeente: 'Ede',
          eind_datum: null,
        },
      ],
    },
    {
      table: 'users',
      rows: [
        user(1, 'sll', 'Sanne Secretaris'),
        user(2, 'voorzitter', 'Victor Voorzitter'),
        user(3, 'orthopedagoog', 'Olga Orthopedagoog'),
        user(4, 'psycholoog', 'Piet Psycholoog'),
        user(5, 'directeur', 'Dirk Directeur'),
        user(6, 'beheer', 'Bea Beheer'),
      ],
    },
    {
      table: 'user_roles',
      rows: [
        { user_id: 1, role: 'secretaris' },
        { user_id: 2, role: 'voorzitter' },
        { user_id: 2, role: 'deskundige' },
        { user_id: 3, role: 'deskundige' },
        { user_id: 4, role: 'deskundige' },
        { user_id: 5, role: 'directeur' },
        { user_id: 6, role: 'beheerder' },
      ],
    },
    {
      table: 'deskundigen',
      rows: [
        { id: 1, user_id: 3, registratie: 'NVO 12345', max_open: 8, active: 1 },
        { id: 2, user_id: 4, registratie: 'NIP 67890', max_open: null, active: 1 },
      ],
    },
    {
      table: 'deskundige_disciplines',
      rows: [
        { deskundige_id: 1, discipline: 'orthopedagoog' },
        { deskundige_id: 2, discipline: 'psycholoog' },
      ],
    },
    {
      table: 'deskundige_organisaties',
      rows: [{ deskundige_id: 1, organisatie_key: 'bestuur:1' }],
    },
    {
      table: 'deskundige_afwezigheden',
      rows: [{ id: 1, deskundige_id: 2, van: '2026-12-21', tot: '2027-01-01', reden: 'Verlof' }],
    },
    {
      table: 'aanvragen',
      rows: [
        aanvraag(1, 'TLV-2026-0001', 'verzonden', 'Noor de Vries'),
        aanvraag(2, 'TLV-2026-0002', 'in_advies', 'Daan Jansen'),
      ],
    },
    {
      table: 'documenten',
      rows: [
        document(1, 1, 'opp', blobs.opp),
        document(2, 1, 'lvs', blobs.lvs),
        document(3, 2, 'opp', blobs.opp),
      ],
    },
    {
      table: 'document_text',
      rows: [
        {
          text: 'Ontwikkelingsperspectief van Noor: rekenen groep 4 niveau.',
          document_id: 1,
          page: 1,
        },
        { text: 'Leerlingvolgsysteem: begrijpend lezen E4.', document_id: 2, page: 1 },
      ],
    },
    {
      table: 'toewijzingen',
      rows: [1, 2].flatMap((a) =>
        [1, 2].map((d) => ({
          id: (a - 1) * 2 + d,
          aanvraag_id: a,
          position: d,
          deskundige_id: d,
          discipline: d === 1 ? 'orthopedagoog' : 'psycholoog',
          active: 1,
          reason: null,
          assigned_by: 1,
          created_at: T,
        })),
      ),
    },
    {
      table: 'adviezen',
      rows: [advies(1, 1, 1, 1), advies(2, 1, 2, 2), advies(3, 2, 1, 3)],
    },
    {
      table: 'eindadviezen',
      rows: [
        {
          id: 1,
          aanvraag_id: 1,
          version: 1,
          status: 'ingediend',
          uitkomst: 'tlv_afgegeven',
          schoolsoort: 'SO',
          categorie: 'midden',
          ingangsdatum: '2026-11-01',
          einddatum: '2028-07-31',
          motivering: 'Beide deskundigen adviseren toelaatbaar; de ondersteuningsbehoefte is hoog.',
          doelen: 'Zelfstandig werken aan rekenen en lezen.',
          author_deskundige_id: 1,
          submitted_at: '2026-10-05T11:00:00.000Z',
        },
      ],
    },
    {
      table: 'volgnummer_tellers',
      rows: [{ jaar: 2026, laatste: 1 }],
    },
    {
      table: 'besluiten',
      rows: [
        {
          id: 1,
          aanvraag_id: 1,
          eindadvies_id: 1,
          uitkomst: 'tlv_afgegeven',
          volgnummer: 'TLV-2026-001',
          besluitdatum: '2026-10-12',
          schoolsoort: 'SO',
          categorie: 'midden',
          begindatum: '2026-11-01',
          einddatum: '2028-07-31',
          directeur_user_id: 5,
          signed_at: '2026-10-12T14:00:00.000Z',
          verzonden_op: '2026-10-13',
        },
      ],
    },
    {
      table: 'brief_teksten',
      rows: [
        {
          id: 1,
          kind: 'besluit_toelaatbaar',
          version: 1,
          tekst: '{"aanhef":"Geachte {ouders},"}',
          created_by: 6,
          created_at: T,
        },
      ],
    },
    {
      table: 'brieven',
      rows: [
        {
          id: 1,
          aanvraag_id: 1,
          kind: 'besluit_toelaatbaar',
          version: 1,
          sha256: blobs.brief.sha256,
          size: blobs.brief.size,
          created_at: '2026-10-12T14:05:00.000Z',
          tekst_versie: 1,
        },
      ],
    },
    {
      table: 'vergaderingen',
      rows: [
        {
          id: 1,
          datum: '2026-10-08',
          status: 'gehouden',
          notulen_sha256: blobs.notulen.sha256,
          versie: 2, // issue 13 (migration 0014)
        },
      ],
    },
    {
      table: 'vergadering_agenda',
      rows: [{ vergadering_id: 1, aanvraag_id: 1, reden: 'Adviezen verschillen op de categorie.' }],
    },
    {
      table: 'vergadering_aanwezigen',
      rows: [
        { vergadering_id: 1, user_id: 2 },
        { vergadering_id: 1, user_id: 3 },
      ],
    },
    {
      table: 'vergadering_uitkomsten',
      rows: [
        {
          id: 1,
          vergadering_id: 1,
          aanvraag_id: 1,
          soort: 'advies',
          conclusie: 'toelaatbaar',
          schoolsoort: 'SO',
          categorie: 'midden',
          ingangsdatum: '2026-11-01',
          einddatum: '2028-07-31',
          motivering: 'Besproken; categorie midden volstaat.',
          vragen: null,
          actor_user_id: 2,
          at: '2026-10-08T15:00:00.000Z',
        },
      ],
    },
    {
      table: 'workflow_events',
      rows: [
        [1, 1, 'registreer', null, 'ontvangen', '2026-09-01T08:30:00.000Z'],
        [2, 1, 'start_controle', 'ontvangen', 'in_controle', '2026-09-02T09:00:00.000Z'],
        [3, 1, 'verzend', 'besloten', 'verzonden', '2026-10-13T09:00:00.000Z'],
        [4, 2, 'registreer', null, 'ontvangen', '2026-09-03T08:30:00.000Z'],
      ].map(([id, aanvraagId, event, from, to, at]) => ({
        id,
        aanvraag_id: aanvraagId,
        event,
        from_state: from,
        to_state: to,
        actor_user_id: 1,
        reason: event === 'start_controle' ? 'Dossier is compleet binnengekomen.' : null,
        at,
      })),
    },
    {
      table: 'settings',
      rows: [
        { key: 'swv.naam', value: '"SWV De Vallei PO 25-05"' },
        { key: 'bewaren.jaren', value: '3' },
      ],
    },
    {
      table: 'aanvraag_wijzigingen',
      rows: [
        {
          id: 1,
          aanvraag_id: 2,
          veld: 'woonplaats',
          oud: 'Bennekom',
          nieuw: 'Ede',
          reden: 'Verhuisd volgens ouders.',
          actor_user_id: 1,
          at: '2026-09-04T10:00:00.000Z',
        },
      ],
    },
    {
      table: 'checklist_ticks',
      rows: [
        { aanvraag_id: 1, item_key: 'opp', status: 'aanwezig', actor_user_id: 1, at: T },
        { aanvraag_id: 1, item_key: 'lvs', status: 'aanwezig', actor_user_id: 1, at: T },
      ],
    },
    {
      table: 'opschortingen',
      rows: [
        {
          id: 1,
          aanvraag_id: 2,
          grond: 'awb_4_15_1a',
          soort: 'aanvulling',
          start: '2026-09-05',
          term_werkdagen: 10,
          term_end: '2026-09-19',
          resumed_on: '2026-09-12',
          toelichting: 'OT-verslag ontbrak.',
          brief_id: null,
          created_by: 1,
          created_at: '2026-09-05T09:00:00.000Z',
        },
      ],
    },
    {
      table: 'verdagingen',
      rows: [
        {
          id: 1,
          aanvraag_id: 2,
          notified_on: '2026-10-20',
          new_end: '2026-11-17',
          reden: 'Tweede deskundige met verlof.',
          brief_id: null,
          created_by: 1,
          created_at: '2026-10-20T09:00:00.000Z',
        },
      ],
    },
    {
      table: 'ingebrekestellingen',
      rows: [
        {
          id: 1,
          aanvraag_id: 2,
          ontvangen_op: '2026-11-20',
          created_by: 1,
          created_at: '2026-11-20T09:00:00.000Z',
        },
      ],
    },
    {
      table: 'bezwaren',
      rows: [
        {
          id: 1,
          aanvraag_id: 1,
          ontvangen_op: '2026-10-30',
          postmarked_on: '2026-10-29',
          door_ouders: 0,
          door_school: 1,
          ontvangstbevestiging_op: '2026-10-31',
          advies_gevraagd_op: null,
          advies_ontvangen_op: null,
          advies_samenvatting: null,
          verdaagd: 0,
          uitkomst: null,
          herzien_besluit: null,
          beslist_op: null,
          gesloten_op: null,
          created_by: 1,
          created_at: '2026-10-30T09:00:00.000Z',
        },
      ],
    },
    {
      table: 'document_posities',
      rows: [{ user_id: 3, document_id: 1, page: 2, updated_at: '2026-09-20T10:00:00.000Z' }],
    },
    {
      table: 'notities',
      rows: [
        {
          id: 1,
          user_id: 3,
          document_id: 1,
          page: 2,
          soort: 'notitie',
          tekst: 'Vergelijk met LVS.',
          created_at: '2026-09-20T10:00:00.000Z',
          updated_at: '2026-09-20T10:00:00.000Z',
        },
      ],
    },
    {
      table: 'aanvraag_betrokkenen',
      rows: [{ aanvraag_id: 2, user_id: 2, rol: 'auteur_verslag', created_by: 1, created_at: T }],
    },
    {
      table: 'document_correcties',
      rows: [
        {
          id: 1,
          document_id: 2,
          veld: 'kind',
          oud: 'overig',
          nieuw: 'lvs',
          reden: 'Verkeerd soort gekozen bij registratie.',
          actor_user_id: 1,
          at: '2026-09-02T09:30:00.000Z',
        },
      ],
    },
    {
      table: 'vernietigingsvoorstellen',
      rows: [
        {
          id: 1,
          status: 'afgewezen',
          voorgesteld_door: 6,
          voorgesteld_op: '2026-11-01T09:00:00.000Z',
          beoordeeld_door: 5,
          beoordeeld_op: '2026-11-02T09:00:00.000Z',
          verklaring_nummer: null,
          verklaring_sha256: blobs.verklaring.sha256,
          verklaring_size: blobs.verklaring.size,
        },
      ],
    },
    {
      table: 'vernietiging_items',
      rows: [
        {
          voorstel_id: 1,
          aanvraag_id: 1,
          referentie: 'TLV-2026-0001',
          volgnummer: 'TLV-2026-001',
          termijn_start: '2026-10-12',
          vernietigbaar_vanaf: '2029-10-12',
          documenten: 2,
        },
      ],
    },
    {
      table: 'bewaar_blokkades',
      rows: [
        {
          id: 1,
          aanvraag_id: 1,
          soort: 'beroep',
          sinds: '2026-11-01',
          opgeheven_op: null,
          created_by: 6,
          created_at: '2026-11-01T09:00:00.000Z',
        },
      ],
    },
    {
      table: 'avg_verzoeken',
      rows: [
        {
          id: 1,
          soort: 'inzage',
          verzoeker: 'ouder',
          verzoeker_naam: 'Fam. de Vries',
          verzoeker_adres: 'Dorpsstraat 1',
          verzoeker_postcode: '6711 AA',
          verzoeker_plaats: 'Ede',
          leerling_naam: 'Noor de Vries',
          leerling_geboortedatum: '2016-03-04',
          ontvangen_op: '2026-11-03',
          omschrijving: 'Graag een kopie van het dossier.',
          status: 'in_behandeling',
          ontvangstbevestigd_op: '2026-11-04',
          verlengd_op: null,
          verlenging_reden: null,
          uitkomst: null,
          toelichting: null,
          afgehandeld_op: null,
          created_by: 1,
          created_at: '2026-11-03T09:00:00.000Z',
          vernietigd_op: null,
        },
      ],
    },
    {
      table: 'vernietiging_avg_items',
      rows: [
        {
          voorstel_id: 1,
          verzoek_id: 1,
          kenmerk: 'AVG-2026-0001',
          afgehandeld_op: '2026-11-20',
          vernietigbaar_vanaf: '2029-11-20',
        },
      ],
    },
    {
      table: 'avg_verzoek_aanvragen',
      rows: [{ verzoek_id: 1, aanvraag_id: 1, verwijderen: null, verwijder_reden: null }],
    },
    {
      table: 'avg_verzoek_correcties',
      rows: [{ verzoek_id: 1, wijziging_id: 1 }],
    },
    {
      table: 'avg_brieven',
      rows: [
        {
          id: 1,
          verzoek_id: 1,
          kind: 'ontvangstbevestiging',
          version: 1,
          sha256: blobs.avgBrief.sha256,
          size: blobs.avgBrief.size,
          datum: '2026-11-04',
          created_at: '2026-11-04T09:00:00.000Z',
        },
      ],
    },
    // Issue 12 (migration 0012): the TLV register, its one TLV the besluit above gave.
    {
      table: 'tlv_register',
      rows: [
        {
          id: 1,
          volgnummer: 'TLV-2026-001',
          aanvraag_id: 1,
          besluit_id: 1,
          bezwaar_id: null,
          vervangt_id: null,
          leerling_naam: 'Noor de Vries',
          leerling_geboortedatum: '2016-03-04',
          school_id: 1,
          schoolsoort: 'SO',
          categorie: 'midden',
          begindatum: '2026-11-01',
          einddatum: '2028-07-31',
          afgegeven_op: '2026-10-12',
          ingetrokken_op: null,
          herindicatie_aanvraag_id: 2,
          eindbrief_op: null,
          created_at: '2026-10-12T14:00:00.000Z',
        },
      ],
    },
    // Issue 13 (migration 0013): the recovery codes of the voorzitter's second factor (hashes).
    {
      table: 'herstelcodes',
      rows: [1, 2].map((id) => ({
        id,
        user_id: 2,
        hash: String(id).repeat(64),
        gebruikt_op: id === 1 ? '2026-09-10T08:00:00.000Z' : null,
        created_at: '2026-09-02T08:00:00.000Z',
      })),
    },
  ];
}

/** Audit rows written through the real audit writer (the hash chain), no personal data. */
const AUDIT_ENTRIES = [
  { action: 'aanvraag.register', objectType: 'aanvraag', objectId: 1, actorUserId: 1 },
  { action: 'dossier.open', objectType: 'aanvraag', objectId: 1, actorUserId: 3 },
  { action: 'besluit.stel_vast', objectType: 'aanvraag', objectId: 1, actorUserId: 5 },
  { action: 'aanvraag.register', objectType: 'aanvraag', objectId: 2, actorUserId: 1 },
] as const;

/**
 * Inserts the seed into a database at any released schema: each table that exists, with the
 * columns that exist (a seed column the schema does not have is left out; a column of the schema
 * the seed does not name gets its default). The audit rows go through `appendAudit`. Returns what
 * is in the database afterwards, per seeded table, as inserted.
 */
export function insertSeed(sqlite: Database.Database, input: SeedInput): SeededTable[] {
  const out: SeededTable[] = [];
  sqlite.transaction(() => {
    for (const { table, rows } of seedRows(input)) {
      const columns = columnsOf(sqlite, table);
      if (columns.length === 0) continue; // not in this schema yet
      const present = new Set(columns);
      const inserted: Row[] = [];
      for (const row of rows) {
        const keep = Object.keys(row).filter((c) => present.has(c));
        sqlite
          .prepare(
            `INSERT INTO ${quote(table)} (${keep.map(quote).join(', ')}) VALUES (${keep.map(() => '?').join(', ')})`,
          )
          .run(...keep.map((c) => row[c]));
        inserted.push(Object.fromEntries(keep.map((c) => [c, row[c]])));
      }
      out.push({ table, rows: inserted });
    }
    const db = drizzle(sqlite, { schema }) as Db;
    AUDIT_ENTRIES.forEach((e, i) =>
      appendAudit(db, `2026-10-1${i}T09:00:00.000Z`, { ...e, details: `stap ${i + 1}` }),
    );
    out.push({
      table: 'audit_log',
      rows: sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[],
    });
  })();
  return out;
}

/** The tables the seed has rows for (audit_log included). */
export function seededTableNames(): Set<string> {
  const blob = { sha256: '0'.repeat(64), size: 1 };
  const names = seedRows({
    blobs: { opp: blob, lvs: blob, brief: blob, notulen: blob, verklaring: blob, avgBrief: blob },
    passwordHash: 'x',
  }).map((t) => t.table);
  return new Set([...names, 'audit_log']);
}

/**
 * Each seeded row that is not in the database now with the same values, named for a message; and
 * each table with another number of rows (more are allowed with `newRows`, after the app wrote).
 */
export function missingSeedRows(
  sqlite: Database.Database,
  seeded: SeededTable[],
  options: { newRows?: boolean } = {},
): string[] {
  const missing: string[] = [];
  for (const { table, rows } of seeded) {
    const present = new Set(columnsOf(sqlite, table));
    if (present.size === 0) {
      missing.push(`${table}: the table is gone`);
      continue;
    }
    const count = sqlite
      .prepare(`SELECT count(*) FROM ${quote(table)}`)
      .pluck()
      .get() as number;
    if (options.newRows === true ? count < rows.length : count !== rows.length)
      missing.push(`${table}: ${count} rows, seeded ${rows.length}`);
    for (const row of rows) {
      const cols = Object.keys(row).filter((c) => present.has(c));
      const found = sqlite
        .prepare(
          `SELECT count(*) FROM ${quote(table)} WHERE ${cols.map((c) => `${quote(c)} IS ?`).join(' AND ')}`,
        )
        .pluck()
        .get(...cols.map((c) => row[c])) as number;
      if (found !== 1) missing.push(`${table}: ${JSON.stringify(row).slice(0, 160)}`);
    }
  }
  return missing;
}
