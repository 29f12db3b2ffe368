/// <reference path="../pb_data/types.d.ts" />
// Keeps shared_figures (the network comparison's figures, one row per municipality) in step with
// every write that changes them, however it is made: the API, a batch, the dashboard, a cascade
// (deleting a pilot deletes its rows) or another hook. The execute hooks are used, not the request
// hooks, because they see all of these; the row is recomputed in the write's transaction.
// The SQL is in lib/shared-figures.js.

onRecordCreateExecute(
  (e) => {
    require(`${__hooks}/lib/shared-figures.js`).writeAndRefresh(e, "create");
  },
  "pilots", "hypotheses", "budget_lines", "municipalities",
);

onRecordUpdateExecute(
  (e) => {
    require(`${__hooks}/lib/shared-figures.js`).writeAndRefresh(e, "update");
  },
  "pilots", "hypotheses", "budget_lines", "municipalities",
);

// A deleted municipality's row goes with it (the row's municipality relation cascades).
onRecordDeleteExecute(
  (e) => {
    require(`${__hooks}/lib/shared-figures.js`).writeAndRefresh(e, "delete");
  },
  "pilots", "hypotheses", "budget_lines",
);

// The figures are derived data: rebuilt in full whenever PocketBase starts, so that rows written
// straight into the database while it was stopped (the benchmark's data set, a repair by hand) are
// counted too; at network scale (342 municipalities, 20,000 pilots) that takes about 0.6 s.
// onBootstrap, as JSVM has no onServe: it also runs for commands such as `superuser upsert`, and
// before pending migrations, so on the start that creates the collection the migration fills it.
onBootstrap((e) => {
  e.next();
  try {
    require(`${__hooks}/lib/shared-figures.js`).refreshAll(e.app);
  } catch (error) {
    e.app.logger().error("Kon de netwerkcijfers (shared_figures) niet herberekenen", "error", String(error));
  }
});
