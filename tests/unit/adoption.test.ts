import { describe, it, expect } from "vitest";
import { adoptionCopy } from "../../src/domain/adoption.ts";
import type { StoredHypothesis, StoredPilot, StoredRisk } from "../../src/domain/pilot-form-values.ts";

const original = (): StoredPilot => ({
  title: "Vroegsignalering schulden",
  summary: "Wijkteams benaderen huishoudens met betalingsachterstanden.",
  problem: "Huishoudens melden zich pas laat met schulden.",
  target_group: "Huishoudens met betalingsachterstanden",
  domain: "schuldhulp",
  principles: ["preventie", "samenwerking"],
  stage: "besluit",
  visibility: "public",
  start_date: "2025-01-01 00:00:00.000Z",
  end_date: "2025-12-31 00:00:00.000Z",
  tags: ["schulden", "vroegsignalering"],
  partners: [{ name: "Kredietbank", role: "Schuldhulp" }],
  decision: "opschalen",
  theory_of_change: "Een vroeg telefoontje voorkomt dat kleine achterstanden zich opstapelen tot problematische schulden.",
});

const hypothesis: StoredHypothesis = {
  id: "hyp000000000001",
  statement: "Als wij vroeg bellen, dan dalen de schulden.",
  indicator: "aantal huishoudens met problematische schulden",
  unit: "huishoudens",
  direction: "omlaag",
  baseline: 1000,
  target: 72.5,
  measure_by: "2025-12-31 00:00:00.000Z",
};

const risk: StoredRisk = {
  id: "risk00000000001",
  title: "Weinig aanmeldingen",
  category: "draagvlak",
  likelihood: 3,
  impact: 4,
  mitigation: "Actief werven via de wijkteams.",
  owner: "Projectleider Jansen",
  status: "opgetreden",
};

describe("adoptionCopy", () => {
  it("copies the problem, target group, theory of change and principles, private in the design stage", () => {
    expect(adoptionCopy(original(), [hypothesis], [risk])).toEqual({
      title: "Vroegsignalering schulden (overgenomen)",
      summary: "Wijkteams benaderen huishoudens met betalingsachterstanden.",
      problem: "Huishoudens melden zich pas laat met schulden.",
      target_group: "Huishoudens met betalingsachterstanden",
      domain: "schuldhulp",
      principles: ["preventie", "samenwerking"],
      stage: "ontwerp",
      visibility: "private",
      start_date: "",
      end_date: "",
      tags: ["schulden", "vroegsignalering"],
      theory_of_change: "Een vroeg telefoontje voorkomt dat kleine achterstanden zich opstapelen tot problematische schulden.",
      partners: [],
      hypotheses: [
        {
          id: undefined,
          statement: "Als wij vroeg bellen, dan dalen de schulden.",
          indicator: "aantal huishoudens met problematische schulden",
          indicator_ref: "",
          unit: "huishoudens",
          direction: "omlaag",
          baseline: 1000,
          target: 72.5,
          measure_by: "",
        },
      ],
      budget_lines: [],
      risks: [
        {
          id: undefined,
          title: "Weinig aanmeldingen",
          category: "draagvlak",
          likelihood: 3,
          impact: 4,
          mitigation: "Actief werven via de wijkteams.",
          owner: "",
          status: "open",
        },
      ],
    });
  });

  it("keeps a hypothesis's catalogue indicator, so the copy pools with its original", () => {
    const linked = { ...hypothesis, indicator_ref: "ind000000000007" };
    expect(adoptionCopy(original(), [linked], []).hypotheses[0]?.indicator_ref).toBe("ind000000000007");
  });

  it.each<StoredPilot["stage"]>(["idee", "ontwerp", "uitvoering", "evaluatie", "besluit"])(
    "starts in the design stage whatever the original's stage (%s)",
    (stage) => {
      expect(adoptionCopy({ ...original(), stage }, [], []).stage).toBe("ontwerp");
    },
  );

  it.each<StoredPilot["visibility"]>(["private", "network", "public"])(
    "starts private whatever the original's visibility (%s)",
    (visibility) => {
      expect(adoptionCopy({ ...original(), visibility }, [], []).visibility).toBe("private");
    },
  );

  it.each([
    [186, `${"x".repeat(186)} (overgenomen)`],
    [187, `${"x".repeat(186)} (overgenomen)`],
    [199, `${"x".repeat(186)} (overgenomen)`],
    [200, `${"x".repeat(186)} (overgenomen)`],
  ])("keeps the title of a %d-character original within 200 characters, suffix whole", (length, expected) => {
    const title = adoptionCopy({ ...original(), title: "x".repeat(length) }, [], []).title;
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(200);
  });

  it("copies no ids, so saving creates new rows instead of touching the original's", () => {
    const copy = adoptionCopy(original(), [hypothesis, { ...hypothesis, id: "hyp000000000002" }], [risk]);
    expect(copy.hypotheses.map((row) => row.id)).toEqual([undefined, undefined]);
    expect(copy.risks.map((row) => row.id)).toEqual([undefined]);
    expect(JSON.stringify(copy)).not.toContain("hyp00000000000");
    expect(JSON.stringify(copy)).not.toContain("risk0000");
  });

  it("keeps hypotheses and risks in order", () => {
    const copy = adoptionCopy(
      original(),
      [
        { ...hypothesis, statement: "Eerste hypothese hier" },
        { ...hypothesis, statement: "Tweede hypothese hier" },
      ],
      [
        { ...risk, title: "Risico A" },
        { ...risk, title: "Risico B" },
        { ...risk, title: "Risico C" },
      ],
    );
    expect(copy.hypotheses.map((row) => row.statement)).toEqual(["Eerste hypothese hier", "Tweede hypothese hier"]);
    expect(copy.risks.map((row) => row.title)).toEqual(["Risico A", "Risico B", "Risico C"]);
  });

  it("copies risks as open and without owner, whatever their status", () => {
    const statuses: Array<StoredRisk["status"]> = ["open", "beheerst", "opgetreden", "gesloten"];
    const copy = adoptionCopy(
      original(),
      [],
      statuses.map((status) => ({ ...risk, status })),
    );
    expect(copy.risks.map((row) => [row.status, row.owner, row.mitigation])).toEqual(
      statuses.map(() => ["open", "", "Actief werven via de wijkteams."]),
    );
  });

  it("reads missing tags and partners as empty", () => {
    const copy = adoptionCopy({ ...original(), tags: null, partners: null }, [], []);
    expect(copy.tags).toEqual([]);
    expect(copy.partners).toEqual([]);
  });

  it("shares no arrays with the original", () => {
    const source = original();
    const copy = adoptionCopy(source, [], []);
    expect(copy.tags).not.toBe(source.tags);
    expect(copy.principles).not.toBe(source.principles);
    copy.tags.push("nieuw");
    copy.principles.push("maatwerk");
    expect(source.tags).toEqual(["schulden", "vroegsignalering"]);
    expect(source.principles).toEqual(["preventie", "samenwerking"]);
  });

  it("leaves the original's rows unchanged", () => {
    const hypotheses = [{ ...hypothesis }];
    const risks = [{ ...risk }];
    adoptionCopy(original(), hypotheses, risks);
    expect(hypotheses).toEqual([hypothesis]);
    expect(risks).toEqual([risk]);
  });
});
