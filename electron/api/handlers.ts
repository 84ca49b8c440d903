import type { z } from 'zod';
import type { AuthedContext, PublicContext } from '../core/context';
import type { Contract, ProcedureName } from '../contract';
import { UserFacingError } from '../core/errors';
import { changeOwnPassword, type LoginGuard } from '../services/accounts';
import {
  activateUser,
  deactivateUser,
  listUsers,
  resetPassword,
  unlockUser,
  updateUser,
} from '../services/gebruikers';
import { assign, candidates } from '../services/toewijzing';
import {
  corrigeerAdvies,
  listAdviezen,
  mijnAdvies,
  saveDraft,
  submitAdvies,
} from '../services/advies';
import { registreerAfwezigheid, wijzigToewijzing } from '../services/pool';
import {
  listVergaderingen,
  planVergaderingen,
  setAanwezigen,
  vergaderingView,
} from '../services/vergadering/agenda';
import { setUitkomst } from '../services/vergadering/uitkomst';
import { notulen, sluitVergadering } from '../services/vergadering/notulen';
import { mijnVergaderingen, volgVergadering } from '../services/vergadering/volgen';
import { adopt, returnWithQuestions, verzend } from '../services/besluit';
import {
  besluitBuitenBehandeling,
  stelBuitenBehandelingVoor,
  wijsBuitenBehandelingAf,
} from '../services/buiten-behandeling';
import { addBetrokkene, listBetrokkenen, removeBetrokkene } from '../services/betrokkenen';
import { afdrukkenBrief, getBrief, listBrieven } from '../services/brieven';
import {
  getBriefTekst,
  listBriefTeksten,
  saveBriefTekst,
  voorbeeldBriefTekst,
} from '../services/brief-teksten';
import { getSwv, verwijderLogo, voorbeeldbrief, zetLogo, zetSwv } from '../services/swv';
import { inrichtingStatus } from '../services/inrichting';
import {
  createDeskundige,
  createFirstBeheerder,
  createUser,
  endDeskundige,
  listPool,
  updateDeskundige,
  userCount,
} from '../services/beheer';
import { loadDemo } from '../demo/load';
import { documentContent, getAanvraag } from '../services/dossier';
import { getEindadvies, submitEindadvies } from '../services/eindadvies';
import { addDocument, registerAanvraag } from '../services/intake';
import { mijnWerk } from '../services/werk';
import { zoekAanvragen } from '../services/alle-aanvragen';
import { workflowStep } from '../services/workflow';
import { requireAccess } from '../services/access';
import {
  aanvullingOntvangen,
  beeindigOpschorting,
  registreerIngebrekestelling,
  registreerOpschorting,
  registreerVerdaging,
  vraagAanvulling,
} from '../services/aanvulling';
import { bezwaarStapZetten, getBezwaar, registreerBezwaar } from '../services/bezwaar';
import { evaluateChecklist, tick } from '../services/checklist';
import { termijnenDashboard } from '../services/dashboard';
import {
  readDocumentSettings,
  readTermijnSettings,
  writeDocumentSettings,
  writeTermijnSettings,
} from '../services/settings';
import { termijnenView } from '../services/termijnen';
import { zoekInDossier } from '../services/zoeken';
import {
  bewaarPositie,
  indexStatus,
  openDocument,
  corrigeerDocument,
  positie,
  replaceDocument,
} from '../services/documenten';
import { deleteNotitie, listNotities, saveNotitie } from '../services/notities';
import { intrekken, listWijzigingen, updateAanvraag } from '../services/wijzigingen';
import {
  addBestuur,
  addSchool,
  endBestuur,
  endSchool,
  listScholen,
  updateBestuur,
  updateSchool,
} from '../services/scholen';
import { importeer, importVoorbeeld } from '../services/scholen-import';
import type { IntegrityMonitor } from '../services/integriteit';
import { herstelDocument, schadeDocumenten } from '../services/backup/document-herstel';
import {
  afdrukken as avgAfdrukken,
  afhandel as avgAfhandel,
  corrigeer as avgCorrigeer,
  getAvgBrief,
  getVerzoek,
  koppel as avgKoppel,
  listVerzoeken,
  maakOntvangstbevestiging,
  registreerVerzoek,
  verleng as avgVerleng,
} from '../services/avg-verzoeken';
import { inzageExport } from '../services/avg-inzage';
import {
  backupStatus,
  backupWaarschuwingVoor,
  maakHerstelsleutel,
  maakNu,
  zetGeneraties,
  zetMap,
  type BackupDeps,
} from '../services/backup/screen';
import {
  blokkeerVoorBeroep,
  hefBeroepOp,
  keurVernietigingGoed,
  stelVernietigingVoor,
  verklaringVanVernietiging,
  vernietigingslijst,
  vernietigingsvoorstellenLijst,
  wijsVernietigingAf,
  writeBewaarInstellingen,
} from '../services/vernietiging';
import { controleerKeten, logboekExport, logboekFilters, logboekLijst } from '../services/logboek';
import {
  herindicatieKandidatenVan,
  herindicatieRadar,
  koppelHerindicatie,
  maakEindbrief,
  maakEindbrieven,
  ontkoppelHerindicatie,
  readHerindicatieInstelling,
  registerLijst,
  writeHerindicatieInstelling,
} from '../services/tlv-register';
import { exportVoortgang, maakExport } from '../services/export/maak';
import { aanvragenAchterFiguur, kengetallen } from '../services/rapportage';
import { maakJaarverslag } from '../services/jaarverslag';
import { beeindigSessie, login, meVan, sessiesLijst } from '../services/sessies';
import {
  beginInschrijving,
  bevestigInschrijving,
  tweedeFactorStatus,
  voltooiLogin,
  wisTweedeFactor,
  type Inschrijvingen,
} from '../services/tweede-factor';
import { readBeveiligingSettings, writeBeveiligingSettings } from '../services/settings';

