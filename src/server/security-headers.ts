/**
 * Headers every response carries. Astro writes the page's Content-Security-Policy (script and
 * style hashes, see astro.config.mjs); frame-ancestors is added to it here, once: a page answered
 * by Astro.rewrite passes through the middleware twice.
 */
export function setSecurityHeaders(headers: Headers): void {
  const policy = (headers.get("content-security-policy") ?? "").replace(/;\s*$/, "");
  if (!/(^|;)\s*frame-ancestors\s/.test(policy)) {
    headers.set("content-security-policy", policy ? `${policy}; frame-ancestors 'none'` : "frame-ancestors 'none'");
  }
  headers.set("x-frame-options", "DENY");
  headers.set("referrer-policy", "strict-origin-when-cross-origin");
  headers.set("x-content-type-options", "nosniff");
  headers.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
}
