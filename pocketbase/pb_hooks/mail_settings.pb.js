/// <reference path="../pb_data/types.d.ts" />
// Applies the launcher's mail settings (PROEFTUIN_SMTP_*, PROEFTUIN_MAIL_FROM, PROEFTUIN_SITE_URL)
// once PocketBase has loaded its own settings, so every mail PocketBase or a hook sends uses them.
onBootstrap((e) => {
  e.next();
  const { applyMailEnvironment, mailEnvironment } = require(`${__hooks}/lib/mail-settings.js`);
  const settings = e.app.settings();
  const env = mailEnvironment((name) => $os.getenv(name));
  if (applyMailEnvironment(settings, env)) e.app.save(settings);
});
