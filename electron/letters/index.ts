// Public surface of the letters module: pure functions from data to PDF bytes.
export { renderVerklaring } from './verklaring';
export { renderBriefOuders } from './brief-ouders';
export { renderBerichtSchool } from './bericht-school';
export type * from './types';
