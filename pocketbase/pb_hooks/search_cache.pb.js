/// <reference path="../pb_data/types.d.ts" />
// What a lesson search answers depends on lessons, their pilots (title, visibility, evidence level)
// and municipalities (name, province, size class): any committed change to these drops the cached
// answers (pb_hooks/lib/search-cache.js). Model hooks, so changes by hooks and superusers count too.
for (const hook of [onRecordAfterCreateSuccess, onRecordAfterUpdateSuccess, onRecordAfterDeleteSuccess]) {
  hook(
    (e) => {
      require(`${__hooks}/lib/search-cache.js`).invalidate(e.app.store());
      e.next();
    },
    "lessons", "pilots", "municipalities",
  );
}
