import { z } from "zod";
import { limits } from "./limits.ts";
import { decisions, verdicts, type Stage } from "./options.ts";
import { choice, requiredText, text } from "./form-fields.ts";

/**
 * The stage gate: a pilot moves idee → ontwerp → uitvoering → evaluatie → besluit. Only a
 * directeur records the final decision, and only after an end evaluation. PocketBase enforces the
 * same (pocketbase/pb_hooks/lib/stage-gate.js and the pilots update rule).
 */
export const DecisionFormSchema = z
  .object({
    decision: choice(decisions.values, "Kies een besluit."),
    decision_rationale: requiredText("de onderbouwing van het besluit", limits.longText, 10),
    stop_reason: text(2000),
  })
  .superRefine((form, ctx) => {
    if (form.decision === "stoppen" && form.stop_reason.length < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["stop_reason"],
        message: "Geef de reden om te stoppen (minstens 10 tekens): daar leren andere gemeenten van.",
      });
    }
  })
  .transform((form) => ({ ...form, stop_reason: form.decision === "stoppen" ? form.stop_reason : "" }));
export type DecisionForm = z.output<typeof DecisionFormSchema>;

/** Why the decision cannot be recorded yet, or null when it can. */
export function decisionBlocker(pilot: { stage: Stage }, hasEndEvaluation: boolean): string | null {
  if (!hasEndEvaluation) return "Een besluit kan pas worden vastgelegd na een eindevaluatie.";
  if (pilot.stage !== "evaluatie" && pilot.stage !== "besluit") return "Zet de pilot eerst in de fase Evaluatie.";
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
