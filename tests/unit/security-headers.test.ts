import { describe, expect, it } from "vitest";
import { setSecurityHeaders } from "../../src/server/security-headers.ts";

describe("setSecurityHeaders", () => {
  it("adds frame-ancestors to Astro's policy", () => {
    const headers = new Headers({ "content-security-policy": "default-src 'self'; script-src 'self';" });
    setSecurityHeaders(headers);
    expect(headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
  });

  it("adds it once when a rewritten page passes through twice", () => {
    const headers = new Headers({ "content-security-policy": "default-src 'self'" });
    setSecurityHeaders(headers);
    setSecurityHeaders(headers);
    expect(headers.get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it("gives a response without a policy one that forbids framing", () => {
    const headers = new Headers();
    setSecurityHeaders(headers);
    expect(headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(headers.get("x-frame-options")).toBe("DENY");
  });
});
