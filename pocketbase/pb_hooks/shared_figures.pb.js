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
  "pilots",
  "hypotheses",
  "budget_lines",
  "municipalities",
);

onRecordUpdateExecute(
  (e) => {
    require(`${__hooks}/lib/shared-figures.js`).writeAndRefresh(e, "update");
  },
  "pilots",
  "hypotheses",
  "budget_lines",
  "municipalities",
);

// A deleted municipality's row goes with it (the row's municipality relation cascades).
onRecordDeleteExecute(
  (e) => {
    require(`${__hooks}/lib/shared-figures.js`).writeAndRefresh(e, "delete");
  },
  "pilots",
  "hypotheses",
  "budget_lines",
);
