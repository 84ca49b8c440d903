/**
 * What both HTTP transports answer to a request with a foreign `Origin` (issue 13): a page of
 * another site may not call the backend in a user's browser, token or session or not.
 */
export const FOREIGN_ORIGIN_MESSAGE = 'Dit verzoek komt van een andere website en is geweigerd.';
