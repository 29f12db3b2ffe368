import { isIP } from "node:net";

/** An IPv4 visitor reaches a dual-stack socket as ::ffff:a.b.c.d; it is the same visitor. */
export function plainAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = trimmed.startsWith("::ffff:") ? trimmed.slice("::ffff:".length) : "";
  return isIP(mapped) === 4 ? mapped : trimmed;
}

/**
 * The visitor's address, for limits per visitor. A client can send any X-Forwarded-For it likes, so
 * the header is believed only when the request comes from the configured reverse proxy, and only
 * its last entry: the address the proxy itself saw and appended. Without a proxy configured the
 * connection's own address is the visitor.
 */
export function visitorAddress(peer: string, forwardedFor: string | null, trustedProxy: string | undefined): string {
  const direct = plainAddress(peer);
  if (!trustedProxy || !forwardedFor || direct !== plainAddress(trustedProxy)) return direct;
  const last = forwardedFor.split(",").map(plainAddress).filter(Boolean).at(-1);
  return last && isIP(last) !== 0 ? last : direct;
}

/** The visitor of this request, with the proxy the launcher was configured with (TRUSTED_PROXY). */
export const visitorOf = (request: Request, clientAddress: string): string =>
  visitorAddress(clientAddress, request.headers.get("x-forwarded-for"), process.env.TRUSTED_PROXY || undefined);
