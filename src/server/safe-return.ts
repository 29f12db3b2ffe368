const ORIGIN = "http://proeftuin.invalid";

/**
 * Only a path on this site may be a return target after signing in, never another site. Browsers
 * drop tabs and newlines from a URL before following it ("/\t/evil.test" becomes "//evil.test"),
 * so the value is resolved the way a browser would and must stay on this origin.
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/pilots"): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const url = new URL(value, ORIGIN);
  if (url.origin !== ORIGIN) return fallback;
  return url.pathname + url.search + url.hash;
}
