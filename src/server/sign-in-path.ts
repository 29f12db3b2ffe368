/**
 * The sign-in page, with this page to come back to afterwards. `needed` says on the sign-in page
 * that the page asked for it, for a visitor sent there rather than one who chose to sign in.
 */
export function signInPath(url: URL, { needed = false }: { needed?: boolean } = {}): string {
  return `/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}${needed ? "&melding=nodig" : ""}`;
}
