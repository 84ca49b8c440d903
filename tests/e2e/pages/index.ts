// Page objects of the e2e tests, one per work area, so the specs read as stories of the procedure.
// A page object holds the locators and the steps of its area; a step that completes something
// waits for (and so asserts) its visible outcome. Screens are checked in the specs (checkScreen
// between filling a form and confirming it), so each step that has a screenshot is split in
// "vul…In" and the confirming step.
export { AlleAanvragenPage } from './alle-aanvragen';
export { BeheerPage, EersteStartPage, type SwvGegevens } from './beheer';
export { BetrokkenenSection } from './betrokkenen';
export { BriefTekstenPage } from './briefteksten';
export { DeskundigeWorkspace, type Advies } from './deskundige';
export { DirecteurPage } from './directeur';
export { besluitVanEindadviesTotVastgesteld } from './flows';
export {
  DUO_BESTUREN_CSV,
  DUO_VESTIGINGEN_CSV,
  DUO_VESTIGINGEN_XLSX,
  ScholenPage,
  type SchoolGegevens,
} from './scholen';
export { SecretarisPage, type Aanvraaggegevens, type DashboardRow } from './secretaris';
export { TlaApp, usernameOf, type ApiAnswer, type WorkRow } from './shell';
export { SO_MIDDEN_TWEE_JAAR, type Conclusie, type Tlv } from './tlv-velden';
export { DocumentViewer } from './viewer';
export { VergaderingPage, VoorzitterPage, type Uitkomst } from './voorzitter';
export { AvgPage, type AvgVerzoekInput } from './avg';
export { BackupsPage } from './backups';
export { ExportKnop } from './export';
export { JaarverslagKnop } from './jaarverslag';
