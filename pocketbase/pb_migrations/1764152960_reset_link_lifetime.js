/// <reference path="../pb_data/types.d.ts" />
// An invitation is a password-reset link for an account not yet used (pb_hooks/auth_mails.pb.js),
// and PocketBase's 30 minutes are too short for a colleague who reads the mail the next morning.
// One day serves both: a reset link stays single-use, and signing in with it also needs the mailbox.
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.passwordResetToken.duration = 24 * 60 * 60;
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.passwordResetToken.duration = 30 * 60;
    app.save(users);
  },
);
