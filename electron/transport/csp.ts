/**
 * The Content-Security-Policy sent with every `app://` response (architecture: Electron security).
 * No inline script, no eval (only wasm compilation, which pdf.js needs), nothing from the network,
 * no frames, no forms: an injected string in a dossier cannot become code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
