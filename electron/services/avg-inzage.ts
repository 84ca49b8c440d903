import { and, asc, eq, inArray, or } from 'drizzle-orm';
import {
  aanvraagWijzigingen,
  auditLog,
  avgBrieven,
  avgVerzoekAanvragen,
  avgVerzoeken,
  besluiten,
  bezwaren,
  brieven,
  documenten,
  eindadviezen,
  opschortingen,
  toewijzingen,
  deskundigen,
  userRoles,
  users,
  verdagingen,
  vergaderingUitkomsten,
  workflowEvents,
} from '../../db/schema';
import type { AuthedContext } from '../core/context';
import { notFound } from '../core/errors';
import {
  AVG_STATUS_LABELS,
  AVG_UITKOMST_LABELS,
  AVG_VERZOEK_SOORT_LABELS,
  AVG_VERZOEKER_LABELS,
  avgKenmerk,
} from '../domain/avg-verzoeken';
import { formatDutchDate, toIsoDateFromInstant } from '../domain/calendar';
import {
  AANVRAAG_SOORT_LABELS,
  CONCLUSIE_LABELS,
  DISCIPLINE_LABELS,
  DOCUMENT_KIND_LABELS,
  ROLE_LABELS,
  type Role,
} from '../domain/types';
import { STATE_LABELS } from '../domain/workflow';
import { renderInzage, type InzageAanvraag, type InzageBijlage } from '../letters/index';
import { AVG_BRIEF_LABELS, veldLabel } from './avg-verzoeken';
import { visibleAdviezen } from './advies';
import { BRIEF_LABELS, letterhead } from './brieven';
import { requireAccess } from './access';
import { loadAanvraagRow } from './dossier';
import { readBewaarInstellingen } from './vernietiging';

// Issue 11 · AVG art. 15 (§12): the inzage export. All that TLA holds on the pupil of a request,
// gathered from the aanvragen the SLL linked to it, rendered as one PDF in memory (letters/
// inzage-overzicht.ts) and returned — never stored, never written to disk unencrypted. Every export
// is audited, on the request and on each aanvraag it shows. The deskundigen's private notes
// (`notities`) are not read here: they are never part of the dossier.

const ACTIE_LABELS: Readonly<Record<string, string>> = {
  'aanvraag.view': 'dossier bekeken',
  'aanvraag.register': 'aanvraag geregistreerd',
  'aanvraag.update': 'gegevens gewijzigd',
  'advies.view': 'adviezen bekeken',
  'vergadering.punt.view': 'besproken in de TLA-vergadering (gevolgd door een lid)',
  'advies.submit': 'advies ingediend',
  'advies.draft': 'advies bewerkt',
  'advies.corrigeer': 'advies gecorrigeerd',
  'eindadvies.submit': 'eindadvies ingediend',
  'besluit.adopt': 'besluit genomen',
  'document.open': 'document geopend',
  'document.import': 'document toegevoegd',
  'document.replace': 'document vervangen',
  'document.corrigeer': 'documentgegevens gecorrigeerd',
  'brief.open': 'brief geopend',
  'brief.afdrukken': 'brief afgedrukt',
  'dossier.zoek': 'in het dossier gezocht',
  'checklist.tick': 'checklist bijgewerkt',
  'toewijzing.assign': 'deskundigen toegewezen',
  'toewijzing.wijzig': 'toewijzing gewijzigd',
  'aanvulling.vraag': 'aanvulling gevraagd',
  'aanvulling.ontvangen': 'aanvulling ontvangen',
  'opschorting.registreer': 'termijn opgeschort',
  'opschorting.beeindig': 'opschorting beëindigd',
  'verdaging.registreer': 'termijn verdaagd',
  'bezwaar.registreer': 'bezwaar geregistreerd',
  'avg.corrigeer': 'gegevens gecorrigeerd op verzoek (AVG)',
  'avg.inzage.aanvraag': 'opgenomen in een inzage-overzicht (AVG)',
};

function actieLabel(action: string): string {
  if (ACTIE_LABELS[action] !== undefined) return ACTIE_LABELS[action];
  if (action.startsWith('brief.')) return 'brief gemaakt';
  if (action.startsWith('workflow.')) return 'stap in de procedure';
  if (action.startsWith('bezwaar.')) return 'stap in het bezwaar';
  if (action.startsWith('betrokkene.')) return 'betrokkenen bijgewerkt';
  return action;
}

