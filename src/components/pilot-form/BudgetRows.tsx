import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { emptyBudgetLine, type PilotFormInput } from "../../domain/pilot.ts";
import { fundingSources } from "../../domain/options.ts";
import { parseEuros, formatEuros } from "../../domain/money.ts";
import { grandTotal, totalsBySource } from "../../domain/budget-totals.ts";
import { SelectField, TextField } from "../form/fields.tsx";
import { confirmRemoval, RowHeader } from "../form/RowHeader.tsx";

export function BudgetRows() {
  const { control } = useFormContext<PilotFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "budget_lines", keyName: "key" });
  return (
    <section className="section" aria-labelledby="kop-begroting">
      <h2 className="utrecht-heading-2" id="kop-begroting">
        Begroting per financieringsbron
      </h2>
      <p className="utrecht-paragraph">Bedragen in euro's, zoals u ze gewend bent te schrijven: 250.000, € 250.000,- of 1.250,50.</p>
      {fields.length === 0 && <p className="utrecht-paragraph">Nog geen begrotingsregels.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.key} className="utrecht-form-fieldset form-row">
          <RowHeader
            legend={`Begrotingsregel ${index + 1}`}
            removeLabel={`Verwijder begrotingsregel ${index + 1}`}
            onRemove={() => confirmRemoval(Boolean(field.id), `Begrotingsregel ${index + 1}`) && remove(index)}
          />
          <div className="form-grid">
            <SelectField name={`budget_lines.${index}.source`} label="Financieringsbron" options={fundingSources.list} />
            <TextField name={`budget_lines.${index}.year`} label="Jaar" inputMode="numeric" maxLength={4} />
            <TextField name={`budget_lines.${index}.planned_cents`} label="Begroot (€)" inputMode="decimal" />
            <TextField name={`budget_lines.${index}.spent_cents`} label="Besteed (€)" inputMode="decimal" optional />
            <TextField name={`budget_lines.${index}.reporting_deadline`} label="Verantwoorden vóór" type="date" optional />
          </div>
        </fieldset>
      ))}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => append(emptyBudgetLine())}>
        Begrotingsregel toevoegen
      </button>
      <BudgetTotals />
    </section>
  );
}

const typedCents = (value: string | undefined) => {
  const cents = parseEuros(value ?? "");
  return cents !== null && Number.isFinite(cents) ? cents : 0;
};

/** Totals per funding source, recomputed as the amounts are typed; amounts that do not parse yet count as 0. */
function BudgetTotals() {
  const lines = useWatch<PilotFormInput, "budget_lines">({ name: "budget_lines" }) ?? [];
  const amounts = lines.map((line) => ({
    source: line.source,
    planned_cents: typedCents(line.planned_cents),
    spent_cents: typedCents(line.spent_cents),
  }));
  const totals = totalsBySource(amounts);
  const total = grandTotal(amounts);
  if (totals.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="utrecht-table" id="begroting-totalen">
        <caption className="utrecht-table__caption">Totaal per financieringsbron</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Financieringsbron
            </th>
            <th className="utrecht-table__header-cell num" scope="col">
              Begroot
            </th>
            <th className="utrecht-table__header-cell num" scope="col">
              Besteed
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {totals.map((row) => (
            <tr className="utrecht-table__row" key={row.source}>
              <th className="utrecht-table__header-cell" scope="row">
                {fundingSources.label(row.source)}
              </th>
              <td className="utrecht-table__cell num">{formatEuros(row.planned_cents)}</td>
              <td className="utrecht-table__cell num">{formatEuros(row.spent_cents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              Totaal
            </th>
            <td className="utrecht-table__cell num">
              <strong>{formatEuros(total.planned_cents)}</strong>
            </td>
            <td className="utrecht-table__cell num">
              <strong>{formatEuros(total.spent_cents)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
