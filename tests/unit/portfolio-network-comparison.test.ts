import { describe, it, expect } from "vitest";
import {
  compareWithNetwork,
  formatFigure,
  MIN_GROUP,
  type Comparison,
  type MunicipalityFigures,
} from "../../src/domain/portfolio/network-comparison.ts";
import { domains, fundingSources } from "../../src/domain/options.ts";

const labels = { domain: domains.label, source: fundingSources.label };
/** Intl may put a non-breaking space between "€" and the amount. */
const normalise = (text: string) => text.replace(/\u00a0/g, " ");

function figures(overrides: Partial<MunicipalityFigures> = {}): MunicipalityFigures {
  return {
    municipality: "gm-utrecht",
    sizeClass: "groot",
    pilotsByDomain: {},
    hypotheses: 0,
    confirmed: 0,
    judged: 0,
    spentBySource: {},
    ...overrides,
  };
}

function row(rows: readonly Comparison[], label: string): Comparison {
  const found = rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row "${label}" in ${rows.map((r) => r.label).join(", ")}`);
  return found;
}

const WMO = "Gedeelde pilots: Wmo";
const CONFIRMED = "Hypothesen bevestigd (% van de beoordeelde)";

describe("MIN_GROUP", () => {
  it("is 5", () => {
    expect(MIN_GROUP).toBe(5);
  });
});

describe("compareWithNetwork: too few municipalities", () => {
  it("shows no network average with 4 others, and a Dutch note naming the count", () => {
    const own = figures({ pilotsByDomain: { wmo: 3 } });
    const others = [1, 2, 3, 4].map((n) => figures({ municipality: `gm-${n}`, pilotsByDomain: { wmo: n } }));
    expect(row(compareWithNetwork(own, others, labels), WMO)).toEqual({
      label: WMO,
      unit: "count",
      own: 3,
      network: null,
      sizeClass: null,
      note: "Te weinig gemeenten (4) om mee te vergelijken; er zijn er minstens 5 nodig.",
    });
  });

  it("names 0 without any others", () => {
    const rows = compareWithNetwork(figures({ pilotsByDomain: { jeugd: 1 } }), [], labels);
    expect(row(rows, "Gedeelde pilots: Jeugd").note).toBe("Te weinig gemeenten (0) om mee te vergelijken; er zijn er minstens 5 nodig.");
    expect(row(rows, "Gedeelde pilots: Jeugd").network).toBeNull();
  });
});

describe("compareWithNetwork: network average", () => {
  it("averages over exactly the given others (the own municipality is not counted)", () => {
    // Own has 100 Wmo pilots: if it were counted, the average would jump.
    const own = figures({ sizeClass: "klein", pilotsByDomain: { wmo: 100 } });
    const others = [1, 2, 3, 4, 5].map((n) => figures({ municipality: `gm-${n}`, sizeClass: "groot", pilotsByDomain: { wmo: n } }));
    const wmo = row(compareWithNetwork(own, others, labels), WMO);
    expect(wmo.own).toBe(100);
    expect(wmo.network).toBe(3);
    expect(wmo.sizeClass).toBeNull();
    expect(wmo.note).toBe("Te weinig gemeenten van dezelfde omvang (0) om mee te vergelijken.");
  });

  it("counts a municipality without pilots in a domain as 0 in that domain's average", () => {
    const own = figures({ pilotsByDomain: { wmo: 1 } });
    const others = [
      figures({ municipality: "a", pilotsByDomain: { wmo: 4 } }),
      figures({ municipality: "b", pilotsByDomain: { wmo: 6 } }),
      figures({ municipality: "c", pilotsByDomain: { jeugd: 2 } }),
      figures({ municipality: "d" }),
      figures({ municipality: "e" }),
    ];
    const rows = compareWithNetwork(own, others, labels);
    expect(row(rows, WMO).network).toBe(2);
    expect(row(rows, "Gedeelde pilots: Jeugd")).toMatchObject({ own: 0, network: 0.4 });
  });
});

describe("compareWithNetwork: size class average", () => {
  const own = figures({ sizeClass: "middelgroot", pilotsByDomain: { wmo: 2 } });
  const sameSize = (n: number) => figures({ municipality: `mg-${n}`, sizeClass: "middelgroot", pilotsByDomain: { wmo: n } });
  const otherSize = (n: number) => figures({ municipality: `gr-${n}`, sizeClass: "groot", pilotsByDomain: { wmo: n } });

  it("averages only over the others of the same size class when there are at least 5", () => {
    const others = [sameSize(1), sameSize(2), sameSize(3), sameSize(4), sameSize(10), otherSize(20), otherSize(30)];
    expect(row(compareWithNetwork(own, others, labels), WMO)).toEqual({
      label: WMO,
      unit: "count",
      own: 2,
      network: 10,
      sizeClass: 4,
      note: null,
    });
  });

  it("shows no size class average with 4 of the same size, and says so", () => {
    const others = [sameSize(1), sameSize(2), sameSize(3), sameSize(4), otherSize(20), otherSize(30)];
    expect(row(compareWithNetwork(own, others, labels), WMO)).toEqual({
      label: WMO,
      unit: "count",
      own: 2,
      network: 10,
      sizeClass: null,
      note: "Te weinig gemeenten van dezelfde omvang (4) om mee te vergelijken.",
    });
  });

  it("shows no size class average when the own size class is unknown, even if others have none either", () => {
    const unknown = (n: number) => figures({ municipality: `x-${n}`, sizeClass: "", pilotsByDomain: { wmo: n } });
    const others = [unknown(1), unknown(2), unknown(3), unknown(4), unknown(5)];
    const wmo = row(compareWithNetwork(figures({ sizeClass: "", pilotsByDomain: { wmo: 1 } }), others, labels), WMO);
    expect(wmo.network).toBe(3);
    expect(wmo.sizeClass).toBeNull();
    expect(wmo.note).toBe("Te weinig gemeenten van dezelfde omvang (0) om mee te vergelijken.");
  });
});

describe("compareWithNetwork: share of confirmed hypotheses", () => {
  it("gives the own share as a percentage and averages the others' shares", () => {
    const own = figures({ hypotheses: 4, judged: 4, confirmed: 1 });
    const others = [
      figures({ municipality: "a", hypotheses: 10, judged: 10, confirmed: 5 }),
      figures({ municipality: "b", hypotheses: 4, judged: 4, confirmed: 4 }),
      figures({ municipality: "c", hypotheses: 5, judged: 5, confirmed: 0 }),
      figures({ municipality: "d", hypotheses: 2, judged: 2, confirmed: 1 }),
      figures({ municipality: "e", hypotheses: 8, judged: 8, confirmed: 2 }),
    ];
    // shares 50, 100, 0, 50, 25 → 45
    expect(row(compareWithNetwork(own, others, labels), CONFIRMED)).toEqual({
      label: CONFIRMED,
      unit: "percent",
      own: 25,
      network: 45,
      sizeClass: 45,
      note: null,
    });
  });

  it("counts confirmed out of the judged hypotheses, as the key figures do: open ones are left out", () => {
    const own = figures({ hypotheses: 10, judged: 4, confirmed: 1 });
    expect(row(compareWithNetwork(own, [], labels), CONFIRMED).own).toBe(25);
    expect(row(compareWithNetwork(figures({ hypotheses: 3, judged: 3, confirmed: 2 }), [], labels), CONFIRMED).own).toBe(67);
  });

  it("leaves municipalities without judged hypotheses out of the average and out of the count", () => {
    const own = figures({ hypotheses: 3, judged: 0, confirmed: 0 });
    const withShare = [
      figures({ municipality: "a", hypotheses: 10, judged: 10, confirmed: 5 }),
      figures({ municipality: "b", hypotheses: 4, judged: 4, confirmed: 4 }),
      figures({ municipality: "c", hypotheses: 5, judged: 5, confirmed: 0 }),
      figures({ municipality: "d", hypotheses: 2, judged: 2, confirmed: 1 }),
    ];
    const without = [figures({ municipality: "e", hypotheses: 6 }), figures({ municipality: "f" })];

    const tooFew = row(compareWithNetwork(own, [...withShare, ...without], labels), CONFIRMED);
    expect(tooFew.own).toBeNull();
    expect(tooFew.network).toBeNull();
    expect(tooFew.note).toBe("Te weinig gemeenten (4) om mee te vergelijken; er zijn er minstens 5 nodig.");

    const enough = [...withShare, figures({ municipality: "g", hypotheses: 8, judged: 8, confirmed: 2 }), ...without];
    expect(row(compareWithNetwork(own, enough, labels), CONFIRMED).network).toBe(45);
  });
});

describe("compareWithNetwork: spend per source", () => {
  it("compares spending in cents, shown as whole euros", () => {
    const own = figures({ spentBySource: { rijk: 1_234_550 } });
    const others = [100_000, 200_000, 300_000, 400_000, 500_050].map((cents, n) =>
      figures({ municipality: `gm-${n}`, spentBySource: { rijk: cents } }),
    );
    const rijk = row(compareWithNetwork(own, others, labels), "Besteed via Rijk");
    expect(rijk).toMatchObject({ unit: "euro", own: 1_234_550, network: 300_010 });
    expect([formatFigure(rijk.own, rijk.unit), formatFigure(rijk.network, rijk.unit)].map(normalise)).toEqual(["€ 12.346", "€ 3.000"]);
  });
});

describe("compareWithNetwork: rows", () => {
  it("has one row per domain and per source present in any figures, and the confirmed share in between", () => {
    const own = figures({ pilotsByDomain: { wmo: 1 }, spentBySource: { gemeente: 100 } });
    const others = [
      figures({ municipality: "a", pilotsByDomain: { jeugd: 2 }, spentBySource: { esf_plus: 500 } }),
      figures({ municipality: "b", pilotsByDomain: { wmo: 1, armoede: 1 } }),
    ];
    const labelsOut = compareWithNetwork(own, others, labels).map((r) => r.label);
    const domainRows = labelsOut.filter((l) => l.startsWith("Gedeelde pilots: "));
    const sourceRows = labelsOut.filter((l) => l.startsWith("Besteed via "));
    expect([...domainRows].sort()).toEqual(["Gedeelde pilots: Armoede", "Gedeelde pilots: Jeugd", "Gedeelde pilots: Wmo"]);
    expect([...sourceRows].sort()).toEqual(["Besteed via ESF+", "Besteed via Eigen middelen gemeente"]);
    expect(labelsOut).toHaveLength(6);
    // Domains first, then the confirmed share, then the sources.
    expect(labelsOut[3]).toBe(CONFIRMED);
  });

  it("has only the confirmed share row when nobody shared pilots or spending", () => {
    expect(compareWithNetwork(figures(), [figures({ municipality: "a" })], labels).map((r) => r.label)).toEqual([CONFIRMED]);
  });
});

describe("formatFigure", () => {
  it.each<[number | null, "count" | "percent" | "euro", string]>([
    [null, "euro", "–"],
    [null, "percent", "–"],
    [214_652_570, "euro", "€ 2.146.526"],
    [0, "euro", "€ 0"],
    [44.6, "percent", "45%"],
    [25, "percent", "25%"],
    [2.44, "count", "2,4"],
    [3, "count", "3"],
  ])("shows %j (%s) as %j", (value, unit, text) => {
    expect(normalise(formatFigure(value, unit))).toBe(text);
  });
});