function tijd(instant: string): string {
  const d = toIsoDateFromInstant(instant);
  const t = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
  return `${formatDutchDate(d)} ${t}`;
}

const datum = (d: string | null): string => (d === null ? '' : formatDutchDate(d));
const ja = (b: boolean): string => (b ? 'ja' : 'nee');

/** Art. 15 lid 1 onder a–h: what the SWV tells with the data. */
function uitleg(swvNaam: string, bewaarJaren: number): [string, string][] {
  return [
    [
      'Waarvoor',
      `${swvNaam} gebruikt de gegevens om te beslissen op aanvragen voor een ` +
        'toelaatbaarheidsverklaring (artikel 18a van de Wet op het primair onderwijs, artikel 40 ' +
        'van de Wet op de expertisecentra) en om bezwaren daartegen te behandelen.',
    ],
    [
      'Welke gegevens',
      'Naam, geboortedatum, woonplaats en school van de leerling; naam en adres van de ouders; de ' +
        'documenten van de school (zoals het ontwikkelingsperspectiefplan en verslagen), met ' +
        'gegevens over de ondersteuningsbehoefte en soms de gezondheid van de leerling; de adviezen ' +
        'van de deskundigen, het besluit en de brieven. Een burgerservicenummer bewaren wij niet.',
    ],
    [
      'Van wie',
      'De gegevens komen van het schoolbestuur dat de aanvraag deed en van de ouders; de adviezen ' +
        'en het besluit zijn van het samenwerkingsverband.',
    ],
    [
      'Wie de gegevens ziet',
      'De secretaresse leerlingenzaken, de voorzitter van de commissie, de twee deskundigen die ' +
        'over de aanvraag adviseren en de directeur-bestuurder. Het besluit gaat naar het ' +
        'schoolbestuur en de school van aanmelding (artikel 18a lid 13 WPO); bij een bezwaar ' +
        'ontvangt de bezwaaradviescommissie het dossier. Per aanvraag staat hieronder wie het ' +
        'dossier heeft ingezien of gewijzigd.',
    ],
    [
      'Hoe lang',
      `Wij bewaren het dossier ten hoogste ${bewaarJaren} jaar na het besluit ` +
        '(artikel 18a lid 13 WPO), langer zolang een bezwaar of beroep loopt. Daarna vernietigen ' +
        'wij het, vastgelegd door twee medewerkers. Het register van afgegeven verklaringen ' +
        '(volgnummer, data, schoolsoort) kan langer worden bewaard.',
    ],
    [
      'Uw rechten',
      'U kunt vragen om correctie van onjuiste gegevens (artikel 16 AVG), om verwijdering ' +
        '(artikel 17 AVG), om beperking van het gebruik (artikel 18 AVG) en bezwaar maken tegen ' +
        'het gebruik (artikel 21 AVG). U kunt een klacht indienen bij de Autoriteit ' +
        'Persoonsgegevens.',
    ],
  ];
}

function rollenVan(ctx: AuthedContext, userIds: readonly number[]): Map<number, string> {
  const map = new Map<number, Role[]>();
  if (userIds.length > 0)
    for (const r of ctx.db
      .select({ userId: userRoles.userId, role: userRoles.role })
      .from(userRoles)
      .where(inArray(userRoles.userId, [...userIds]))
      .all())
      map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
  return new Map(
    [...map].map(([id, roles]) => [id, roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(', ')]),
  );
}

