import { useFieldArray, useFormContext } from "react-hook-form";
import { emptyRisk, type PilotFormInput } from "../../domain/pilot.ts";
import { riskCategories, riskStatuses } from "../../domain/options.ts";
import { limits } from "../../domain/limits.ts";
import { scaleOptions, SelectField, TextAreaField, TextField } from "../form/fields.tsx";
import { confirmRemoval, RowHeader } from "../form/RowHeader.tsx";

const likelihoodOptions = scaleOptions(["zeer klein", "klein", "mogelijk", "waarschijnlijk", "bijna zeker"]);
const impactOptions = scaleOptions(["zeer klein", "klein", "merkbaar", "groot", "zeer groot"]);

export function RiskRows() {
  const { control } = useFormContext<PilotFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "risks", keyName: "key" });
  return (
    <section className="section" aria-labelledby="kop-risicos">
      <h2 className="utrecht-heading-2" id="kop-risicos">Risico's</h2>
      <p className="utrecht-paragraph">Kans maal impact geeft de risicoscore (1 tot 25); vanaf 15 vraagt een risico om aandacht.</p>
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
        </fieldset>
      ))}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => append(emptyRisk())}>
        Risico toevoegen
      </button>
    </section>
  );
}
