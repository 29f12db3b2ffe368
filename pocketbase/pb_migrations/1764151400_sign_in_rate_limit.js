/// <reference path="../pb_data/types.d.ts" />
// Sign-in attempts are limited per client: 5 a minute. The site forwards the visitor's address in
// X-Forwarded-For on sign-in, which PocketBase trusts (it listens on loopback only, behind the site).
// Requests straight from this machine without that header (the site's other calls, seeding, tests)
// come from loopback, which is excluded.
migrate(
  (app) => {
    const settings = app.settings();
    settings.trustedProxy.headers = ["X-Forwarded-For"];
    settings.trustedProxy.useLeftmostIP = false;
    settings.rateLimits.enabled = true;
    settings.rateLimits.excludedIPs = ["127.0.0.1", "::1", "::ffff:127.0.0.1"];
    settings.rateLimits.rules = [{ label: "users:authWithPassword", maxRequests: 5, duration: 60, audience: "" }];
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.rateLimits.enabled = false;
    settings.trustedProxy.headers = [];
    app.save(settings);
  },
);
