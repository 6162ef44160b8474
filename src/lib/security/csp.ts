/**
 * The site's Content-Security-Policy: nothing leaves the origin, no inline or eval'd script, WebAssembly allowed for DuckDB.
 * Inline styles stay allowed because Plot's SVG carries its own <style>. Sent as a header where the host allows
 * (public/_headers) and as a <meta> fallback, which cannot carry frame-ancestors.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const csp = CSP_DIRECTIVES.join('; ');
