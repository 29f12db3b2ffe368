import { describe, it, expect } from "vitest";
import { emptyPilotForm } from "../../src/domain/pilot.ts";
import { limits } from "../../src/domain/limits.ts";
import {
  rowId,
  validHypothesis,
  validBudgetLine,
  validRisk,
  issuesOf,
  withForm,
  withHypothesis,
  withBudgetLine,
  withRisk,
} from "./pilot-forms.ts";

describe("PilotFormSchema: refusals, each with a Dutch message at the right path", () => {
  it.each<[string, Record<string, unknown>, Array<string | number>, string]>([
    ["a title too short", withForm({ title: "ab" }), ["title"], "Gebruik minstens 3 tekens."],
    ["a title too short once trimmed", withForm({ title: "  ab  " }), ["title"], "Gebruik minstens 3 tekens."],
    ["a title too long", withForm({ title: "a".repeat(limits.title + 1) }), ["title"], `Maximaal ${limits.title} tekens.`],
    ["a missing title", withForm({ title: undefined }), ["title"], "Vul een titel in."],
    ["a summary too short", withForm({ summary: "Te kort" }), ["summary"], "Gebruik minstens 10 tekens."],
    ["an empty target group", withForm({ target_group: "   " }), ["target_group"], "Vul de doelgroep in."],
    [
      "a theory of change too long",
      withForm({ theory_of_change: "a".repeat(limits.theoryOfChange + 1) }),
      ["theory_of_change"],
      `Maximaal ${limits.theoryOfChange} tekens.`,
    ],
    [
      "an end date before the start date",
      withForm({ start_date: "2026-05-01", end_date: "2026-04-30" }),
      ["end_date"],
      "De einddatum ligt vóór de startdatum.",
    ],
    ["the date 2026-02-30", withForm({ start_date: "2026-02-30" }), ["start_date"], "Vul een geldige datum in (dd-mm-jjjj)."],
    ["the date 2025-02-29", withForm({ start_date: "", end_date: "2025-02-29" }), ["end_date"], "Vul een geldige datum in (dd-mm-jjjj)."],
    ["the date 2026-13-01", withForm({ end_date: "2026-13-01" }), ["end_date"], "Vul een geldige datum in (dd-mm-jjjj)."],
    ["a Dutch-ordered date", withForm({ start_date: "01-03-2026" }), ["start_date"], "Vul een geldige datum in (dd-mm-jjjj)."],
    ["an unknown domain", withForm({ domain: "xyz" }), ["domain"], "Kies een domein."],
    ["an unknown stage", withForm({ stage: "klaar" }), ["stage"], "Kies een fase."],
    ["an unknown visibility", withForm({ visibility: "geheim" }), ["visibility"], "Kies wie de pilot mag zien."],
    ["an unknown principle", withForm({ principles: ["preventie", "toveren"] }), ["principles", 1], "Onbekend principe."],
    [
      "21 tags",
      withForm({ tags: Array.from({ length: limits.tags + 1 }, (_, index) => `tag${index}`).join(",") }),
      ["tags"],
      `Maximaal ${limits.tags} trefwoorden.`,
    ],
    [
      "a tag over 40 characters",
      withForm({ tags: `zorg, ${"x".repeat(limits.tag + 1)}` }),
      ["tags"],
      `Een trefwoord heeft maximaal ${limits.tag} tekens.`,
    ],
    [
      "more hypotheses than the limit",
      withForm({ hypotheses: Array.from({ length: limits.hypotheses + 1 }, () => validHypothesis()) }),
      ["hypotheses"],
      `Maximaal ${limits.hypotheses} hypothesen.`,
    ],
    [
      "more budget lines than the limit",
      withForm({ budget_lines: Array.from({ length: limits.budgetLines + 1 }, () => validBudgetLine()) }),
      ["budget_lines"],
      `Maximaal ${limits.budgetLines} begrotingsregels.`,
    ],
    [
      "more risks than the limit",
      withForm({ risks: Array.from({ length: limits.risks + 1 }, () => validRisk()) }),
      ["risks"],
      `Maximaal ${limits.risks} risico's.`,
    ],
    [
      "more partners than the limit",
      withForm({ partners: Array.from({ length: limits.partners + 1 }, () => ({ name: "Partner", role: "" })) }),
      ["partners"],
      `Maximaal ${limits.partners} partners.`,
    ],
    [
      "a partner without a name",
      withForm({ partners: [{ name: " ", role: "" }] }),
      ["partners", 0, "name"],
      "Vul de naam van de partner in.",
    ],
    ["likelihood 9", withRisk({ likelihood: "9" }), ["risks", 0, "likelihood"], "Kies de kans van 1 tot en met 5."],
    ["likelihood 0", withRisk({ likelihood: "0" }), ["risks", 0, "likelihood"], "Kies de kans van 1 tot en met 5."],
    ["an empty likelihood", withRisk({ likelihood: "" }), ["risks", 0, "likelihood"], "Kies de kans van 1 tot en met 5."],
    ["likelihood 2,5", withRisk({ likelihood: "2,5" }), ["risks", 0, "likelihood"], "Kies de kans van 1 tot en met 5."],
    ["impact 6", withRisk({ impact: "6" }), ["risks", 0, "impact"], "Kies de impact van 1 tot en met 5."],
    ["a risk title too short", withRisk({ title: "ab" }), ["risks", 0, "title"], "Gebruik minstens 3 tekens."],
    ["an unknown risk category", withRisk({ category: "weer" }), ["risks", 0, "category"], "Kies een categorie."],
    [
      "a negative amount",
      withBudgetLine({ planned_cents: "-5" }),
      ["budget_lines", 0, "planned_cents"],
      "Het begrote bedrag kan niet negatief zijn: vul 0 of een hoger bedrag in.",
    ],
    [
      "a negative spent amount written with the euro sign",
      withBudgetLine({ spent_cents: "€ -1.250,50" }),
      ["budget_lines", 0, "spent_cents"],
      "Het uitgegeven bedrag kan niet negatief zijn: vul 0 of een hoger bedrag in.",
    ],
    [
      "an amount with letters",
      withBudgetLine({ spent_cents: "12abc" }),
      ["budget_lines", 0, "spent_cents"],
      "Vul het uitgegeven bedrag in euro's in, bijvoorbeeld 250.000, € 250.000,- of 1.250,50.",
    ],
    [
      "an English decimal amount",
      withBudgetLine({ planned_cents: "12.5" }),
      ["budget_lines", 0, "planned_cents"],
      "Vul het begrote bedrag in euro's in, bijvoorbeeld 250.000, € 250.000,- of 1.250,50.",
    ],
    [
      "one cent over one billion euro",
      withBudgetLine({ planned_cents: "1.000.000.000,01" }),
      ["budget_lines", 0, "planned_cents"],
      "Dit bedrag is groter dan één miljard euro.",
    ],
    [
      "two billion euro",
      withBudgetLine({ spent_cents: "2.000.000.000" }),
      ["budget_lines", 0, "spent_cents"],
      "Dit bedrag is groter dan één miljard euro.",
    ],
    // A well-formed amount beyond the safe-integer range is still an amount over one billion.
    [
      "a hundred thousand trillion euro",
      withBudgetLine({ planned_cents: "100.000.000.000.000.000" }),
      ["budget_lines", 0, "planned_cents"],
      "Dit bedrag is groter dan één miljard euro.",
    ],
    ["the year 1999", withBudgetLine({ year: "1999" }), ["budget_lines", 0, "year"], "Vul een jaar in tussen 2000 en 2100."],
    ["the year 2101", withBudgetLine({ year: "2101" }), ["budget_lines", 0, "year"], "Vul een jaar in tussen 2000 en 2100."],
    ["an empty year", withBudgetLine({ year: "" }), ["budget_lines", 0, "year"], "Vul een jaar in tussen 2000 en 2100."],
    ["an unknown funding source", withBudgetLine({ source: "loterij" }), ["budget_lines", 0, "source"], "Kies een financieringsbron."],
    [
      "a baseline that is not a number",
      withHypothesis({ baseline: "abc" }),
      ["hypotheses", 0, "baseline"],
      "Vul de nulmeting in als getal, bijvoorbeeld 850 of 72,5.",
    ],
    [
      "an empty target",
      withHypothesis({ target: "" }),
      ["hypotheses", 0, "target"],
      "Vul de streefwaarde in als getal, bijvoorbeeld 850 of 72,5.",
    ],
    ["a baseline over 10^12", withHypothesis({ baseline: "2.000.000.000.000" }), ["hypotheses", 0, "baseline"], "Dit getal is te groot."],
    ["an unknown direction", withHypothesis({ direction: "opzij" }), ["hypotheses", 0, "direction"], "Kies of hoger of lager beter is."],
    [
      "an invalid measure-by date",
      withHypothesis({ measure_by: "2026-02-30" }),
      ["hypotheses", 0, "measure_by"],
      "Vul een geldige datum in (dd-mm-jjjj).",
    ],
    ["a row id that is too short", withRisk({ id: "abc" }), ["risks", 0, "id"], "Ongeldige verwijzing."],
    ["a row id that is too long", withRisk({ id: `${rowId}x` }), ["risks", 0, "id"], "Ongeldige verwijzing."],
    ["a row id in capitals", withHypothesis({ id: rowId.toUpperCase() }), ["hypotheses", 0, "id"], "Ongeldige verwijzing."],
    ["a row id with a filter fragment", withBudgetLine({ id: "abc' || 1=1 --x" }), ["budget_lines", 0, "id"], "Ongeldige verwijzing."],
  ])("refuses %s", (_name, form, path, message) => {
    expect(issuesOf(form)).toEqual([{ path, message }]);
  });
});

describe("emptyPilotForm", () => {
  it("is refused until the required fields are filled in", () => {
    const paths = issuesOf({ ...emptyPilotForm() }).map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["title", "summary", "problem", "target_group", "hypotheses.0.statement", "risks.0.title"]),
    );
  });
});
