import { useState, type ChangeEvent } from "react";
import { FormProvider, useFieldArray, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { actions } from "astro:actions";
import { attachmentProblems, EvaluationFormSchema, type EvaluationFormInput } from "../../domain/evaluation.ts";
import { evaluationKinds, proposedDecisions } from "../../domain/options.ts";
import { limits } from "../../domain/limits.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../form/fields.tsx";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { recheckShownErrors, useSaveFeedback } from "../form/use-save-feedback.ts";
import { RowHeader } from "../form/RowHeader.tsx";
import { Field } from "../form/Field.tsx";

type Hypothesis = { id: string; statement: string; indicator: string; unit: string };
type Props = { pilotId: string; hypotheses: Hypothesis[]; initialValues: EvaluationFormInput };

/**
 * The learning card: what was measured, observed and learned, and what the evaluation proposes.
 * Checked with the domain schema on submit (then a marked field again as it changes), and again on
 * the server; nothing typed is lost when saving fails.
 */
export default function EvaluationForm({ pilotId, hypotheses, initialValues }: Props) {
  const form = useForm({
    resolver: zodResolver(EvaluationFormSchema),
    defaultValues: initialValues,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const testimonials = useFieldArray({ control: form.control, name: "testimonials" });
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const feedback = useSaveFeedback("De evaluatie");

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    const problems = attachmentProblems(chosen);
    setFileError(problems.length ? problems.join(" ") : null);
    setFiles(chosen);
  };

  const onValid = async () => {
    if (fileError)
      return feedback.show("De evaluatie is niet opgeslagen: controleer de bijlagen.", [{ path: "attachments", message: fileError }]);
    feedback.clear();
    const body = new FormData();
    body.set("pilot", pilotId);
    body.set("payload", JSON.stringify(form.getValues()));
    for (const file of files) body.append("attachments", file);
    try {
      const { data, error } = await actions.saveEvaluation(body);
      if (error) return feedback.show("De evaluatie is niet opgeslagen. Probeer het opnieuw.");
      if (data.ok) {
        window.location.assign(`/pilots/${pilotId}?evaluatie=opgeslagen#evaluaties`);
        return;
      }
      feedback.refused(data, (path, message) =>
        path === "attachments" ? setFileError(message) : form.setError(path as FieldPath<EvaluationFormInput>, { type: "server", message }),
      );
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
        onSubmit={form.handleSubmit(onValid, (errors) =>
          feedback.invalid(errors, fileError ? [{ path: "attachments", message: fileError }] : []),
        )}
        onChange={recheckShownErrors(form)}
        aria-busy={submitting}
        data-ready={feedback.ready}
      >
        {feedback.failure && <ErrorSummary ref={feedback.summary} message={feedback.failure.message} entries={feedback.failure.entries} />}

        <section className="section" aria-labelledby="kop-evaluatie">
          <h2 className="utrecht-heading-2" id="kop-evaluatie">
            De evaluatie
          </h2>
          <div className="form-grid">
            <TextField name="date" label="Datum" type="date" />
            <SelectField name="kind" label="Soort evaluatie" options={evaluationKinds.list} />
            <TextField name="participants" label="Aantal deelnemers" inputMode="numeric" optional />
          </div>
          <TextAreaField name="observations" label="Wat heeft u waargenomen?" rows={4} maxLength={limits.longText} />
          <TextAreaField name="what_worked" label="Wat werkte?" optional rows={3} maxLength={limits.longText} />
          <TextAreaField name="what_did_not" label="Wat werkte niet?" optional rows={3} maxLength={limits.longText} />
        </section>

        <section className="section" aria-labelledby="kop-metingen">
          <h2 className="utrecht-heading-2" id="kop-metingen">
            Metingen
          </h2>
          {hypotheses.length === 0 ? (
            <p className="utrecht-paragraph">Deze pilot heeft geen open hypothesen om te meten.</p>
          ) : (
            <p className="utrecht-paragraph">
              Laat de waarde leeg als een hypothese deze keer niet is gemeten. Metingen met minder dan 10 deelnemers tonen andere gemeenten
              als “&lt; 10”. Heeft u dezelfde indicator ook gemeten bij een vergelijkingsgroep die niet meedeed? Vul dan beide velden van de
              vergelijkingsgroep in: dat is nodig voor de trede “goede aanwijzingen”.
            </p>
          )}
          {hypotheses.map((hypothesis, index) => (
            <fieldset key={hypothesis.id} className="utrecht-form-fieldset form-row">
              <legend className="utrecht-form-fieldset__legend">
                {hypothesis.indicator}
                {hypothesis.unit && ` (${hypothesis.unit})`}
              </legend>
              <p className="utrecht-paragraph">{hypothesis.statement}</p>
              <div className="form-grid">
                <TextField name={`measurements.${index}.value`} label="Gemeten waarde" inputMode="decimal" optional />
                <TextField name={`measurements.${index}.sample_size`} label="Aantal deelnemers in de meting" inputMode="numeric" />
                <TextField
                  name={`measurements.${index}.period`}
                  label="Maand van de meting"
                  type="month"
                  description="Bijvoorbeeld 2026-03"
                />
                <TextField name={`measurements.${index}.comparison_value`} label="Waarde vergelijkingsgroep" inputMode="decimal" optional />
                <TextField
                  name={`measurements.${index}.comparison_sample_size`}
                  label="Aantal deelnemers vergelijkingsgroep"
                  inputMode="numeric"
                  optional
                />
              </div>
            </fieldset>
          ))}
        </section>

        <section className="section" aria-labelledby="kop-citaten">
          <h2 className="utrecht-heading-2" id="kop-citaten">
            Citaten van deelnemers
          </h2>
          <p className="utrecht-paragraph">
            Gebruik een schuilnaam, nooit een echte naam. Citaten zijn alleen zichtbaar binnen uw gemeente.
          </p>
          {testimonials.fields.map((field, index) => (
            <fieldset key={field.id} className="utrecht-form-fieldset form-row">
              <RowHeader
                legend={`Citaat ${index + 1}`}
                removeLabel={`Verwijder citaat ${index + 1}`}
                onRemove={() => testimonials.remove(index)}
              />
              <TextAreaField name={`testimonials.${index}.quote`} label="Citaat" rows={2} maxLength={1000} />
              <TextField
                name={`testimonials.${index}.label`}
                label="Schuilnaam"
                description="Bijvoorbeeld: deelnemer A, 24 jaar"
                maxLength={60}
              />
              <CheckboxField name={`testimonials.${index}.consent`} label="De deelnemer heeft toestemming gegeven voor dit citaat" />
            </fieldset>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => testimonials.append({ quote: "", label: "", consent: false })}
          >
            Citaat toevoegen
          </button>
        </section>

        <section className="section" aria-labelledby="kop-bijlagen">
          <h2 className="utrecht-heading-2" id="kop-bijlagen">
            Bijlagen
          </h2>
          <Field
            id="veld-attachments"
            label="Bijlagen"
            optional
            description="Hoogstens 5 bestanden van elk hoogstens 10 MB: pdf, Office-documenten of afbeeldingen."
            error={fileError ?? undefined}
            control={{
              kind: "file",
              multiple: true,
              accept: ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.png,.jpg,.jpeg,.webp",
              onChange: onFiles,
            }}
          />
        </section>

        <section className="section" aria-labelledby="kop-voorstel">
          <h2 className="utrecht-heading-2" id="kop-voorstel">
            Voorstel
          </h2>
          <SelectField name="decision" label="Wat stelt deze evaluatie voor?" options={proposedDecisions.list} />
          <TextAreaField name="rationale" label="Onderbouwing" rows={3} maxLength={limits.longText} />
        </section>

        <div className="form-actions">
          <button className="utrecht-button utrecht-button--primary-action" type="submit" disabled={submitting}>
            {submitting ? "Bezig met opslaan…" : "Evaluatie opslaan"}
          </button>
          <a className="utrecht-link" href={`/pilots/${pilotId}`}>
            Annuleren
          </a>
        </div>
      </form>
    </FormProvider>
  );
}