type In<N extends ProcedureName> = z.output<Contract[N]['input']>;
type Out<N extends ProcedureName> = z.input<Contract[N]['output']>;
type Ctx<N extends ProcedureName> = Contract[N]['access'] extends 'public'
  ? PublicContext
  : AuthedContext;

export interface HandlerDeps {
  readonly loginGuard: LoginGuard;
  /** The checks at start and in the background (issue 11): `beheer.integriteit` reads them. */
  readonly integrity: IntegrityMonitor;
  readonly backup: BackupDeps;
  /** Issue 13: second factors being enrolled, not yet confirmed. */
  readonly inschrijvingen: Inschrijvingen;
}

/** The recovery procedures answer in the recovery backend (api/recovery.ts); here TLA runs. */
const notInRecovery = (): never => {
  throw new UserFacingError(
    'forbidden',
    'TLA draait gewoon. Een back-up terugzetten doet de functioneel beheerder via Beheer › Back-ups.',
  );
};

export type Handlers = {
  [N in ProcedureName]: (ctx: Ctx<N>, input: In<N>, deps: HandlerDeps) => Out<N> | Promise<Out<N>>;
};

/** A handler that takes one workflow step as the caller (services/workflow.ts `workflowStep`). */
const step =
  (event: 'start_controle' | 'markeer_compleet' | 'presenteer' | 'agendeer') =>
  (ctx: AuthedContext, input: { aanvraagId: number }) =>
    workflowStep(ctx, input.aanvraagId, event);

