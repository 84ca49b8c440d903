// Issue 11 · the audit log made readable for the functioneel beheerder (S6): what each action is
// called in Dutch, the bounds of a period in the app's time zone, and the CSV export's format.
import { addDays, toIsoDateFromInstant } from './calendar';
import type { IsoDate } from './types';

/** The actions of the audit log in Dutch; an action not named here is shown as written. */
export const LOGBOEK_ACTIES: Readonly<Record<string, string>> = {
  'auth.login': 'Ingelogd',
  'auth.wachtwoordWijzigen': 'Eigen wachtwoord gewijzigd',
  'aanvraag.register': 'Aanvraag geregistreerd',
  'aanvraag.view': 'Dossier geopend',
  'aanvraag.update': 'Gegevens van de aanvraag gewijzigd',
  'dossier.zoek': 'In het dossier gezocht',
  'document.open': 'Document geopend',
  'document.add': 'Document toegevoegd',
  'document.replace': 'Document vervangen',
  'document.corrigeer': 'Soort of datum van een document gecorrigeerd',
  'brief.open': 'Brief geopend',
  'brief.afdrukken': 'Brief afgedrukt',
  'checklist.tick': 'Checklist bijgewerkt',
  'advies.view': 'Adviezen bekeken',
  'advies.draft': 'Concept-advies opgeslagen',
  'advies.submit': 'Advies ingediend',
  'advies.corrigeer': 'Advies gecorrigeerd',
  'eindadvies.submit': 'Eindadvies ingediend',
  'besluit.adopt': 'Besluit vastgesteld',
  'besluit.buitenBehandeling': 'Buiten behandeling gesteld',
  'toewijzing.assign': 'Deskundigen toegewezen',
  'toewijzing.wijzig': 'Toewijzing gewijzigd',
  'aanvulling.vraag': 'Aanvulling gevraagd',
  'aanvulling.ontvangen': 'Aanvulling ontvangen',
  'opschorting.registreer': 'Opschorting geregistreerd',
  'opschorting.beeindig': 'Opschorting beëindigd',
  'verdaging.registreer': 'Verdaging geregistreerd',
  'ingebrekestelling.registreer': 'Ingebrekestelling geregistreerd',
  'bezwaar.registreer': 'Bezwaar geregistreerd',
  'betrokkene.add': 'Betrokkene vastgelegd',
  'betrokkene.remove': 'Betrokkene verwijderd',
  'vergadering.plan': 'Vergaderingen gepland',
  'vergadering.view': 'Vergadering bekeken',
  'vergadering.aanwezigen': 'Aanwezigen vastgelegd',
  'vergadering.uitkomst': 'Uitkomst van de vergadering vastgelegd',
  'vergadering.sluit': 'Vergadering gesloten',
  'vergadering.notulen': 'Verslag van een vergadering geopend',
  'vergadering.punt.view': 'Agendapunt gevolgd als lid van de vergadering',
  'user.create': 'Gebruiker aangemaakt',
  'user.update': 'Gebruiker gewijzigd',
  'user.deactiveer': 'Gebruiker gedeactiveerd',
  'user.activeer': 'Gebruiker geactiveerd',
  'user.resetWachtwoord': 'Wachtwoord van een gebruiker opnieuw ingesteld',
  'user.ontgrendel': 'Gebruiker ontgrendeld',
  // Issue 13 · accounts for remote access
  'auth.tweedeFactor': 'Inloggen voltooid met de tweede factor',
  'auth.tweedeFactorIngesteld': 'Tweestapsverificatie ingesteld',
  'user.tweedeFactorWissen': 'Tweestapsverificatie van een gebruiker gewist',
  'sessie.beeindig': 'Sessie van een gebruiker beëindigd',
  'instellingen.beveiliging': 'Instelling inloggen (tweede factor) opgeslagen',
  'pool.create': 'Deskundige in de pool opgenomen',
  'pool.heropname': 'Deskundige weer in de pool opgenomen',
  'pool.update': 'Deskundige in de pool gewijzigd',
  'pool.beeindig': 'Lidmaatschap van de pool beëindigd',
  'pool.afwezigheid': 'Afwezigheid van een deskundige geregistreerd',
  'swv.zetten': 'Gegevens van het samenwerkingsverband opgeslagen',
  'swv.logo': 'Logo opgeslagen',
  'swv.logoVerwijderen': 'Logo verwijderd',
  'brieftekst.opslaan': 'Brieftekst opgeslagen',
  'instellingen.termijnen': 'Instellingen termijnen opgeslagen',
  'instellingen.documenten': 'Instellingen documenten opgeslagen',
  'instellingen.bewaren': 'Instelling bewaartermijn opgeslagen',
  'scholen.import': 'Scholen geïmporteerd',
  'demo.load': 'Demo geladen',
  'vernietiging.voorstel': 'Vernietiging voorgesteld',
  'vernietiging.goedkeuring': 'Vernietiging goedgekeurd en uitgevoerd',
  'vernietiging.afwijzing': 'Vernietiging afgewezen',
  'vernietiging.dossier': 'Dossier vernietigd',
  'vernietiging.verklaring': 'Verklaring van vernietiging geopend',
  'bewaren.blokkeer': 'Vernietiging vastgehouden (beroep)',
  'bewaren.hefOp': 'Vasthouden opgeheven',
  'logboek.export': 'Logboek geëxporteerd',
  'logboek.controle': 'Keten van het logboek gecontroleerd',
  // Issue 12 · the TLV register and the herindicatie radar
  'instellingen.herindicatie': 'Instelling herindicatieradar opgeslagen',
  'tlv.herindicatie_koppel': 'Herindicatie gekoppeld aan een aflopende TLV',
  'tlv.herindicatie_ontkoppel': 'Koppeling met een herindicatie ongedaan gemaakt',
  export: 'Export gemaakt',
};

