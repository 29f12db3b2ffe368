import { useFieldArray, useFormContext } from "react-hook-form";
import { emptyPartner, type PilotFormInput } from "../../domain/pilot.ts";
import { TextField } from "../form/fields.tsx";
import { RowHeader } from "../form/RowHeader.tsx";

export function PartnerRows() {
  const { control } = useFormContext<PilotFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "partners", keyName: "key" });
  return (
    <section className="section" aria-labelledby="kop-partners">
      <h2 className="utrecht-heading-2" id="kop-partners">
        Partners
      </h2>
      {fields.length === 0 && <p className="utrecht-paragraph">Nog geen partners.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="utrecht-form-fieldset form-row">
          <RowHeader legend={`Partner ${index + 1}`} removeLabel={`Verwijder partner ${index + 1}`} onRemove={() => remove(index)} />
          <div className="form-grid">
            <TextField name={`partners.${index}.name`} label="Naam" maxLength={120} />
            <TextField name={`partners.${index}.role`} label="Rol in de pilot" optional maxLength={200} />
          </div>
        </fieldset>
      ))}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => append(emptyPartner())}>
        Partner toevoegen
      </button>
    </section>
  );
}