/** One aanvraag's chapter and its stored files (documents of every version, letters). */
function hoofdstuk(
  ctx: AuthedContext,
  aanvraagId: number,
  bijlagen: InzageBijlage[],
): InzageAanvraag {
  requireAccess(ctx, aanvraagId);
  const r = loadAanvraagRow(ctx, aanvraagId);

  const gegevens: [string, string][] = [
    ['Kenmerk', r.referentie],
    ['Soort aanvraag', AANVRAAG_SOORT_LABELS[r.soort]],
    ['Status', STATE_LABELS[r.state]],
    ['Ontvangen op', datum(r.ontvangenOp)],
    ['Naam leerling', r.leerlingNaam],
    ['Geboortedatum', datum(r.leerlingGeboortedatum)],
    ['Groep', r.groep === null ? '' : String(r.groep)],
    ['Woonplaats', r.woonplaats],
    ['Gemeente', r.gemeente ?? ''],
    ['School', `${r.schoolNaam} (BRIN ${r.brin}${r.vestiging})`],
    ['Schoolbestuur', r.bestuurNaam],
    ['Gevraagde schoolsoort', r.schoolsoort],
    ['Categorie', r.categorie ?? ''],
    ['Gewenste startdatum', datum(r.gewensteStartdatum)],
    ['Ouder(s)', r.oudersNaam],
    ['Adres ouder(s)', `${r.oudersAdres}, ${r.oudersPostcode} ${r.oudersPlaats}`],
    ['Ouders akkoord', ja(r.oudersAkkoord)],
    ['Begeleider (SC/CJK)', r.begeleiderNaam ?? ''],
    ['Notitie van de begeleider', r.begeleiderNotitie ?? ''],
  ];

  const events = ctx.db
    .select({
      at: aanvraagWijzigingen.at,
      veld: aanvraagWijzigingen.veld,
      oud: aanvraagWijzigingen.oud,
      nieuw: aanvraagWijzigingen.nieuw,
      reden: aanvraagWijzigingen.reden,
      naam: users.naam,
    })
    .from(aanvraagWijzigingen)
    .innerJoin(users, eq(users.id, aanvraagWijzigingen.actorUserId))
    .where(eq(aanvraagWijzigingen.aanvraagId, aanvraagId))
    .orderBy(asc(aanvraagWijzigingen.id))
    .all();

  const verloop = ctx.db
    .select({
      at: workflowEvents.at,
      toState: workflowEvents.toState,
      reason: workflowEvents.reason,
      naam: users.naam,
    })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorUserId))
    .where(eq(workflowEvents.aanvraagId, aanvraagId))
    .orderBy(asc(workflowEvents.id))
    .all()
    .map(
      (e) =>
        `${tijd(e.at)}: ${STATE_LABELS[e.toState]}` +
        (e.naam ? ` (door ${e.naam})` : '') +
        (e.reason ? `. Reden: ${e.reason}` : ''),
    );

  const docs = ctx.db
    .select()
    .from(documenten)
    .where(eq(documenten.aanvraagId, aanvraagId))
    .orderBy(asc(documenten.id))
    .all();
  for (const d of docs)
    bijlagen.push({
      titel: `${DOCUMENT_KIND_LABELS[d.kind]}: ${d.fileName}${d.versie > 1 ? ` (versie ${d.versie})` : ''}`,
      bytes: ctx.docs.get(d.sha256),
    });

  const brs = ctx.db
    .select()
    .from(brieven)
    .where(eq(brieven.aanvraagId, aanvraagId))
    .orderBy(asc(brieven.id))
    .all();
  for (const b of brs)
    bijlagen.push({
      titel: `${BRIEF_LABELS[b.kind] ?? b.kind}${b.version > 1 ? ` (versie ${b.version})` : ''}`,
      bytes: ctx.docs.get(b.sha256),
    });

  const { rows: adviezen } = visibleAdviezen(ctx, aanvraagId);
  const adviesRegels = adviezen.flatMap((v) => [
    `Advies van deskundige ${v.position} (${v.signedNaam ?? ''}${v.signedDiscipline ? `, ${v.signedDiscipline}` : ''}), ingediend ${v.submittedAt ? tijd(v.submittedAt) : ''}: ${v.conclusie ? CONCLUSIE_LABELS[v.conclusie] : ''}` +
      (v.schoolsoort ? `, ${v.schoolsoort}` : '') +
      (v.categorie ? ` categorie ${v.categorie}` : '') +
      (v.einddatum ? `, tot ${datum(v.einddatum)}` : '') +
      '.',
    ...(v.onderbouwing ? [`Onderbouwing: ${v.onderbouwing}`] : []),
    ...(v.doelen ? [`Doelen: ${v.doelen}`] : []),
    ...(v.contextAdvies ? [`Advies over context en terugplaatsing: ${v.contextAdvies}`] : []),
    ...(v.vragen ? [`Vragen aan de school: ${v.vragen}`] : []),
  ]);
  if (adviezen.length === 0)
    adviesRegels.push(
      'Er zijn (nog) geen adviezen van beide deskundigen. Een advies in voorbereiding hoort pas bij het dossier als beide deskundigen het hunne hebben ingediend.',
    );

  const eind = ctx.db
    .select()
    .from(eindadviezen)
    .where(and(eq(eindadviezen.aanvraagId, aanvraagId), eq(eindadviezen.status, 'ingediend')))
    .orderBy(asc(eindadviezen.version))
    .all();
  const eindRegels = eind.flatMap((e) => [
    `Eindadvies versie ${e.version} (${e.submittedAt ? tijd(e.submittedAt) : ''}): ${e.uitkomst === 'tlv_afgegeven' ? 'TLV afgeven' : 'geen TLV afgeven'}` +
      (e.schoolsoort ? `, ${e.schoolsoort}` : '') +
      (e.categorie ? ` categorie ${e.categorie}` : '') +
      (e.einddatum ? `, van ${datum(e.ingangsdatum)} tot ${datum(e.einddatum)}` : '') +
      '.',
    `Motivering: ${e.motivering}`,
    `Doelen: ${e.doelen}`,
  ]);

  const vergadering = ctx.db
    .select()
    .from(vergaderingUitkomsten)
    .where(eq(vergaderingUitkomsten.aanvraagId, aanvraagId))
    .all()
    .flatMap((v) => [
      `TLA-vergadering (${tijd(v.at)}): ${v.soort === 'advies' ? `advies ${v.conclusie ? CONCLUSIE_LABELS[v.conclusie] : ''}` : 'aangehouden'}.`,
      ...(v.motivering ? [`Motivering: ${v.motivering}`] : []),
      ...(v.vragen ? [`Vragen: ${v.vragen}`] : []),
    ]);

  const besluit = ctx.db.select().from(besluiten).where(eq(besluiten.aanvraagId, aanvraagId)).get();
  const besluitRijen: [string, string][] = besluit
    ? [
        [
          'Besluit',
          besluit.uitkomst === 'tlv_afgegeven'
            ? 'TLV afgegeven'
            : besluit.uitkomst === 'tlv_niet_afgegeven'
              ? 'TLV niet afgegeven'
              : 'Buiten behandeling',
        ],
        ['Besluitdatum', datum(besluit.besluitdatum)],
        ['Volgnummer', besluit.volgnummer ?? ''],
        ['Schoolsoort', besluit.schoolsoort ?? ''],
        ['Categorie', besluit.categorie ?? ''],
        [
          'Periode',
          besluit.begindatum
            ? `${datum(besluit.begindatum)} tot en met ${datum(besluit.einddatum)}`
            : '',
        ],
        ['Verzonden op', datum(besluit.verzondenOp)],
      ]
    : [];

  const termijnRegels = [
    ...ctx.db
      .select()
      .from(opschortingen)
      .where(eq(opschortingen.aanvraagId, aanvraagId))
      .all()
      .map(
        (o) =>
          `Opschorting vanaf ${datum(o.start)}${o.resumedOn ? ` tot ${datum(o.resumedOn)}` : ''}: ${o.toelichting}`,
      ),
    ...ctx.db
      .select()
      .from(verdagingen)
      .where(eq(verdagingen.aanvraagId, aanvraagId))
      .all()
      .map((v) => `Verdaging op ${datum(v.notifiedOn)} tot ${datum(v.newEnd)}: ${v.reden}`),
  ];

  const bezwaarRegels = ctx.db
    .select()
    .from(bezwaren)
    .where(eq(bezwaren.aanvraagId, aanvraagId))
    .all()
    .flatMap((b) => [
      `Bezwaar ontvangen op ${datum(b.ontvangenOp)} (door ${[b.doorOuders ? 'ouders' : '', b.doorSchool ? 'school' : ''].filter(Boolean).join(' en ')})` +
        (b.uitkomst ? `: ${b.uitkomst} op ${datum(b.beslistOp)}` : '') +
        '.',
      ...(b.adviesSamenvatting ? [`Advies van de commissie: ${b.adviesSamenvatting}`] : []),
    ]);

  const deskundigenRegels = ctx.db
    .select({
      naam: users.naam,
      discipline: toewijzingen.discipline,
      position: toewijzingen.position,
      active: toewijzingen.active,
    })
    .from(toewijzingen)
    .innerJoin(deskundigen, eq(deskundigen.id, toewijzingen.deskundigeId))
    .innerJoin(users, eq(users.id, deskundigen.userId))
    .where(eq(toewijzingen.aanvraagId, aanvraagId))
    .orderBy(asc(toewijzingen.id))
    .all()
    .map(
      (t) =>
        `${t.position === 1 ? 'Eerste' : 'Tweede'} deskundige: ${t.naam} (${DISCIPLINE_LABELS[t.discipline]})${t.active ? '' : ', niet meer toegewezen'}`,
    );

  // Art. 15 lid 1 onder c: who saw or changed the dossier (the audit log of the aanvraag, its
  // documents and its letters).
  const docIds = docs.map((d) => d.id);
  const briefIds = brs.map((b) => b.id);
  const audit = ctx.db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      naam: users.naam,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      or(
        and(eq(auditLog.objectType, 'aanvraag'), eq(auditLog.objectId, aanvraagId)),
        docIds.length > 0
          ? and(eq(auditLog.objectType, 'document'), inArray(auditLog.objectId, docIds))
          : undefined,
        briefIds.length > 0
          ? and(eq(auditLog.objectType, 'brief'), inArray(auditLog.objectId, briefIds))
          : undefined,
      ),
    )
    .orderBy(asc(auditLog.id))
    .all();
  const rollen = rollenVan(ctx, [
    ...new Set(audit.flatMap((e) => (e.actorUserId === null ? [] : [e.actorUserId]))),
  ]);
  const ontvangers = audit.map((e) => [
    tijd(e.at),
    e.naam ?? 'TLA',
    e.actorUserId === null ? '' : (rollen.get(e.actorUserId) ?? ''),
    actieLabel(e.action),
  ]);

  return {
    titel: `Aanvraag ${r.referentie}`,
    secties: [
      { titel: 'Gegevens', soort: 'velden', rijen: gegevens },
      { titel: 'Verloop', soort: 'regels', regels: verloop },
      {
        titel: 'Wijzigingen van de gegevens',
        soort: 'regels',
        regels: events.map(
          (w) =>
            `${tijd(w.at)}: ${veldLabel(w.veld)} van '${w.oud ?? ''}' naar '${w.nieuw ?? ''}' door ${w.naam}. Reden: ${w.reden}`,
        ),
      },
      {
        titel: 'Documenten (als bijlage achter dit overzicht)',
        soort: 'tabel',
        kop: ['Document', 'Soort', 'Datum', 'Versie', "Pagina's"],
        breedtes: [170, 120, 80, 40, 41],
        rijen: docs.map((d) => [
          d.fileName,
          DOCUMENT_KIND_LABELS[d.kind],
          datum(d.documentDate),
          String(d.versie),
          String(d.pageCount),
        ]),
      },
      { titel: 'Deskundigen', soort: 'regels', regels: deskundigenRegels },
      { titel: 'Adviezen', soort: 'regels', regels: adviesRegels },
      { titel: 'TLA-vergadering', soort: 'regels', regels: vergadering },
      { titel: 'Eindadvies', soort: 'regels', regels: eindRegels },
      { titel: 'Besluit', soort: 'velden', rijen: besluitRijen },
      { titel: 'Termijnen: opschorting en verdaging', soort: 'regels', regels: termijnRegels },
      { titel: 'Bezwaar', soort: 'regels', regels: bezwaarRegels },
      {
        titel: 'Brieven (als bijlage achter dit overzicht)',
        soort: 'tabel',
        kop: ['Brief', 'Versie', 'Gemaakt'],
        breedtes: [270, 50, 131],
        rijen: brs.map((b) => [
          BRIEF_LABELS[b.kind] ?? b.kind,
          String(b.version),
          tijd(b.createdAt),
        ]),
      },
      {
        titel: 'Wie het dossier heeft ingezien of gewijzigd',
        soort: 'tabel',
        kop: ['Wanneer', 'Wie', 'Rol', 'Wat'],
        breedtes: [110, 110, 100, 131],
        rijen: ontvangers,
      },
    ],
  };
}

