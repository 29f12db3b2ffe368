/**
 * The size of the bench network, and its 342 municipalities: names, provinces and inhabitants,
 * the same in every run (seeded).
 */
import { provinces, type Province, type SizeClass } from "../../src/domain/options.ts";
import { Random, weighted } from "./random.ts";
import { townNames } from "./names.ts";

export const SIZES = {
  municipalities: 342,
  users: 3_000,
  pilots: 20_000,
  /** Pilots of GM0001, whose portfolio the bench opens. */
  portfolioPilots: 500,
  hypothesesPerPilot: 2,
  budgetLinesPerPilot: 3,
  risksPerPilot: 2,
  /**
   * measurements has a unique index on (evaluation, hypothesis): 200,000 measurements need
   * 200,000 pairs, so 2 hypotheses × 5 evaluations per pilot, one measurement per pair.
   */
  evaluationsPerPilot: 5,
  lessons: 100_000,
  comments: 50_000,
} as const;

export type MunicipalityPlan = {
  cbs_code: string;
  name: string;
  province: Province;
  inhabitants: number;
  size_class: SizeClass;
};

function sizeClassOf(inhabitants: number): SizeClass {
  if (inhabitants < 20_000) return "klein";
  if (inhabitants < 50_000) return "middelgroot";
  if (inhabitants < 100_000) return "groot";
  return "zeer_groot";
}

/** The 342 municipalities: mostly small and middle-sized, some large; GM0001 is a big city. */
export function planMunicipalities(): MunicipalityPlan[] {
  const random = new Random(342);
  const names = townNames(random, SIZES.municipalities);
  const province = weighted<Province>(
    provinces.values.map((value) => [value, value === "flevoland" ? 1 : value === "zeeland" ? 2 : 4] as const),
  );
  return names.map((name, index) => {
    let inhabitants: number;
    if (index === 0) inhabitants = 318_400;
    else {
      const roll = random.next();
      if (roll < 0.45) inhabitants = random.int(3_000, 19_999);
      else if (roll < 0.83) inhabitants = random.int(20_000, 49_999);
      else if (roll < 0.94) inhabitants = random.int(50_000, 99_999);
      else inhabitants = random.int(100_000, 880_000);
    }
    return {
      cbs_code: `GM${String(index + 1).padStart(4, "0")}`,
      name,
      province: index === 0 ? "zuid_holland" : province(random),
      inhabitants,
      size_class: sizeClassOf(inhabitants),
    };
  });
}
