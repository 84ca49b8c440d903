import type { z } from 'zod';
import { aanvraagProcedures } from './aanvraag';
import { alleAanvragenProcedures } from './alle-aanvragen';
import { accountsProcedures } from './accounts';
import { adviesProcedures } from './advies';
import { beheerProcedures } from './beheer';
import { besluitProcedures } from './besluit';
import { briefTekstenProcedures } from './briefteksten';
import { betrokkenenProcedures } from './betrokkenen';
import { bezwaarProcedures } from './bezwaar';
import { backupProcedures } from './backup';
import { documentenProcedures } from './documenten';
import { swvProcedures } from './swv';
import { scholenProcedures } from './scholen';
import { termijnenProcedures } from './termijnen';
import { vergaderingProcedures } from './vergadering';
import { integriteitProcedures } from './integriteit';
import { avgProcedures } from './avg';
import { bewarenProcedures } from './bewaren';
import { tlvRegisterProcedures } from './tlv-register';
import { exportProcedures } from './export';
import { rapportageProcedures } from './rapportage';
import { toegangProcedures } from './toegang';

/**
 * The contract of the procedure table: for every procedure its name, who may call it, its input and
 * its output. Pure (zod and the domain only), so the renderer derives its types from the same
 * source: a renamed field breaks the build, not the user. Handlers are bound in
 * electron/api/handlers.ts.
 *
 * The procedures are defined by area, one module each (accounts, beheer, aanvraag, advies, besluit,
 * vergadering, documenten, termijnen, bezwaar); the small shapes they share are in ./common and the
 * field schemas in ./schemas. This module assembles them into the one table.
 *
 * `access`: 'public' (no session), 'authenticated' (any signed-in user; the handler checks
 * need-to-know, e.g. only assigned deskundigen see a dossier), or the roles allowed.
 */
export type { Access } from './procedure';
export { registerInput } from './aanvraag';
export { adviesFields } from './advies';
export { eindadviesFields } from './besluit';

const procedures = {
  ...accountsProcedures,
  ...beheerProcedures,
  ...aanvraagProcedures,
  ...alleAanvragenProcedures,
  ...adviesProcedures,
  ...besluitProcedures,
  ...briefTekstenProcedures,
  ...betrokkenenProcedures,
  ...vergaderingProcedures,
  ...documentenProcedures,
  ...swvProcedures,
  ...scholenProcedures,
  ...termijnenProcedures,
  ...bezwaarProcedures,
  ...integriteitProcedures,
  ...avgProcedures,
  ...backupProcedures,
  ...bewarenProcedures,
  ...tlvRegisterProcedures,
  ...exportProcedures,
  ...rapportageProcedures,
  ...toegangProcedures,
};

type Unlisted<T, N extends readonly unknown[]> = Exclude<keyof T, N[number]>;

/**
 * `all` in the order `names` gives. The compiler refuses a list that leaves out a procedure (the
 * error names it), so every procedure of every area is in the table.
 */
function inOrder<T extends Record<string, unknown>, const N extends readonly (keyof T & string)[]>(
  all: T,
  names: N & ([Unlisted<T, N>] extends [never] ? unknown : { unlisted: Unlisted<T, N> }),
): T {
  const table: Record<string, unknown> = {};
  for (const name of names) table[name] = all[name];
  return table as T;
}

/**
 * The procedure table, in its published order: docs/api.md lists the procedures in this order and
 * the tests walk them in it. The order is historical (first the procedures of the first issues,
 * then termijnen and bezwaar, the vergadering, the reader); a new procedure goes at the end.
 */
