/**
 * Headers every response carries. Astro writes the page's Content-Security-Policy (script and
 * style hashes, see astro.config.mjs); frame-ancestors is added to it here.
 */
export function setSecurityHeaders(headers: Headers): void {
  const policy = headers.get("content-security-policy");
  headers.set("content-security-policy", policy ? `${policy.replace(/;\s*$/, "")}; frame-ancestors 'none'` : "frame-ancestors 'none'");
  headers.set("x-frame-options", "DENY");
  headers.set("referrer-policy", "strict-origin-when-cross-origin");
  headers.set("x-content-type-options", "nosniff");
  headers.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
}
