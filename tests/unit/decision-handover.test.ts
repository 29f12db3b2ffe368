import { describe, expect, it } from "vitest";
import { LessonFormSchema, lessonFromEvaluation } from "../../src/domain/lesson.ts";
import { decisionDocumentProblem } from "../../src/domain/stage-gate.ts";

const pilot = { id: "abcdefghijklmno", title: "Buurtbudget in Noord", domain: "wonen" as const, target_group: "Bewoners van Noord" };
const evaluation = {
  what_worked: "De vaste contactpersoon maakte het verschil.",
  what_did_not: "",
  observations: "Bewoners kwamen op elke buurtavond.",
  rationale: "Opschalen naar drie buurten.",
};

describe("lessonFromEvaluation: the lesson drafted from the end evaluation", () => {
  const draft = lessonFromEvaluation(pilot, evaluation);

  it("takes the pilot's title, domain, target group and link", () => {
    expect([draft.title, draft.domain, draft.target_group, draft.pilot]).toEqual([
      "Les uit Buurtbudget in Noord",
      "wonen",
      "Bewoners van Noord",
      pilot.id,
    ]);
  });

  it("puts what the evaluation found in the body under Dutch headings, leaving out empty parts", () => {
    expect(draft.body).toBe(
      "**Wat werkte:** De vaste contactpersoon maakte het verschil.\n\n" +
        "**Wat we zagen:** Bewoners kwamen op elke buurtavond.\n\n" +
        "**Voorstel en onderbouwing:** Opschalen naar drie buurten.",
    );
    expect(draft.body).not.toContain("Wat werkte niet");
  });

  it("is a lesson the form accepts, so the handover can be saved as drafted", () => {
    expect(LessonFormSchema.safeParse({ ...draft, tags: "" }).success).toBe(true);
  });

  it("keeps a long pilot title within the lesson's 200 characters", () => {
    expect(lessonFromEvaluation({ ...pilot, title: "x".repeat(200) }, evaluation).title).toHaveLength(200);
  });
});

describe("decisionDocumentProblem", () => {
  it.each(["besluit.pdf", "memo.DOCX", "memo.doc", "nota.odt"])("accepts %s", (name) => {
    expect(decisionDocumentProblem({ name, size: 1000 })).toBeNull();
  });

  it.each(["besluit.exe", "memo.html", "memo", "foto.png"])("refuses %s with a Dutch message", (name) => {
    expect(decisionDocumentProblem({ name, size: 1000 })).toBe("Voeg een PDF-, Word- of ODT-bestand toe.");
  });

  it("refuses a file over 10 MB, and accepts exactly 10 MB", () => {
    expect(decisionDocumentProblem({ name: "a.pdf", size: 10 * 1024 * 1024 + 1 })).toBe("Het document is groter dan 10 MB.");
    expect(decisionDocumentProblem({ name: "a.pdf", size: 10 * 1024 * 1024 })).toBeNull();
  });
});
