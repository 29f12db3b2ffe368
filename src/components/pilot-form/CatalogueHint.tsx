import { useEffect, useState } from "react";
import { StatusBadge } from "@utrecht/component-library-react";
import { useFormContext, useWatch } from "react-hook-form";
import type { PilotFormInput } from "../../domain/pilot.ts";
import { catalogueMatch, indicatorSourceLine, type CatalogueChoice } from "../../domain/indicator-catalogue.ts";
import { achievedSentence, BEYOND_MESSAGE, targetBeyondAchieved, type AchievedFigures } from "../../domain/realistic-target.ts";

/** The id of the form's one <datalist> of catalogue names (HypothesisRows renders it). */
export const CATALOGUE_LIST_ID = "indicatorcatalogus";

/**
 * Keeps a hypothesis's catalogue link in step with its indicator text: picking or typing a
 * catalogue name links it (and fills an empty unit, and the direction while nulmeting and
 * streefwaarde are still empty); any other text unlinks it, so free text stays possible.
 */
function useCatalogueLink(index: number, catalogue: readonly CatalogueChoice[]): string {
  const { watch, getValues, setValue } = useFormContext<PilotFormInput>();
  // Kept here as well: a value set from inside a watch callback does not reach useWatch.
  const [linked, setLinked] = useState(() => getValues(`hypotheses.${index}.indicator_ref`) ?? "");
  useEffect(() => {
    const subscription = watch((_, { name, type }) => {
      if (name !== `hypotheses.${index}.indicator` || type !== "change") return;
      const row = getValues(`hypotheses.${index}`);
      const chosen = catalogueMatch(catalogue, row.indicator);
      if ((row.indicator_ref ?? "") !== (chosen?.id ?? "")) setValue(`hypotheses.${index}.indicator_ref`, chosen?.id ?? "");
      setLinked(chosen?.id ?? "");
      if (!chosen) return;
      if (row.unit.trim() === "" && chosen.unit !== "") setValue(`hypotheses.${index}.unit`, chosen.unit);
      if (row.baseline.trim() === "" && row.target.trim() === "") setValue(`hypotheses.${index}.direction`, chosen.direction);
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, setValue, index, catalogue]);
  return linked;
}

type Answer = { indicator: string; figures: AchievedFigures } | { indicator: string; failed: true };

/**
 * Under a hypothesis on a catalogue indicator: its source, and what comparable pilots achieved on it
 * (asked with the visitor's session from /indicatoren/{id}/bereikt.json, which counts only what
 * the visitor may read), with a warning when the target asks for more than any of them reached.
 */
export function CatalogueHint({
  index,
  catalogue,
  pilotId,
}: {
  index: number;
  catalogue: readonly CatalogueChoice[];
  pilotId?: string | undefined;
}) {
  const ref = useCatalogueLink(index, catalogue);
  const { register } = useFormContext<PilotFormInput>();
  const [baseline, target] = useWatch<PilotFormInput>({ name: [`hypotheses.${index}.baseline`, `hypotheses.${index}.target`] }) as [
    string,
    string,
  ];
  const indicator = catalogue.find((choice) => choice.id === ref);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!indicator) return;
    const controller = new AbortController();
    const query = pilotId ? `?pilot=${encodeURIComponent(pilotId)}` : "";
    fetch(`/indicatoren/${encodeURIComponent(indicator.id)}/bereikt.json${query}`, {
      signal: controller.signal,
      credentials: "same-origin",
    })
      .then((response) =>
        response.ok ? (response.json() as Promise<AchievedFigures>) : Promise.reject(new Error(String(response.status))),
      )
      .then((figures) => setAnswer({ indicator: indicator.id, figures }))
      .catch(() => {
        if (!controller.signal.aborted) setAnswer({ indicator: indicator.id, failed: true });
      });
    return () => controller.abort();
  }, [indicator, pilotId]);

  // Registered, so the link is one of the row's values like any field.
  const link = <input type="hidden" {...register(`hypotheses.${index}.indicator_ref`)} />;
  if (!indicator) return link;
  const current = answer?.indicator === indicator.id ? answer : null;
  const beyond = current && "figures" in current && targetBeyondAchieved(current.figures, { baseline, target }, indicator.direction);
  return (
    <div aria-live="polite">
      {link}
      <p className="utrecht-paragraph">
        Uit de indicatorencatalogus: <strong>{indicator.name}</strong> (bron: {indicatorSourceLine(indicator)}).
      </p>
      {current && "figures" in current && <p className="utrecht-paragraph">{achievedSentence(current.figures)}</p>}
      {current && "failed" in current && (
        <p className="utrecht-paragraph">Wat vergelijkbare pilots bereikten, kon nu niet worden opgehaald.</p>
      )}
      {beyond && (
        <p className="utrecht-paragraph">
          <StatusBadge status="warning">
            <span aria-hidden="true">⚠ </span>
            {BEYOND_MESSAGE}
          </StatusBadge>
        </p>
      )}
    </div>
  );
}
