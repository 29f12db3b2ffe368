import { z } from "zod";
import { limits } from "./limits.ts";
import { decisions, verdicts, type Stage } from "./options.ts";
import { choice, requiredText, text } from "./form-fields.ts";

/**
 * The stage gate: a pilot moves idee → ontwerp → uitvoering → evaluatie → besluit. Only a
 * directeur records the final decision, after an end evaluation and a lesson from the pilot.
 * PocketBase enforces the same (pocketbase/pb_hooks/lib/decisions.js, lib/stage-gate.js and the
 * API rules of decisions and pilots).
 */
export const DecisionFormSchema = z
  .object({
    decision: choice(decisions.values, "Kies een besluit."),
    decision_rationale: requiredText("de onderbouwing van het besluit", limits.longText, 10),
    stop_reason: text(2000),
  })
  .superRefine(
    (form, ctx) => {
      if (form.decision === "stoppen" && form.stop_reason.length < 10) {
        ctx.addIssue({
          code: "custom",
          path: ["stop_reason"],
          message: "Geef de reden om te stoppen (minstens 10 tekens): daar leren andere gemeenten van.",
        });
      }
    },
    // Also when another field is refused, so the first submit lists every error at once.
    { when: ({ value }) => typeof (value as { stop_reason?: unknown } | null)?.stop_reason === "string" },
  )
  .transform((form) => ({ ...form, stop_reason: form.decision === "stoppen" ? form.stop_reason : "" }));
export type DecisionForm = z.output<typeof DecisionFormSchema>;

/** What has to happen before a decision can be recorded; each kind has its own next step on the page. */
export type DecisionBlocker = { kind: "eindevaluatie" | "fase" | "les"; text: string };

/**
 * Why the decision cannot be recorded yet, or null when it can: an end evaluation first, then the
 * stage Evaluatie, then at least one lesson (the knowledge handover). PocketBase refuses the same
 * (pocketbase/pb_hooks/lib/decisions.js), in the same order and words.
 */
export function decisionBlocker(pilot: { stage: Stage }, endEvaluations: number, lessons: number): DecisionBlocker | null {
  if (endEvaluations === 0) return { kind: "eindevaluatie", text: "Een besluit kan pas worden vastgelegd na een eindevaluatie." };
  if (pilot.stage !== "evaluatie" && pilot.stage !== "besluit") return { kind: "fase", text: "Zet de pilot eerst in de fase Evaluatie." };
  if (lessons === 0) {
    return { kind: "les", text: "Leg eerst minstens één les uit deze pilot vast: met het besluit gaat de kennis over." };
  }
  return null;
}

/** A collegebesluit or memo attached to a decision (decisions.document in PocketBase). */
export const decisionDocumentRules = { maxBytes: 10 * 1024 * 1024, extensions: ["pdf", "doc", "docx", "odt"] } as const;

export function decisionDocumentProblem(file: { name: string; size: number }): string | null {
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  if (!(decisionDocumentRules.extensions as readonly string[]).includes(extension)) {
    return "Voeg een PDF-, Word- of ODT-bestand toe.";
  }
  if (file.size > decisionDocumentRules.maxBytes) return "Het document is groter dan 10 MB.";
  return null;
}

/** The manager's verdict on a hypothesis: the proposal confirmed, or overruled with a reason. */
export const VerdictFormSchema = z
  .object({
    verdict: choice(verdicts.values, "Kies een oordeel."),
    proposed: choice(verdicts.values, "Onbekend voorstel."),
    verdict_reason: text(2000),
  })
  .superRefine((form, ctx) => {
    if (form.verdict !== form.proposed && form.verdict_reason.length < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["verdict_reason"],
        message: "Leg uit waarom u afwijkt van het voorgestelde oordeel (minstens 10 tekens).",
      });
    }
  });
export type VerdictForm = z.output<typeof VerdictFormSchema>;
