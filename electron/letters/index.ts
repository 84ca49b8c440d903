// Public surface of the letters module: pure functions from data to PDF bytes.
export { renderVerklaring } from './verklaring';
export { renderBriefOuders } from './brief-ouders';
export { renderBerichtSchool } from './bericht-school';
export { renderAanvullingBrief } from './aanvulling-brief';
export { renderOpschortingBrief } from './opschorting-brief';
export { renderVerdagingBrief } from './verdaging-brief';
export { renderOntvangstbevestigingBezwaar } from './ontvangstbevestiging-bezwaar';
export { renderBuitenBehandelingBrief } from './buiten-behandeling-brief';
export { renderVoorbeeld, type VoorbeeldInput } from './voorbeeld';
export { renderAfschriftAdviezen } from './afschrift-adviezen';
export { renderNotulen } from './notulen';
export type * from './types';
export {
  renderAvgAntwoord,
  renderAvgOntvangstbevestiging,
  renderAvgVerlenging,
  type AvgAntwoordData,
  type AvgBriefBasis,
  type AvgOntvangstbevestigingData,
  type AvgVerlengingData,
} from './avg-brieven';
export {
  renderInzage,
  type InzageAanvraag,
  type InzageBijlage,
  type InzageData,
  type InzageSectie,
} from './inzage-overzicht';
export { renderVerklaringVernietiging } from './verklaring-vernietiging';
export { renderEindeTlvBrief } from './einde-tlv-brief';
export { voegPdfsSamen } from './samenvoegen';
export { renderJaarverslag } from './jaarverslag';