export const contract = inOrder(procedures, [
  'setup.status',
  'setup.createBeheerder',
  'setup.loadDemo',
  'auth.login',
  'auth.logout',
  'auth.me',
  'users.list',
  'users.create',
  'pool.list',
  'pool.create',
  'scholen.list',
  'werk.mijn',
  'aanvraag.register',
  'aanvraag.get',
  'aanvraag.addDocument',
  'aanvraag.startControle',
  'aanvraag.markComplete',
  'aanvraag.presenteer',
  'aanvraag.agendeer',
  'aanvraag.verzend',
  'document.content',
  'toewijzing.candidates',
  'toewijzing.assign',
  'advies.mine',
  'advies.saveDraft',
  'advies.submit',
  'advies.list',
  'eindadvies.get',
  'eindadvies.submit',
  'besluit.adopt',
  'besluit.return',
  'brieven.list',
  'brieven.get',
  'aanvraag.update',
  'aanvraag.wijzigingen',
  'aanvraag.intrekken',
  'aanvraag.buitenBehandelingVoorstellen',
  'checklist.get',
  'checklist.tick',
  'aanvulling.vraag',
  'aanvulling.ontvangen',
  'opschorting.registreer',
  'opschorting.beeindig',
  'verdaging.registreer',
  'ingebrekestelling.registreer',
  'termijnen.get',
  'termijnen.dashboard',
  'bezwaar.registreer',
  'bezwaar.get',
  'bezwaar.stap',
  'instellingen.termijnen',
  'instellingen.termijnenZetten',
  'pool.afwezigheid',
  'toewijzing.wijzig',
  'advies.corrigeer',
  'vergadering.list',
  'vergadering.plan',
  'vergadering.get',
  'vergadering.aanwezigen',
  'vergadering.uitkomst',
  'vergadering.sluit',
  'instellingen.documenten',
  'instellingen.documentenZetten',
  'dossier.zoek',
  'vergadering.notulen',
  'document.replace',
  'document.indexStatus',
  'document.open',
  'document.positie',
  'document.bewaarPositie',
  'notitie.list',
  'notitie.save',
  'notitie.delete',
  // Issue 10 (go live): each area appends its new procedures under its own line.
  // Issue 10 · the SWV and its letter texts
  'briefteksten.list',
  'briefteksten.get',
  'briefteksten.opslaan',
  'briefteksten.voorbeeld',
  'brieven.afdrukken',
  'swv.get',
  'swv.zetten',
  'swv.logoZetten',
  'swv.logoVerwijderen',
  'swv.voorbeeldbrief',
  'inrichting.status',
  // Issue 10 · school boards and schools
  'bestuur.toevoegen',
  'bestuur.wijzig',
  'bestuur.beeindig',
  'school.toevoegen',
  'school.wijzig',
  'school.beeindig',
  'scholen.importVoorbeeld',
  'scholen.importeer',
  // Issue 10 · people and the pool
  'auth.wachtwoordWijzigen',
  'users.update',
  'users.deactiveer',
  'users.activeer',
  'users.resetWachtwoord',
  'users.ontgrendel',
  'pool.update',
  'pool.beeindig',
  // Issue 10 · Alle aanvragen and archiving
  'aanvragen.zoek',
  'aanvraag.archiveer',
  // Issue 10 · the flow and the TLA-vergadering
  'besluit.buitenBehandeling',
  'besluit.buitenBehandelingAfwijzen',
  'betrokkenen.list',
  'betrokkenen.add',
  'betrokkenen.remove',
  // Issue 10 · forms
  'document.corrigeer',
  // Issue 11 · corruption is never silent
  'beheer.integriteit',
  // Issue 11 · the rights of ouders (AVG art. 12, 15–17)
  'avg.list',
  'avg.get',
  'avg.registreer',
  'avg.koppel',
  'avg.ontvangstbevestiging',
  'avg.verleng',
  'avg.corrigeer',
  'avg.afhandel',
  'avg.brief',
  'avg.inzage',
  'avg.afdrukken',
  // Issue 11 · backups and restore, the recovery mode
  'backup.status',
  'backup.mapZetten',
  'backup.generatiesZetten',
  'backup.herstelsleutelMaken',
  'backup.maken',
  'backup.terugzetten',
  'backup.waarschuwing',
  'herstel.status',
  'herstel.generaties',
  'herstel.terugzetten',
  // Issue 11 · retention and deletion, the Logboek
  'bewaren.lijst',
  'bewaren.instellingen',
  'bewaren.beroep',
  'bewaren.beroepOpheffen',
  'vernietiging.stelVoor',
  'vernietiging.voorstellen',
  'vernietiging.keurGoed',
  'vernietiging.wijsAf',
  'vernietiging.verklaring',
  'logboek.lijst',
  'logboek.filters',
  'logboek.export',
  'logboek.controleer',
  // Issue 11 · corruption is never silent: one document restored from the backup
  'beheer.documentHerstellen',
  'herstel.documentenTerugzetten',
  // Issue 12 · the TLV register and the herindicatie radar
  'instellingen.herindicatie',
  'instellingen.herindicatieZetten',
  'tlvRegister.lijst',
  'tlvRegister.radar',
  'tlvRegister.kandidaten',
  'tlvRegister.koppelHerindicatie',
  'tlvRegister.ontkoppelHerindicatie',
  'tlvRegister.eindbrief',
  'tlvRegister.eindbrieven',
  // Issue 12 · exports
  'export.maak',
  'export.voortgang',
  // Issue 12 · reports and charts
  'rapportage.kengetallen',
  'rapportage.aanvragen',
  // Issue 12 · the jaarverslag (PDF)
  'rapportage.jaarverslag',
  // Issue 13 · accounts fit for remote access
  'auth.code',
  'auth.tweedeFactorStatus',
  'auth.tweedeFactorStart',
  'auth.tweedeFactorBevestig',
  'users.tweedeFactorWissen',
  'sessies.lijst',
  'sessies.beeindig',
  'instellingen.beveiliging',
  'instellingen.beveiligingZetten',
  // Issue 13 · the members of a TLA-vergadering follow it on their own machines
  'vergadering.volg',
  'vergadering.mijn',
]);

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = z.output<Contract[N]['output']>;
