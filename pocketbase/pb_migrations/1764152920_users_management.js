/// <reference path="../pb_data/types.d.ts" />
// A directeur manages the accounts of their own municipality (issue 12). Create: a directeur invites
// an unverified account into the own municipality; the invitee verifies by choosing a password from
// the mailed link. Update: everyone edits their own profile, never the fields that decide access; a
// directeur changes another account's role and deactivation and nothing else of it. Nobody deletes:
// contributions keep their author. manageRule stays null: with it a directeur could set a colleague's
// password or e-mail address, and so take over the account. pb_hooks/accounts.pb.js keeps at least
// one active directeur and ends a deactivated account's sessions.
const NOTIFICATION_KINDS = ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat", "nieuwe_les"];

const signedIn = '@request.auth.id != "" && @request.auth.collectionName = "users" && @request.auth.deactivated = false';
const unchanged = (fields) => fields.map((field) => ` && @request.body.${field}:changed = false`).join("");
const absent = (fields) => fields.map((field) => ` && @request.body.${field}:isset = false`).join("");

const ACCESS_FIELDS = ["role", "municipality", "verified", "deactivated", "email"];
const PROFILE_FIELDS = ["name", "emailVisibility", "mfa_on", "follows", "avatar", ...NOTIFICATION_KINDS.map((kind) => `notify_${kind}`)];

const ownProfile = `(id = @request.auth.id${unchanged(ACCESS_FIELDS)})`;
const directorOfColleague =
  '(@request.auth.role = "directeur" && id != @request.auth.id && municipality = @request.auth.municipality' +
  unchanged(["municipality", "verified", "email", ...PROFILE_FIELDS]) +
  absent(["password", "passwordConfirm", "oldPassword"]) +
  ")";

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.createRule =
      `${signedIn} && @request.auth.role = "directeur"` +
      " && municipality = @request.auth.municipality && verified = false && deactivated = false";
    users.updateRule = `${signedIn} && (${ownProfile} || ${directorOfColleague})`;
    users.deleteRule = null;
    users.manageRule = null;
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.createRule = null;
    users.updateRule =
      '@request.auth.id != "" && id = @request.auth.id' +
      " && @request.body.role:changed = false" +
      " && @request.body.municipality:changed = false" +
      " && @request.body.email:changed = false" +
      " && @request.body.verified:changed = false";
    app.save(users);
  },
);
