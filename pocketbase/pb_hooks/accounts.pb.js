/// <reference path="../pb_data/types.d.ts" />
// Accounts a directeur manages (migration 1764152920_users_management.js holds the rules): at least
// one active directeur stays, a deactivated account cannot sign in and loses its sessions, and the
// directeur sees the e-mail addresses of the accounts they manage (lib/accounts.js).

onRecordCreateRequest((e) => {
  require(`${__hooks}/lib/accounts.js`).unknownPassword(e);
  e.next();
}, "users");

onRecordUpdateRequest((e) => {
  require(`${__hooks}/lib/accounts.js`).refuseOtherFields(e);
  e.next();
}, "users");

onRecordUpdate((e) => {
  require(`${__hooks}/lib/accounts.js`).endSessionsOnDeactivation(e.record);
  e.next();
}, "users");

onRecordValidate((e) => {
  require(`${__hooks}/lib/accounts.js`).refuseLosingLastDirector(e.app, e.record);
  e.next();
}, "users");

// Password, e-mail code, MFA and refresh all end here before a token is handed out.
onRecordAuthRequest((e) => {
  require(`${__hooks}/lib/accounts.js`).refuseDeactivated(e.record);
  e.next();
}, "users");

onRecordEnrich((e) => {
  require(`${__hooks}/lib/accounts.js`).showEmailToDirector(e.record, e.requestInfo.auth);
  e.next();
}, "users");