/** The chapter on the requests under the AVG about this pupil (this one and earlier ones). */
function verzoekenHoofdstuk(
  ctx: AuthedContext,
  verzoekIds: readonly number[],
  bijlagen: InzageBijlage[],
): InzageAanvraag {
  const rows = ctx.db
    .select()
    .from(avgVerzoeken)
    .where(inArray(avgVerzoeken.id, [...verzoekIds]))
    .orderBy(asc(avgVerzoeken.id))
    .all();
  const letters = ctx.db
    .select()
    .from(avgBrieven)
    .where(inArray(avgBrieven.verzoekId, [...verzoekIds]))
    .orderBy(asc(avgBrieven.id))
    .all();
  for (const b of letters) {
    const v = rows.find((r) => r.id === b.verzoekId);
    bijlagen.push({
      titel: `${AVG_BRIEF_LABELS[b.kind]} ${v ? avgKenmerk(v.id, v.ontvangenOp) : ''}`.trim(),
      bytes: ctx.docs.get(b.sha256),
    });
  }
  return {
    titel: 'Verzoeken op grond van de AVG',
    secties: [
      {
        titel: 'Verzoeken',
        soort: 'regels',
        regels: rows.map(
          (v) =>
            `${avgKenmerk(v.id, v.ontvangenOp)}: ${AVG_VERZOEK_SOORT_LABELS[v.soort]}, ontvangen ${datum(v.ontvangenOp)} van ${v.verzoekerNaam} (${AVG_VERZOEKER_LABELS[v.verzoeker].toLowerCase()}); ${AVG_STATUS_LABELS[v.status].toLowerCase()}` +
            (v.uitkomst
              ? `, ${AVG_UITKOMST_LABELS[v.uitkomst].toLowerCase()} op ${datum(v.afgehandeldOp)}`
              : '') +
            (v.omschrijving ? `. Verzoek: ${v.omschrijving}` : '') +
            (v.toelichting ? `. Toelichting: ${v.toelichting}` : ''),
        ),
      },
    ],
  };
}

