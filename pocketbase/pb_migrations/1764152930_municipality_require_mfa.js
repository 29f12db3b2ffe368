/// <reference path="../pb_data/types.d.ts" />
// A directeur may require two-step sign-in for every account of their own municipality, and change
// nothing else of it: the other fields are public facts that platformbeheer keeps. The list of
// fields is taken from the collection as it stands now; a migration that adds a field to
// municipalities later must add it to this rule as well (tests/integration/require-mfa-rule.test.ts
// tries every field).
const EDITABLE = "require_mfa";

migrate(
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    const frozen = municipalities.fields
      .fieldNames()
      .filter((name) => name !== "id" && name !== EDITABLE && municipalities.fields.getByName(name).type() !== "autodate")
      .map((name) => `@request.body.${name}:changed = false`);
    municipalities.updateRule = [
      '@request.auth.id != ""',
      '@request.auth.collectionName = "users"',
      '@request.auth.role = "directeur"',
      "@request.auth.deactivated = false",
      "@request.auth.municipality = id",
      ...frozen,
    ].join(" && ");
    app.save(municipalities);
  },
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    municipalities.updateRule = null;
    app.save(municipalities);
  },
);