/** Every procedure of the contract, bound to its service. The contract decides who may call it. */
export const handlers: Handlers = {
  'setup.status': (ctx) => ({ needsSetup: userCount(ctx) === 0 }),
  'setup.createBeheerder': (ctx, input) => createFirstBeheerder(ctx, input),
  'setup.loadDemo': (ctx) => loadDemo(ctx),
  'auth.login': (ctx, input, deps) => login(ctx, deps.loginGuard, input),
  'auth.logout': (ctx) => {
    ctx.sessions.logout(ctx.sessionToken);
    return { ok: true };
  },
  'auth.me': (ctx) => meVan(ctx, ctx.user, ctx.sessionStap),
  'users.list': (ctx, _input, deps) => listUsers(ctx, deps.loginGuard),
  'users.create': (ctx, input) => createUser(ctx, input),
  'pool.list': (ctx) => listPool(ctx),
  'pool.create': (ctx, input) => createDeskundige(ctx, input),
  'scholen.list': (ctx) => listScholen(ctx),
  'werk.mijn': (ctx, input) => mijnWerk(ctx, input),
  'aanvraag.register': (ctx, input) => registerAanvraag(ctx, input),
  'aanvraag.get': (ctx, input) => getAanvraag(ctx, input.aanvraagId),
  'aanvraag.addDocument': (ctx, { aanvraagId, ...upload }) => addDocument(ctx, aanvraagId, upload),
  'aanvraag.startControle': step('start_controle'),
  'aanvraag.markComplete': step('markeer_compleet'),
  'aanvraag.presenteer': step('presenteer'),
  'aanvraag.agendeer': step('agendeer'),
  'aanvraag.verzend': (ctx, input) => verzend(ctx, input.aanvraagId, input.verzondenOp),
  'document.content': (ctx, input) => documentContent(ctx, input.documentId),
  'toewijzing.candidates': (ctx, input) => candidates(ctx, input.aanvraagId, input.eersteId),
  'toewijzing.assign': (ctx, input) =>
    assign(ctx, input.aanvraagId, input.eersteId, input.tweedeId),
  'advies.mine': (ctx, input) => mijnAdvies(ctx, input.aanvraagId),
  'advies.saveDraft': (ctx, input) => saveDraft(ctx, input),
  'advies.submit': (ctx, input) => submitAdvies(ctx, input),
  'advies.list': (ctx, input) => listAdviezen(ctx, input.aanvraagId),
  'eindadvies.get': (ctx, input) => getEindadvies(ctx, input.aanvraagId),
  'eindadvies.submit': (ctx, input) => submitEindadvies(ctx, input),
  'besluit.adopt': (ctx, input) => adopt(ctx, input.aanvraagId),
  'besluit.return': (ctx, input) => returnWithQuestions(ctx, input.aanvraagId, input.vragen),
  'brieven.list': (ctx, input) => listBrieven(ctx, input.aanvraagId),
  'brieven.get': (ctx, input) => getBrief(ctx, input.briefId),
  'aanvraag.update': (ctx, input) => updateAanvraag(ctx, input),
  'aanvraag.wijzigingen': (ctx, input) => (
    requireAccess(ctx, input.aanvraagId),
    listWijzigingen(ctx, input.aanvraagId)
  ),
  'aanvraag.intrekken': (ctx, input) => intrekken(ctx, input),
  'aanvraag.buitenBehandelingVoorstellen': (ctx, input) =>
    stelBuitenBehandelingVoor(ctx, input.aanvraagId),
  'checklist.get': (ctx, input) => (
    requireAccess(ctx, input.aanvraagId),
    evaluateChecklist(ctx, input.aanvraagId)
  ),
  'checklist.tick': (ctx, input) => tick(ctx, input),
  'aanvulling.vraag': (ctx, input) => vraagAanvulling(ctx, input),
  'aanvulling.ontvangen': (ctx, input) => aanvullingOntvangen(ctx, input),
  'opschorting.registreer': (ctx, input) => registreerOpschorting(ctx, input),
  'opschorting.beeindig': (ctx, input) => beeindigOpschorting(ctx, input),
  'verdaging.registreer': (ctx, input) => registreerVerdaging(ctx, input),
  'ingebrekestelling.registreer': (ctx, input) => registreerIngebrekestelling(ctx, input),
  'termijnen.get': (ctx, input) => (
    requireAccess(ctx, input.aanvraagId),
    termijnenView(ctx, input.aanvraagId)
  ),
  'termijnen.dashboard': (ctx, input) => termijnenDashboard(ctx, input.periode),
  'bezwaar.registreer': (ctx, input) => registreerBezwaar(ctx, input),
  'bezwaar.get': (ctx, input) => (
    requireAccess(ctx, input.aanvraagId),
    getBezwaar(ctx, input.aanvraagId)
  ),
  'bezwaar.stap': (ctx, input) => bezwaarStapZetten(ctx, input.aanvraagId, input.stap),
  'instellingen.termijnen': (ctx) => readTermijnSettings(ctx.db),
  'instellingen.termijnenZetten': (ctx, input) =>
    ctx.tx(() => {
      writeTermijnSettings(ctx.db, input);
      ctx.audit({ action: 'instellingen.termijnen', objectType: 'settings', objectId: null });
      return { ok: true as const };
    }),
  'pool.afwezigheid': (ctx, input) => registreerAfwezigheid(ctx, input),
  'toewijzing.wijzig': (ctx, input) => wijzigToewijzing(ctx, input),
  'advies.corrigeer': (ctx, input) => corrigeerAdvies(ctx, input),
  'vergadering.list': (ctx) => listVergaderingen(ctx),
  'vergadering.plan': (ctx, input) => planVergaderingen(ctx, input.datums),
  'vergadering.get': (ctx, input) => vergaderingView(ctx, input.vergaderingId),
  'vergadering.aanwezigen': (ctx, input) =>
    setAanwezigen(ctx, input.vergaderingId, input.userIds, input.versie),
  'vergadering.uitkomst': (ctx, input) =>
    setUitkomst(ctx, input.vergaderingId, input.aanvraagId, input.uitkomst),
  'vergadering.sluit': (ctx, input) => sluitVergadering(ctx, input.vergaderingId, input.versie),
  'vergadering.notulen': (ctx, input) => notulen(ctx, input.vergaderingId),
  'vergadering.volg': (ctx, input) => volgVergadering(ctx, input.vergaderingId),
  'vergadering.mijn': (ctx) => mijnVergaderingen(ctx),
  'dossier.zoek': (ctx, input) => zoekInDossier(ctx, input.aanvraagId, input.query),
  'instellingen.documenten': (ctx) => readDocumentSettings(ctx.db),
  'instellingen.documentenZetten': (ctx, input) =>
    ctx.tx(() => {
      writeDocumentSettings(ctx.db, input);
      ctx.audit({ action: 'instellingen.documenten', objectType: 'settings', objectId: null });
      return { ok: true as const };
    }),
  'document.replace': (ctx, input) => replaceDocument(ctx, input),
  'document.indexStatus': (ctx, input) => indexStatus(ctx, input.aanvraagId),
  'document.open': (ctx, input) => openDocument(ctx, input.documentId),
  'document.positie': (ctx, input) => positie(ctx, input.documentId),
  'document.bewaarPositie': (ctx, input) => bewaarPositie(ctx, input.documentId, input.page),
  'notitie.list': (ctx, input) => listNotities(ctx, input.aanvraagId),
  'notitie.save': (ctx, input) => saveNotitie(ctx, input),
  'notitie.delete': (ctx, input) => deleteNotitie(ctx, input.id),
  // Issue 10 · the SWV and its letter texts
  'briefteksten.list': (ctx) => listBriefTeksten(ctx),
  'briefteksten.get': (ctx, input) => getBriefTekst(ctx, input.soort, input.versie),
  'briefteksten.opslaan': (ctx, input) => saveBriefTekst(ctx, input),
  'briefteksten.voorbeeld': (ctx, input) => voorbeeldBriefTekst(ctx, input),
  'brieven.afdrukken': (ctx, input) => afdrukkenBrief(ctx, input.briefId),
  'swv.get': (ctx) => getSwv(ctx),
  'swv.zetten': (ctx, input) => zetSwv(ctx, input),
  'swv.logoZetten': (ctx, input) => zetLogo(ctx, input.pngBase64),
  'swv.logoVerwijderen': (ctx) => verwijderLogo(ctx),
  'swv.voorbeeldbrief': (ctx) => voorbeeldbrief(ctx),
  'inrichting.status': (ctx) => inrichtingStatus(ctx),
  // Issue 10 · school boards and schools
  'bestuur.toevoegen': (ctx, input) => addBestuur(ctx, input),
  'bestuur.wijzig': (ctx, input) => updateBestuur(ctx, input),
  'bestuur.beeindig': (ctx, input) => endBestuur(ctx, input),
  'school.toevoegen': (ctx, input) => addSchool(ctx, input),
  'school.wijzig': (ctx, input) => updateSchool(ctx, input),
  'school.beeindig': (ctx, input) => endSchool(ctx, input),
  'scholen.importVoorbeeld': (ctx, input) => importVoorbeeld(ctx, input),
  'scholen.importeer': (ctx, input) => importeer(ctx, input),
  // Issue 10 · people and the pool
  'auth.wachtwoordWijzigen': (ctx, input, deps) => changeOwnPassword(ctx, deps.loginGuard, input),
  'users.update': (ctx, input) => updateUser(ctx, input),
  'users.deactiveer': (ctx, input) => deactivateUser(ctx, input.userId),
  'users.activeer': (ctx, input) => activateUser(ctx, input.userId),
  'users.resetWachtwoord': (ctx, input, deps) => resetPassword(ctx, deps.loginGuard, input),
  'users.ontgrendel': (ctx, input, deps) => unlockUser(ctx, deps.loginGuard, input.userId),
  'pool.update': (ctx, input) => updateDeskundige(ctx, input),
  'pool.beeindig': (ctx, input) => endDeskundige(ctx, input.deskundigeId),
  // Issue 10 · Alle aanvragen and archiving
  'aanvragen.zoek': (ctx, input) => zoekAanvragen(ctx, input),
  'aanvraag.archiveer': (ctx, input) => workflowStep(ctx, input.aanvraagId, 'archiveer'),
  // Issue 10 · the flow and the TLA-vergadering
  'besluit.buitenBehandeling': (ctx, input) => besluitBuitenBehandeling(ctx, input.aanvraagId),
  'besluit.buitenBehandelingAfwijzen': (ctx, input) =>
    wijsBuitenBehandelingAf(ctx, input.aanvraagId, input.reden),
  'betrokkenen.list': (ctx, input) => listBetrokkenen(ctx, input.aanvraagId),
  'betrokkenen.add': (ctx, input) => addBetrokkene(ctx, input),
  'betrokkenen.remove': (ctx, input) => removeBetrokkene(ctx, input),
  // Issue 10 · forms
  'document.corrigeer': (ctx, input) => corrigeerDocument(ctx, input),
  // Issue 11 · corruption is never silent
  'beheer.integriteit': (ctx, _input, deps) => {
    const status = deps.integrity.status();
    return { ...status, documenten: schadeDocumenten(ctx.db, status, deps.backup.configFile) };
  },
  // Issue 11 · the rights of ouders (AVG art. 12, 15–17)
  'avg.list': (ctx, input) => listVerzoeken(ctx, input),
  'avg.get': (ctx, input) => getVerzoek(ctx, input.verzoekId),
  'avg.registreer': (ctx, input) => registreerVerzoek(ctx, input),
  'avg.koppel': (ctx, input) => avgKoppel(ctx, input),
  'avg.ontvangstbevestiging': (ctx, input) => maakOntvangstbevestiging(ctx, input.verzoekId),
  'avg.verleng': (ctx, input) => avgVerleng(ctx, input),
  'avg.corrigeer': (ctx, input) => avgCorrigeer(ctx, input),
  'avg.afhandel': (ctx, input) => avgAfhandel(ctx, input),
  'avg.brief': (ctx, input) => getAvgBrief(ctx, input.briefId),
  'avg.inzage': (ctx, input) => inzageExport(ctx, input.verzoekId),
  'avg.afdrukken': (ctx, input) => avgAfdrukken(ctx, input),
  // Issue 11 · backups and restore, the recovery mode
  'backup.status': (ctx, _input, deps) => backupStatus(deps.backup, ctx.nowIso),
  'backup.mapZetten': (ctx, input, deps) => {
    zetMap(deps.backup, input.map);
    ctx.tx(() => ctx.audit({ action: 'backup.map', objectType: 'backup', objectId: null }));
    return { ok: true };
  },
  'backup.generatiesZetten': (ctx, input, deps) => {
    zetGeneraties(deps.backup, input.aantal);
    ctx.tx(() =>
      ctx.audit({
        action: 'backup.generaties',
        objectType: 'backup',
        objectId: null,
        details: String(input.aantal),
      }),
    );
    return { ok: true };
  },
  'backup.herstelsleutelMaken': (ctx, _input, deps) => {
    const r = maakHerstelsleutel(deps.backup, ctx.nowIso);
    ctx.tx(() =>
      ctx.audit({ action: 'backup.herstelsleutel', objectType: 'backup', objectId: null }),
    );
    return r;
  },
  'backup.maken': (_ctx, _input, deps) => maakNu(deps.backup),
  'backup.terugzetten': async (ctx, input, deps) => {
    if (!deps.backup.terugzetten)
      throw new UserFacingError('domain', 'Terugzetten kan in deze omgeving niet.');
    await deps.backup.terugzetten({
      map: undefined,
      generatie: input.generatie,
      herstelsleutel: input.herstelsleutel,
      user: { id: ctx.user.id, username: ctx.user.username },
    });
    return { ok: true };
  },
  'backup.waarschuwing': (ctx, _input, deps) =>
    backupWaarschuwingVoor(
      deps.backup,
      ctx.user.roles.includes('beheerder') ? 'beheerder' : 'secretaris',
      ctx.nowIso,
    ),
  'herstel.status': () => ({
    herstelModus: false,
    problemen: [],
    map: null,
    documentenTerugzetten: false,
  }),
  'herstel.generaties': notInRecovery,
  'herstel.terugzetten': notInRecovery,
  // Issue 11 · retention and deletion, the Logboek
  'bewaren.lijst': (ctx) => vernietigingslijst(ctx),
  'bewaren.instellingen': (ctx, input) => writeBewaarInstellingen(ctx, input),
  'bewaren.beroep': (ctx, input) => blokkeerVoorBeroep(ctx, input.aanvraagId),
  'bewaren.beroepOpheffen': (ctx, input) => hefBeroepOp(ctx, input.aanvraagId),
  'vernietiging.stelVoor': (ctx, input) =>
    stelVernietigingVoor(ctx, input.aanvraagIds, input.verzoekIds),
  'vernietiging.voorstellen': (ctx) => vernietigingsvoorstellenLijst(ctx),
  'vernietiging.keurGoed': (ctx, input) => keurVernietigingGoed(ctx, input.voorstelId),
  'vernietiging.wijsAf': (ctx, input) => wijsVernietigingAf(ctx, input.voorstelId),
  'vernietiging.verklaring': (ctx, input) => verklaringVanVernietiging(ctx, input.voorstelId),
  'logboek.lijst': (ctx, input) => logboekLijst(ctx, input),
  'logboek.filters': (ctx) => logboekFilters(ctx),
  'logboek.export': (ctx, input) => logboekExport(ctx, input),
  'logboek.controleer': (ctx) => controleerKeten(ctx),
  // Issue 11 · corruption is never silent: one document restored from the backup
  'beheer.documentHerstellen': (ctx, input, deps) =>
    herstelDocument(
      ctx,
      {
        configFile: deps.backup.configFile,
        masterKey: deps.backup.masterKey,
        integrity: deps.integrity,
      },
      input.documentId,
    ),
  'herstel.documentenTerugzetten': notInRecovery,
  // Issue 12 · the TLV register and the herindicatie radar
  'instellingen.herindicatie': (ctx) => readHerindicatieInstelling(ctx.db),
  'instellingen.herindicatieZetten': (ctx, input) => writeHerindicatieInstelling(ctx, input),
  'tlvRegister.lijst': (ctx, input) => registerLijst(ctx, input),
  'tlvRegister.radar': (ctx) => herindicatieRadar(ctx),
  'tlvRegister.kandidaten': (ctx, input) => herindicatieKandidatenVan(ctx, input.tlvId),
  'tlvRegister.koppelHerindicatie': (ctx, input) =>
    koppelHerindicatie(ctx, input.tlvId, input.aanvraagId),
  'tlvRegister.ontkoppelHerindicatie': (ctx, input) => ontkoppelHerindicatie(ctx, input.tlvId),
  'tlvRegister.eindbrief': (ctx, input) => maakEindbrief(ctx, input.tlvId),
  'tlvRegister.eindbrieven': (ctx, input) => maakEindbrieven(ctx, input.tlvIds),
  // Issue 12 · exports
  'export.maak': (ctx, input) => maakExport(ctx, input),
  'export.voortgang': (ctx) => exportVoortgang(ctx),
  // Issue 12 · reports and charts
  'rapportage.kengetallen': (ctx, input) => kengetallen(ctx, input),
  'rapportage.aanvragen': (ctx, input) => aanvragenAchterFiguur(ctx, input),
  // Issue 12 · the jaarverslag (PDF)
  'rapportage.jaarverslag': (ctx, input) => maakJaarverslag(ctx, input),
  // Issue 13 · accounts fit for remote access
  'auth.code': (ctx, input, deps) => {
    const r = voltooiLogin(ctx, deps.loginGuard, input.code);
    return { session: r.session, user: meVan(ctx, r.user, 'volledig') };
  },
  'auth.tweedeFactorStatus': (ctx) => tweedeFactorStatus(ctx),
  'auth.tweedeFactorStart': (ctx, _input, deps) => beginInschrijving(ctx, deps.inschrijvingen),
  'auth.tweedeFactorBevestig': (ctx, input, deps) =>
    bevestigInschrijving(ctx, deps.inschrijvingen, deps.loginGuard, input.code),
  'users.tweedeFactorWissen': (ctx, input) => wisTweedeFactor(ctx, input.userId),
  'sessies.lijst': (ctx) => sessiesLijst(ctx),
  'sessies.beeindig': (ctx, input) => beeindigSessie(ctx, input.id),
  'instellingen.beveiliging': (ctx) => readBeveiligingSettings(ctx.db),
  'instellingen.beveiligingZetten': (ctx, input) =>
    ctx.tx(() => {
      writeBeveiligingSettings(ctx.db, input);
      ctx.audit({
        action: 'instellingen.beveiliging',
        objectType: 'settings',
        objectId: null,
        details: input.tweedeFactorOpAfstand
          ? 'tweede factor op afstand verplicht'
          : 'niet verplicht',
      });
      return { ok: true as const };
    }),
};
