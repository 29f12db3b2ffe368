import { describe, expect, it } from "vitest";
import { plainAddress, visitorAddress } from "../../src/server/visitor-address.ts";

describe("visitorAddress", () => {
  it.each([
    ["203.0.113.7", null],
    ["203.0.113.7", "198.51.100.1"],
    ["203.0.113.7", "198.51.100.1, 127.0.0.1"],
    ["127.0.0.1", "198.51.100.1"],
  ])("without a trusted proxy, %j is the visitor whatever X-Forwarded-For says (%j)", (peer, forwarded) => {
    expect(visitorAddress(peer, forwarded, undefined)).toBe(peer);
  });

  it("believes nothing from a caller that is not the trusted proxy", () => {
    expect(visitorAddress("198.51.100.9", "203.0.113.5", "127.0.0.1")).toBe("198.51.100.9");
  });

  it.each([
    ["203.0.113.5", "203.0.113.5"],
    ["198.51.100.1, 203.0.113.5", "203.0.113.5"],
    ["anything, 10.0.0.1,203.0.113.5 ", "203.0.113.5"],
    ["2001:db8::7", "2001:db8::7"],
    ["::ffff:203.0.113.5", "203.0.113.5"],
  ])("from the trusted proxy, takes the entry the proxy appended: %j → %j", (forwarded, visitor) => {
    expect(visitorAddress("127.0.0.1", forwarded, "127.0.0.1")).toBe(visitor);
  });

  it.each([null, "", " , ", "203.0.113.5, not-an-address", "203.0.113.5, 203.0.113.6:443"])(
    "from the trusted proxy with a missing or unreadable last entry (%j), the proxy itself is the visitor",
    (forwarded) => {
      expect(visitorAddress("127.0.0.1", forwarded, "127.0.0.1")).toBe("127.0.0.1");
    },
  );

  it("recognises the proxy when it arrives IPv4-mapped on a dual-stack socket", () => {
    expect(visitorAddress("::ffff:127.0.0.1", "203.0.113.5", "127.0.0.1")).toBe("203.0.113.5");
  });
});

describe("plainAddress", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    [" 203.0.113.5 ", "203.0.113.5"],
    ["2001:DB8::1", "2001:db8::1"],
    ["::ffff:nonsense", "::ffff:nonsense"],
  ])("%j → %j", (address, plain) => {
    expect(plainAddress(address)).toBe(plain);
  });
});
