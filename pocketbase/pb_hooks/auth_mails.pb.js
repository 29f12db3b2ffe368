/// <reference path="../pb_data/types.d.ts" />
// PocketBase's own mails (reset, invitation, e-mail confirmation, code, sign-in alert) in Proeftuin's
// words; see lib/auth-mails.js. A mistake here must not keep the mail from going out as it was.

onMailerRecordPasswordResetSend((e) => {
  try {
    const { addMunicipality, inviteInstead } = require(`${__hooks}/lib/auth-mails.js`);
    if (e.record.verified()) addMunicipality(e.app, e);
    else inviteInstead(e.app, e);
  } catch (error) {
    e.app.logger().error("Kon de herstel- of uitnodigingsmail niet aanpassen", "error", String(error));
  }
  e.next();
}, "users");

const withMunicipality = (e) => {
  try {
    require(`${__hooks}/lib/auth-mails.js`).addMunicipality(e.app, e);
  } catch (error) {
    e.app.logger().error("Kon de gemeente niet in de mail zetten", "error", String(error));
  }
  e.next();
};
onMailerRecordVerificationSend(withMunicipality, "users");
onMailerRecordEmailChangeSend(withMunicipality, "users");
onMailerRecordOTPSend(withMunicipality, "users");
onMailerRecordAuthAlertSend(withMunicipality, "users");
