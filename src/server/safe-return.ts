/** Only a path on this site may be a return target after signing in, never another site. */
export function safeReturnPath(value: string | null | undefined, fallback = "/pilots"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
