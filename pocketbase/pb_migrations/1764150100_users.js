/// <reference path="../pb_data/types.d.ts" />
// Accounts belong to one municipality with one role. There is no open sign-up: platformbeheer
// (a superuser) creates accounts. A user may edit their own name, never their role or municipality.
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const municipalities = app.findCollectionByNameOrId("municipalities");

    users.fields.add(
      new RelationField({
        name: "municipality",
        required: true,
        maxSelect: 1,
        collectionId: municipalities.id,
        cascadeDelete: false,
      }),
    );
    users.fields.add(
      new SelectField({
        name: "role",
        required: true,
        maxSelect: 1,
        values: ["innovatiemanager", "directeur", "collega"],
      }),
    );
    const name = users.fields.getByName("name");
    name.required = true;
    name.max = 120;

    users.listRule = '@request.auth.id != "" && (id = @request.auth.id || municipality = @request.auth.municipality)';
    users.viewRule = users.listRule;
    users.createRule = null;
    users.updateRule =
      '@request.auth.id != "" && id = @request.auth.id' +
      " && @request.body.role:changed = false" +
      " && @request.body.municipality:changed = false" +
      " && @request.body.email:changed = false" +
      " && @request.body.verified:changed = false";
    users.deleteRule = null;

    users.passwordAuth.enabled = true;
    users.passwordAuth.identityFields = ["email"];
    users.oauth2.enabled = false;
    users.otp.enabled = false;
    users.mfa.enabled = false;

    users.addIndex("idx_users_municipality", false, "municipality", "");
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.fields.removeByName("municipality");
    users.fields.removeByName("role");
    users.removeIndex("idx_users_municipality");
    app.save(users);
  },
);