/** The Dutch name of an action; `workflow.<event>` reads as a step of the procedure. */
export function logboekActie(action: string): string {
  const known = LOGBOEK_ACTIES[action];
  if (known !== undefined) return known;
  if (action.startsWith('workflow.'))
    return `Stap: ${action.slice('workflow.'.length).replaceAll('_', ' ')}`;
  if (action.startsWith('brief.'))
    return `Brief gemaakt: ${action.slice('brief.'.length).replaceAll('_', ' ')}`;
  if (action.startsWith('bezwaar.'))
    return `Bezwaar: ${action.slice('bezwaar.'.length).replaceAll('_', ' ')}`;
  return action;
}

/**
 * A call from this machine (the app's IPC, or the loopback transport) is logged without an address,
 * and the log names 'Deze computer'. Issue 13: a call from another machine (team mode) records the
 * client's address with its row, and the log shows that.
 */
export const LOKALE_BRON = 'Deze computer';

/** The first instant (ISO UTC) of a calendar day in Europe/Amsterdam (CET +1 or CEST +2). */
export function begintijdVanDag(d: IsoDate): string {
  const guess = new Date(`${d}T00:00:00.000Z`).getTime() - 2 * 3600_000;
  for (let h = 0; h < 3; h += 1) {
    const t = new Date(guess + h * 3600_000);
    if (toIsoDateFromInstant(t) === d) return t.toISOString();
  }
  return new Date(guess).toISOString();
}

/** A period of days [van, tot] as instants [from, before): tot is included as a whole day. */
export function periodeGrenzen(
  van: IsoDate | null,
  tot: IsoDate | null,
): { from: string | null; before: string | null } {
  return {
    from: van === null ? null : begintijdVanDag(van),
    before: tot === null ? null : begintijdVanDag(addDays(tot, 1)),
  };
}

/**
 * CSV as Dutch Excel opens it: UTF-8 with a byte-order mark, ';' between fields, CRLF between
 * rows; a field with ';', '"', a line break or a leading '=', '+', '-', '@' is quoted, and the
 * latter four get a leading apostrophe so that a spreadsheet never runs them as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const field = (raw: string): string => {
    const v = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[;"\r\n]/.test(v) || v !== raw ? `"${v.replaceAll('"', '""')}"` : v;
  };
  const lines = [header, ...rows].map((r) => r.map(field).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The details of a row as a reader understands them (they are field names, counts and keys). */
export function logboekDetails(action: string, details: string | null): string | null {
  if (details === null) return null;
  const n = Number(details);
  const count = (een: string, meer: string) =>
    Number.isInteger(n) ? `${n} ${n === 1 ? een : meer}` : details;
  switch (action) {
    case 'vernietiging.voorstel':
    case 'vernietiging.goedkeuring':
      return count('dossier', 'dossiers');
    case 'logboek.export':
      return count('regel', 'regels');
    case 'export': {
      // 'bron formaat rijen' (services/export/maak.ts).
      const [bron, formaat, rijen] = details.split(' ');
      const n = Number(rijen);
      return bron === undefined || formaat === undefined || !Number.isInteger(n)
        ? details
        : `${bron}, ${formaat}, ${n} ${n === 1 ? 'regel' : 'regels'}`;
    }
    case 'logboek.controle':
      return details === 'intact' ? 'keten heel' : 'keten verbroken';
    case 'aanvraag.update':
      return count('gegeven', 'gegevens');
    default:
      return details;
  }
}
