/**
 * The HTTP headers a deployment of the built app sends, in one place: docs/deploy.md's nginx
 * example shows exactly these (a unit test compares them), and the end-to-end server sends them on
 * every response, so the whole suite runs under this policy.
 *
 * The policy allows nothing but the app's own origin: scripts and workers from its files (MapLibre's
 * worker is a file too), styles from its stylesheet (style attributes set from script are allowed by
 * CSP), images and data from itself plus `data:`/`blob:` URLs the app makes (downloads, canvases).
 * No inline script, no eval, no framing. An online basemap, when an administrator turns it on, adds
 * its tile host to `img-src` and `connect-src` (docs/deploy.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
