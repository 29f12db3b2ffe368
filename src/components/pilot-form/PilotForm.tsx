import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { actions } from "astro:actions";
import { PilotFormSchema, type PilotFormInput } from "../../domain/pilot.ts";
import { domains, principles, stages, visibilities } from "../../domain/options.ts";
import { limits } from "../../domain/limits.ts";
import { SelectField, TextAreaField, TextField } from "../form/fields.tsx";
import { adoptedPilotFormSchema, LOCAL_FACTS_NOTICE, type OriginalFacts } from "../../domain/adoption.ts";
import { MIN_THEORY_OF_CHANGE, PLANNING_STAGES } from "../../domain/evidence-ladder.ts";
import { HypothesisRows } from "./HypothesisRows.tsx";
import type { CatalogueChoice } from "../../domain/indicator-catalogue.ts";
import { BudgetRows } from "./BudgetRows.tsx";
import { RiskRows, type MitigationSuggestions } from "./RiskRows.tsx";
import { PartnerRows } from "./PartnerRows.tsx";
import { InterventionField, type InterventionOption } from "./InterventionField.tsx";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { recheckShownErrors, useSaveFeedback } from "../form/use-save-feedback.ts";

type Props = {
  /** Present when editing a stored pilot. */
  pilotId?: string;
  /** The stored pilot's "updated" when the form was opened. */
  version?: string;
  initialValues: PilotFormInput;
  /** Proven mitigations per risk category, from the knowledge base. */
  mitigations?: MitigationSuggestions;
  /** An adopted copy: the original's local facts, when the adopter can read them, to replace before it goes into practice. */
  adopted?: { original: OriginalFacts | null };
  /** The active accounts of the own municipality, to choose the contact person from. */
  contacts?: ReadonlyArray<{ value: string; label: string }>;
  /** The indicator catalogue, suggested in each hypothesis's indicator field. */
  indicators?: readonly CatalogueChoice[];
  /** The registered interventions, suggested in the intervention field. */
  interventions?: readonly InterventionOption[];
};

// The stage Besluit comes with the directeur's decision (its own form), never from this one.
const stageOptions = (current: string) =>
  current === "besluit" ? stages.list.filter((s) => s.value === "besluit") : stages.list.filter((s) => s.value !== "besluit");

/**
 * The pilot form. It checks with the domain schema on submit (then a marked field again as it
 * changes), and the server checks the same schema again before PocketBase does. On any failure
 * every typed value stays in the form.
 */
export default function PilotForm({
  pilotId,
  version,
  initialValues,
  mitigations,
  adopted,
  contacts,
  indicators,
  interventions = [],
}: Props) {
  const original = adopted?.original;
  const form = useForm({
    // Without the original's values PocketBase's refusal is shown at the fields instead.
    resolver: zodResolver(original ? adoptedPilotFormSchema(initialValues.stage, original) : PilotFormSchema),
    defaultValues: initialValues,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const feedback = useSaveFeedback("De pilot");

  const onValid = async () => {
    feedback.clear();
    try {
      const { data, error } = await actions.savePilot({ id: pilotId, expectedUpdated: version, form: form.getValues() });
      if (error) return feedback.show("De pilot is niet opgeslagen. Probeer het opnieuw.");
      if (data.ok) {
        window.location.assign(`/pilots/${data.id}?opgeslagen=1`);
        return;
      }
      feedback.refused(data, (path, message) => form.setError(path as FieldPath<PilotFormInput>, { type: "server", message }));
    } catch {
      feedback.offline();
    }
  };

  const submitting = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        className="utrecht-form"
        noValidate
        ref={feedback.form}
        onSubmit={form.handleSubmit(onValid, (errors) => feedback.invalid(errors))}
        onChange={recheckShownErrors(form)}
        aria-busy={submitting}
        data-ready={feedback.ready}
      >
        {feedback.failure && <ErrorSummary ref={feedback.summary} message={feedback.failure.message} entries={feedback.failure.entries} />}
        {feedback.conflict && pilotId && (
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={`/pilots/${pilotId}`} target="_blank" rel="noopener">
              Bekijk de nieuwste versie van de pilot (opent in een nieuw tabblad)
            </a>{" "}
            of{" "}
            <a className="utrecht-link" href={`/pilots/${pilotId}/bewerken`}>
              laad het formulier opnieuw
            </a>{" "}
            (uw invoer hier gaat dan verloren).
          </p>
        )}

        {adopted && PLANNING_STAGES.includes(initialValues.stage) && (
          <div className="utrecht-alert utrecht-alert--info" role="note">
            <p className="utrecht-paragraph">
              <strong>Overgenomen pilot.</strong> {LOCAL_FACTS_NOTICE}
            </p>
          </div>
        )}
        <section className="section" aria-labelledby="kop-pilot">
          <h2 className="utrecht-heading-2" id="kop-pilot">
            De pilot
          </h2>
          <TextField name="title" label="Titel" maxLength={limits.title} />
          <TextAreaField
            name="summary"
            label="Samenvatting"
            description="Eén alinea die een collega-gemeente vertelt wat de pilot is."
            rows={3}
            maxLength={limits.summary}
          />
          <TextAreaField
            name="problem"
            label="Probleem"
            description="Welk maatschappelijk probleem pakt de pilot aan?"
            rows={5}
            maxLength={limits.longText}
          />
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
                    <input
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      type="checkbox"
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
          <InterventionField interventions={interventions} />
          {contacts && contacts.length > 0 && (
            <SelectField
              name="contact"
              label="Contactpersoon"
              description="Bij wie kan een collega-gemeente terecht met vragen over deze pilot? Alleen ingelogde gebruikers zien de naam."
              options={contacts}
            />
          )}
        </section>

        <HypothesisRows catalogue={indicators} pilotId={pilotId} />

        <section className="section" aria-labelledby="kop-onderbouwing">
          <h2 className="utrecht-heading-2" id="kop-onderbouwing">
            Onderbouwing
          </h2>
          <TextAreaField
            name="theory_of_change"
            label="Veranderingstheorie"
            optional
            description={`Waarom leidt deze aanpak tot het effect in de hypothesen? Beschrijf de stappen van aanpak naar resultaat en waar dat op steunt (onderzoek, ervaring elders). Vanaf ${MIN_THEORY_OF_CHANGE} tekens telt de pilot als goed onderbouwd.`}
            rows={5}
            maxLength={limits.theoryOfChange}
          />
        </section>
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
