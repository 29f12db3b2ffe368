import { describe, it, expect } from "vitest";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import type { Role, Visibility } from "../../src/domain/options.ts";
import { pilots } from "./demo-network-entries.ts";

describe("demo network", () => {
  it("every demo pilot passes the pilot form schema", () => {
    const failures = pilots.flatMap(({ municipality, pilot }) => {
      const result = PilotFormSchema.safeParse(pilot);
      if (result.success) return [];
      const issues = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      return [`${municipality} — ${pilot.title}:\n  ${issues.join("\n  ")}`];
    });
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("has the nine demo accounts with the right roles", () => {
    const expected: Record<string, Role> = {
      "innovatie@rotterdam.test": "innovatiemanager",
      "directie@rotterdam.test": "directeur",
      "innovatie@amsterdam.test": "innovatiemanager",
      "directie@amsterdam.test": "directeur",
      "innovatie@oisterwijk.test": "innovatiemanager",
      "directie@oisterwijk.test": "directeur",
      "innovatie@zwolle.test": "innovatiemanager",
      "directie@zwolle.test": "directeur",
      "collega@zwolle.test": "collega",
    };
    const users = demoNetwork.flatMap((municipality) => municipality.users);
    const actual = Object.fromEntries(users.map((user) => [user.email, user.role]));
    expect(actual).toEqual(expected);
    expect(users).toHaveLength(Object.keys(expected).length);
    for (const user of users) {
      // A full name: at least a first name and a surname.
      expect(user.name.trim().split(/\s+/).length, user.email).toBeGreaterThanOrEqual(2);
      // Each account belongs to the municipality its address names.
      const owner = demoNetwork.find((municipality) => municipality.users.includes(user));
      expect(user.email.endsWith(`@${owner?.name.toLowerCase()}.test`), user.email).toBe(true);
    }
  });

  it("gives every municipality a unique CBS code", () => {
    const codes = demoNetwork.map((municipality) => municipality.cbs_code);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("shows every visibility, and a private and a shared pilot in Rotterdam, Amsterdam and Oisterwijk", () => {
    const all = new Set(pilots.map(({ pilot }) => pilot.visibility));
    expect([...all].sort()).toEqual(["network", "private", "public"] satisfies Visibility[]);
    for (const name of ["Rotterdam", "Amsterdam", "Oisterwijk"]) {
      const own = demoNetwork.find((municipality) => municipality.name === name)?.pilots ?? [];
      expect(
        own.some((pilot) => pilot.visibility === "private"),
        name,
      ).toBe(true);
      expect(
        own.some((pilot) => pilot.visibility !== "private"),
        name,
      ).toBe(true);
    }
  });

  it("keeps pilot titles unique within a municipality", () => {
    for (const municipality of demoNetwork) {
      const titles = municipality.pilots.map((pilot) => pilot.title.trim().toLowerCase());
      expect(new Set(titles).size, municipality.name).toBe(titles.length);
    }
  });

  it("records a decision with a rationale only for pilots in stage besluit", () => {
    const decided = pilots.filter(({ pilot }) => pilot.decision);
    expect(decided.length).toBeGreaterThan(0);
    const wrong = decided.filter(({ pilot }) => pilot.stage !== "besluit" || !pilot.decision_rationale?.trim());
    expect(wrong.map(({ pilot }) => `${pilot.title}: stage ${pilot.stage}, rationale "${pilot.decision_rationale ?? ""}"`)).toEqual([]);
  });

  it("writes hypotheses as test statements, and decimals without a thousands point", () => {
    for (const { pilot } of pilots) {
      for (const hypothesis of pilot.hypotheses) {
        expect(hypothesis.statement).toMatch(/^Als wij .+ voor .+, dan verwachten wij .+/);
        // Written without thousands separators, as in the form's examples.
        expect(hypothesis.baseline, pilot.title).toMatch(/^-?\d+(,\d+)?$/);
        expect(hypothesis.target, pilot.title).toMatch(/^-?\d+(,\d+)?$/);
      }
    }
  });
});
