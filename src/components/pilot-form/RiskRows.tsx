import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { emptyRisk, type PilotFormInput } from "../../domain/pilot.ts";
import { riskCategories, riskStatuses, type RiskCategory } from "../../domain/options.ts";
import { limits } from "../../domain/limits.ts";
import { HIGH_RISK_SCORE } from "../../domain/risk-score.ts";
import { scaleOptions, SelectField, TextAreaField, TextField } from "../form/fields.tsx";
import { confirmRemoval, RowHeader } from "../form/RowHeader.tsx";

const likelihoodOptions = scaleOptions(["zeer klein", "klein", "mogelijk", "waarschijnlijk", "bijna zeker"]);
const impactOptions = scaleOptions(["zeer klein", "klein", "merkbaar", "groot", "zeer groot"]);

export type MitigationSuggestions = Partial<Record<RiskCategory, string[]>>;

/** Proven mitigations from the knowledge base's risk catalogue for the row's category, one click to use. */
function Suggestions({ index, suggestions }: { index: number; suggestions: MitigationSuggestions }) {
  const { setValue, getValues } = useFormContext<PilotFormInput>();
  const category = useWatch<PilotFormInput, `risks.${number}.category`>({ name: `risks.${index}.category` });
  const lines = suggestions[category] ?? [];
  if (lines.length === 0) return null;
  const use = (line: string) => {
    const current = getValues(`risks.${index}.mitigation`).trim();
    setValue(`risks.${index}.mitigation`, current ? `${current}\n${line}` : line, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <div className="suggestions">
      <p className="utrecht-paragraph" id={`suggesties-${index}`}>
        Beproefde maatregelen uit de{" "}
        <a className="utrecht-link" href="/kennisbank#risico">
          kennisbank
        </a>{" "}
        voor {riskCategories.label(category).toLowerCase()}:
      </p>
      <ul className="suggestion-list" aria-labelledby={`suggesties-${index}`}>
        {lines.map((line) => (
          <li key={line}>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => use(line)}>
              Gebruik: {line}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RiskRows({ suggestions = {} }: { suggestions?: MitigationSuggestions }) {
  const { control } = useFormContext<PilotFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "risks", keyName: "key" });
  return (
    <section className="section" aria-labelledby="kop-risicos">
      <h2 className="utrecht-heading-2" id="kop-risicos">
        Risico's
      </h2>
      <p className="utrecht-paragraph">
        Kans maal impact geeft de risicoscore (1 tot 25). Vanaf {HIGH_RISK_SCORE} vraagt een risico om aandacht: het staat in “Aandacht
        nodig” van het portfolio tot het gesloten is, ook als er een beheersmaatregel is.
      </p>
      {fields.length === 0 && <p className="utrecht-paragraph">Nog geen risico's.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="utrecht-form-fieldset form-row">
          <RowHeader
            legend={`Risico ${index + 1}`}
            removeLabel={`Verwijder risico ${index + 1}`}
            onRemove={() => confirmRemoval(Boolean(field.id), `Risico ${index + 1}`) && remove(index)}
          />
          <div className="form-grid">
            <TextField name={`risks.${index}.title`} label="Risico" maxLength={limits.shortText} />
            <SelectField name={`risks.${index}.category`} label="Categorie" options={riskCategories.list} />
            <SelectField name={`risks.${index}.likelihood`} label="Kans" options={likelihoodOptions} />
            <SelectField name={`risks.${index}.impact`} label="Impact" options={impactOptions} />
            <TextField name={`risks.${index}.owner`} label="Eigenaar" optional maxLength={120} />
            <SelectField name={`risks.${index}.status`} label="Status" options={riskStatuses.list} />
          </div>
          <TextAreaField name={`risks.${index}.mitigation`} label="Beheersmaatregel" optional rows={2} maxLength={limits.summary} />
          <Suggestions index={index} suggestions={suggestions} />
        </fieldset>
      ))}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => append(emptyRisk())}>
        Risico toevoegen
      </button>
    </section>
  );
}
