import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { actions } from "astro:actions";
import { PilotFormSchema, type PilotFormInput } from "../../domain/pilot.ts";
import { domains, principles, stages, visibilities } from "../../domain/options.ts";
import { limits } from "../../domain/limits.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../form/fields.tsx";
import { HypothesisRows } from "./HypothesisRows.tsx";
import { BudgetRows } from "./BudgetRows.tsx";
import { RiskRows, type MitigationSuggestions } from "./RiskRows.tsx";
import { PartnerRows } from "./PartnerRows.tsx";
import { ErrorSummary, flattenErrors, type SummaryError } from "../form/ErrorSummary.tsx";

type Props = {
  /** Present when editing a stored pilot. */
  pilotId?: string;
  initialValues: PilotFormInput;
  /** Proven mitigations per risk category, from the knowledge base. */
  mitigations?: MitigationSuggestions;
};

// The stage Besluit comes with the directeur's decision (its own form), never from this one.
const stageOptions = (current: string) => (current === "besluit" ? stages.list.filter((s) => s.value === "besluit") : stages.list.filter((s) => s.value !== "besluit"));

type Failure = { message: string; errors: SummaryError[] };

/**
 * The pilot form. It checks with the domain schema as people type, and the server checks the same
 * schema again before PocketBase does. On any failure every typed value stays in the form.
 */
export default function PilotForm({ pilotId, initialValues, mitigations }: Props) {
  const form = useForm({
    resolver: zodResolver(PilotFormSchema),
    defaultValues: initialValues,
    mode: "onTouched",
    shouldFocusError: false,
  });
  const [failure, setFailure] = useState<Failure | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  // Until the island has hydrated, typing would not reach the form state; tests wait for this.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const showFailure = (next: Failure) => {
    setFailure(next);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const onValid = async () => {
    setFailure(null);
    try {
      const { data, error } = await actions.savePilot({ id: pilotId, form: form.getValues() });
      if (error) return showFailure({ message: "De pilot is niet opgeslagen. Probeer het opnieuw.", errors: [] });
      if (data.ok) {
        window.location.assign(`/pilots/${data.id}?opgeslagen=1`);
        return;
      }
      for (const [path, message] of Object.entries(data.fieldErrors)) {
        form.setError(path as FieldPath<PilotFormInput>, { type: "server", message });
      }
      showFailure({
        message: data.message,
        errors: Object.entries(data.fieldErrors).map(([path, message]) => ({ path, message })),
      });
    } catch {
      showFailure({
        message: "Geen verbinding met Proeftuin. Er is niets opgeslagen; uw invoer staat nog in het formulier. Probeer het opnieuw.",
        errors: [],
      });
    }
  };

  const onInvalid = () =>
    showFailure({ message: "De pilot is niet opgeslagen: controleer de gemarkeerde velden.", errors: flattenErrors(form.formState.errors) });

  const submitting = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form className="utrecht-form" noValidate onSubmit={form.handleSubmit(onValid, onInvalid)} aria-busy={submitting} data-ready={ready}>
        {failure && <ErrorSummary ref={summary} message={failure.message} errors={failure.errors} />}

        <section className="section" aria-labelledby="kop-pilot">
          <h2 className="utrecht-heading-2" id="kop-pilot">De pilot</h2>
          <TextField name="title" label="Titel" maxLength={limits.title} />
          <TextAreaField name="summary" label="Samenvatting" description="Eén alinea die een collega-gemeente vertelt wat de pilot is." rows={3} maxLength={limits.summary} />
          <TextAreaField name="problem" label="Probleem" description="Welk maatschappelijk probleem pakt de pilot aan?" rows={5} maxLength={limits.longText} />
          <TextField name="target_group" label="Doelgroep" maxLength={limits.shortText} />
          <div className="form-grid">
            <SelectField name="domain" label="Domein" options={domains.list} />
            <SelectField name="stage" label="Fase" options={stageOptions(initialValues.stage)} />
            <SelectField name="visibility" label="Wie mag de pilot zien?" options={visibilities.list} />
            <TextField name="start_date" label="Startdatum" type="date" optional />
            <TextField name="end_date" label="Einddatum" type="date" optional />
          </div>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Principes (niet verplicht)</legend>
            <ul className="checkbox-list">
              {principles.list.map((principle) => (
                <li key={principle.value}>
                  <label>
                    <input className="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox"
                      value={principle.value}
                      defaultChecked={initialValues.principles.includes(principle.value)}
                      {...form.register("principles")}
                    />
                    {principle.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <TextField name="tags" label="Trefwoorden" optional description="Gescheiden door komma's, bijvoorbeeld: jongeren, werk" />
        </section>

        <HypothesisRows />

        <fieldset className="utrecht-form-fieldset section">
          <legend className="utrecht-form-fieldset__legend">Onderzoeksopzet (niet verplicht)</legend>
          <CheckboxField name="comparison_group" label="De resultaten worden vergeleken met een vergelijkingsgroep" />
          <CheckboxField name="independent_replication" label="Een andere gemeente heeft de pilot onafhankelijk herhaald" />
        </fieldset>
        <BudgetRows />
        <RiskRows suggestions={mitigations} />
        <PartnerRows />

        <div className="form-actions">
          <button className="utrecht-button utrecht-button--primary-action" type="submit" disabled={submitting}>
            {submitting ? "Bezig met opslaan…" : "Pilot opslaan"}
          </button>
          <a className="utrecht-link" href={pilotId ? `/pilots/${pilotId}` : "/pilots"}>
            Annuleren
          </a>
        </div>
      </form>
    </FormProvider>
  );
}
