/// <reference path="../pb_data/types.d.ts" />
// PocketBase logs every request by default. Only failed requests are kept now (PocketBase logs
// those at level 8, successful ones at 0): writing a log row cost about a fifth of a light
// request's processing time (0.43 → 0.34 ms CPU for the unread count, docs/benchmark.md), and
// a row per page view keeps every visitor's address and path for days, which nobody reads.
// Failed requests still show in the dashboard's logs, with the address, for abuse and debugging,
// for five days (PocketBase's default, set here because the privacy page promises it).
migrate(
  (app) => {
    const settings = app.settings();
    settings.logs.minLevel = 4;
    settings.logs.maxDays = 5;
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.logs.minLevel = 0;
    app.save(settings);
  },
);
