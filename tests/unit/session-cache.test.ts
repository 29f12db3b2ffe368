import { describe, expect, it } from "vitest";
import { FRESH_MS, forgetUser, recentSession, rememberSession } from "../../src/data/session-cache.ts";
import type { UserRecord } from "../../src/data/records.ts";

const user = (id: string) => ({ id, role: "collega", municipality: "m1" }) as unknown as UserRecord;

describe("the verified-session cache", () => {
  it("gives the user back for the same token only, and only while fresh", () => {
    rememberSession("token-a", user("a"), 1_000);
    expect(recentSession("token-a", 1_000 + FRESH_MS - 1)?.id).toBe("a");
    expect(recentSession("token-b", 1_001)).toBeNull();
    expect(recentSession("token-a", 1_000 + FRESH_MS)).toBeNull();
    // Once stale it is gone, also for an earlier clock.
    expect(recentSession("token-a", 1_001)).toBeNull();
  });

  it("forgets every token of a user on sign-out, and only theirs", () => {
    rememberSession("token-c-presented", user("c"), 5_000);
    rememberSession("token-c-renewed", user("c"), 5_000);
    rememberSession("token-c-phone", user("c"), 5_000);
    rememberSession("token-e", user("e"), 5_000);
    forgetUser("c");
    expect(recentSession("token-c-presented", 5_001)).toBeNull();
    expect(recentSession("token-c-renewed", 5_001)).toBeNull();
    expect(recentSession("token-c-phone", 5_001)).toBeNull();
    expect(recentSession("token-e", 5_001)?.id).toBe("e");
  });

  it("a renewed remember restarts the clock", () => {
    rememberSession("token-d", user("d"), 0);
    rememberSession("token-d", user("d2"), FRESH_MS);
    expect(recentSession("token-d", FRESH_MS + 10)?.id).toBe("d2");
  });

  it("keeps at most 5,000 sessions, dropping the oldest", () => {
    const now = 10_000_000;
    rememberSession("oldest", user("o"), now);
    for (let i = 0; i < 5_000; i++) rememberSession(`t${i}`, user(String(i)), now);
    expect(recentSession("oldest", now + 1)).toBeNull();
    expect(recentSession("t0", now + 1)?.id).toBe("0");
    expect(recentSession("t4999", now + 1)?.id).toBe("4999");
  });
});
