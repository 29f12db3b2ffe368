const ORIGIN = "http://proeftuin.invalid";

/**
 * Encoded slashes, backslashes and control characters have no place in a path of this site. Some
 * proxies and browsers decode them before resolving, which turns "/%2f/evil.test" into "//evil.test".
 */
const ENCODED_SEPARATOR_OR_CONTROL = /%(2f|5c|[01][0-9a-f]|7f)/i;

/**
 * Only a path on this site may be a return target after signing in, never another site. The value
 * is resolved the way a browser would (tabs and newlines dropped, "\" read as "/", dot segments and
 * %2e removed), and it is the resolved path that must stay here: "/a/..//evil.test" resolves to
 * "//evil.test", which a browser follows to evil.test.
 */
export function safeReturnPath(value: string | null | undefined, fallback = "/pilots"): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what browsers drop from a URL, so they are refused on purpose.
  if (!value?.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const url = new URL(value, ORIGIN);
  if (url.origin !== ORIGIN) return fallback;
  if (url.pathname.startsWith("//") || ENCODED_SEPARATOR_OR_CONTROL.test(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}
