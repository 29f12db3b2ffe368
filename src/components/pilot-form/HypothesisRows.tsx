import { useEffect, useRef } from "react";
import { useFieldArray, useFormContext, useFormState } from "react-hook-form";
import { emptyHypothesis, type PilotFormInput } from "../../domain/pilot.ts";
import { directions } from "../../domain/options.ts";
import { limits } from "../../domain/limits.ts";
import { SelectField, TextAreaField, TextField } from "../form/fields.tsx";
import { confirmRemoval, RowHeader } from "../form/RowHeader.tsx";
import type { CatalogueChoice } from "../../domain/indicator-catalogue.ts";
import { CATALOGUE_LIST_ID, CatalogueHint } from "./CatalogueHint.tsx";

const ROW_FIELD = /^hypotheses\.(\d+)\.(baseline|direction)$/;

/**
 * Whether a target is right depends on the baseline and the direction too: once the form was
 * submitted and the target filled in (or marked), it is checked again as soon as either changes,
 * so its message comes and goes with the change that causes it. Before the first submit nothing is
 * marked.
 */
function useRecheckTarget() {
  const { watch, trigger, getFieldState } = useFormContext<PilotFormInput>();
  const submitted = useRef(false);
  submitted.current = useFormState<PilotFormInput>().isSubmitted;
  useEffect(() => {
    const subscription = watch((_, { name }) => {
      const row = name?.match(ROW_FIELD)?.[1];
      if (row === undefined) return;
      const target = `hypotheses.${Number(row)}.target` as const;
      const { isTouched, invalid } = getFieldState(target);
      if (invalid || (isTouched && submitted.current)) void trigger(target);
    });
    return () => subscription.unsubscribe();
  }, [watch, trigger, getFieldState]);
}

/** `catalogue`: the indicator catalogue the indicator field suggests; `pilotId`: the pilot being edited, left out of the comparison. */
export function HypothesisRows({ catalogue = [], pilotId }: { catalogue?: readonly CatalogueChoice[]; pilotId?: string | undefined }) {
  const { control } = useFormContext<PilotFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "hypotheses", keyName: "key" });
  useRecheckTarget();
  return (
    <section className="section" aria-labelledby="kop-hypothesen">
      <h2 className="utrecht-heading-2" id="kop-hypothesen">
        Hypothesen en succescriteria
      </h2>
      <p className="utrecht-paragraph">Wat verwacht u, hoe meet u het, en wanneer is de pilot geslaagd?</p>
      {fields.length === 0 && <p className="utrecht-paragraph">Nog geen hypothesen.</p>}
      {catalogue.length > 0 && (
        <datalist id={CATALOGUE_LIST_ID}>
          {catalogue.map((choice) => (
            <option key={choice.id} value={choice.name} />
          ))}
        </datalist>
      )}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="utrecht-form-fieldset form-row">
          <RowHeader
            legend={`Hypothese ${index + 1}`}
            removeLabel={`Verwijder hypothese ${index + 1}`}
            onRemove={() => confirmRemoval(Boolean(field.id), `Hypothese ${index + 1}`) && remove(index)}
          />
          <TextAreaField
            name={`hypotheses.${index}.statement`}
            label="Hypothese"
            description="Als wij … voor …, dan verwachten wij …"
            rows={2}
            maxLength={limits.summary}
          />
          <div className="form-grid">
            <TextField
              name={`hypotheses.${index}.indicator`}
              label="Indicator"
              description={
                catalogue.length > 0
                  ? "Wat meet u? Kies een indicator uit de catalogus terwijl u typt, of beschrijf uw eigen indicator."
                  : "Wat meet u, bijvoorbeeld: aantal uitkeringsaanvragen"
              }
              maxLength={limits.shortText}
              list={catalogue.length > 0 ? CATALOGUE_LIST_ID : undefined}
            />
            <TextField
              name={`hypotheses.${index}.unit`}
              label="Eenheid"
              optional
              description="Bijvoorbeeld: %, aanvragen, euro"
              maxLength={40}
            />
            <SelectField name={`hypotheses.${index}.direction`} label="Richting" options={directions.list} />
            <TextField name={`hypotheses.${index}.baseline`} label="Nulmeting" inputMode="decimal" description="Bijvoorbeeld: 1000 of 68" />
            <TextField
              name={`hypotheses.${index}.target`}
              label="Streefwaarde"
              inputMode="decimal"
              description="Bijvoorbeeld: 850 of 72,5; beter dan de nulmeting, in de gekozen richting"
            />
            <TextField name={`hypotheses.${index}.measure_by`} label="Meten vóór" type="date" optional />
          </div>
          <CatalogueHint index={index} catalogue={catalogue} pilotId={pilotId} />
        </fieldset>
      ))}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => append(emptyHypothesis())}>
        Hypothese toevoegen
      </button>
    </section>
  );
}