export async function inzageExport(ctx: AuthedContext, verzoekId: number) {
  const v = ctx.db.select().from(avgVerzoeken).where(eq(avgVerzoeken.id, verzoekId)).get();
  if (!v) throw notFound('Dit verzoek');
  const kenmerk = avgKenmerk(v.id, v.ontvangenOp);
  const aanvraagIds = ctx.db
    .select({ id: avgVerzoekAanvragen.aanvraagId })
    .from(avgVerzoekAanvragen)
    .where(eq(avgVerzoekAanvragen.verzoekId, v.id))
    .orderBy(asc(avgVerzoekAanvragen.aanvraagId))
    .all()
    .map((a) => a.id);
  // Earlier requests about the same aanvragen belong to what the SWV holds on the pupil too.
  const verzoekIds = [
    ...new Set([
      v.id,
      ...(aanvraagIds.length > 0
        ? ctx.db
            .select({ id: avgVerzoekAanvragen.verzoekId })
            .from(avgVerzoekAanvragen)
            .where(inArray(avgVerzoekAanvragen.aanvraagId, aanvraagIds))
            .all()
            .map((r) => r.id)
        : []),
    ]),
  ];
  const bijlagen: InzageBijlage[] = [];
  const hoofdstukken = aanvraagIds.map((id) => hoofdstuk(ctx, id, bijlagen));
  hoofdstukken.push(verzoekenHoofdstuk(ctx, verzoekIds, bijlagen));
  const swv = letterhead(ctx);
  const result = await renderInzage({
    swv,
    kenmerk,
    datum: ctx.today,
    generatedAt: ctx.nowIso,
    verzoeker: { naam: v.verzoekerNaam, rol: AVG_VERZOEKER_LABELS[v.verzoeker].toLowerCase() },
    leerling: { naam: v.leerlingNaam, geboortedatum: v.leerlingGeboortedatum },
    uitleg: uitleg(swv.naam, readBewaarInstellingen(ctx).jaren),
    aantalAanvragen: aanvraagIds.length,
    aanvragen: hoofdstukken,
    bijlagen,
  });
  // Audited on the request and on every aanvraag it shows (§12: every export is logged).
  ctx.tx(() => {
    ctx.audit({
      action: 'avg.inzage',
      objectType: 'avg_verzoek',
      objectId: v.id,
      details: `aanvragen ${aanvraagIds.join(',') || '-'}; ${result.paginas} pagina's`,
    });
    for (const id of aanvraagIds)
      ctx.audit({
        action: 'avg.inzage.aanvraag',
        objectType: 'aanvraag',
        objectId: id,
        details: `verzoek ${v.id}`,
      });
  });
  return {
    fileName: `Inzage ${kenmerk}.pdf`,
    dataBase64: Buffer.from(result.bytes).toString('base64'),
    paginas: result.paginas,
  };
}
