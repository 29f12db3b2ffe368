import { useWatch } from "react-hook-form";
import type { PilotFormInput } from "../../domain/pilot.ts";
import { TextAreaField, TextField } from "../form/fields.tsx";

const LIST_ID = "interventies";

export type InterventionOption = { name: string; description: string };

/**
 * The named intervention the pilot tries: the browser suggests the registered names as the user
 * types. A name that exists (in any case) is chosen, and the form says so; a new one is registered
 * on save, with a short description. /wat-werkt pools pilots that share a name.
 */
export function InterventionField({ interventions }: { interventions: readonly InterventionOption[] }) {
  const typed = useWatch<PilotFormInput>({ name: "intervention" });
  const name = typeof typed === "string" ? typed.trim() : "";
  const existing = interventions.find((row) => row.name.toLocaleLowerCase("nl") === name.toLocaleLowerCase("nl"));
  return (
    <>
      <TextField
        name="intervention"
        label="Interventie"
        optional
        list={LIST_ID}
        maxLength={200}
        description="Welke aanpak probeert de pilot? Kies een naam die al bestaat, dan telt de pilot mee op de pagina Wat werkt, of typ een nieuwe naam."
      />
      <datalist id={LIST_ID}>
        {interventions.map((row) => (
          <option key={row.name} value={row.name} />
        ))}
      </datalist>
      {existing && (
        <p className="utrecht-paragraph" role="status">
          Deze interventie bestaat al{existing.name !== name ? ` als „${existing.name}”` : ""}: de pilot wordt eraan gekoppeld.
          {existing.description && ` ${existing.description}`}
        </p>
      )}
      {name !== "" && !existing && (
        <TextAreaField
          name="intervention_description"
          label="Korte beschrijving van de nieuwe interventie"
          optional
          rows={2}
          maxLength={2000}
          description="Wat houdt de aanpak in? Andere gemeenten zien deze beschrijving bij de naam."
        />
      )}
    </>
  );
}
