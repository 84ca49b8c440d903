import { checkSettledScreen } from '../support';
import { DeskundigeWorkspace } from './deskundige';
import { DirecteurPage } from './directeur';
import type { TlaApp } from './shell';
import { VoorzitterPage } from './voorzitter';

// Stretches of the procedure that more than one story walks through, written once.

/**
 * From the eindadvies to the decision: the eerste deskundige (`opsteller`) finds the eindadvies
 * drafted with `gemotiveerdBesluit`, signs and submits it; the voorzitter finds it in Mijn werk and
 * puts it before the directeur-bestuurder, who adopts it. Ends in 'Besloten', logged in as the directeur-bestuurder.
 * `screens` names the screenshots (with axe) of the eindadvies and of the directeur's screen.
 */
export async function besluitVanEindadviesTotVastgesteld(
  app: TlaApp,
  o: {
    aanvraagId: number;
    opsteller: string;
    gemotiveerdBesluit: string | RegExp;
    screens: { eindadvies: string; besluitvorming?: string };
  },
): Promise<void> {
  const deskundige = new DeskundigeWorkspace(app);
  const voorzitter = new VoorzitterPage(app);
  const directeur = new DirecteurPage(app);

  await app.login(o.opsteller);
  await app.openAanvraag(o.aanvraagId);
  await deskundige.verwachtEindadviesInOpmaak(o.gemotiveerdBesluit);
  await checkSettledScreen(app.page, o.screens.eindadvies);
  await deskundige.dienEindadviesIn();

  // §7: the signed eindadvies is in the voorzitter's Mijn werk.
  await app.login('voorzitter');
  const referentie = (await app.api('aanvraag.get', { aanvraagId: o.aanvraagId })).data as {
    referentie: string;
  };
  await voorzitter.openGereedEindadviesUitMijnWerk(referentie.referentie);
  await voorzitter.legVoorAanDirecteur();

  await app.login('directeur');
  await app.openAanvraag(o.aanvraagId);
  if (o.screens.besluitvorming) await checkSettledScreen(app.page, o.screens.besluitvorming);
  await directeur.stelVast();
}
