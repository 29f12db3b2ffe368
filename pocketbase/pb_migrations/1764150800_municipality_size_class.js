/// <reference path="../pb_data/types.d.ts" />
// The size class of a municipality (by inhabitants) lets a small municipality find other small ones
// first. It is derived, kept up to date by pb_hooks/municipality_size.pb.js on every save.

// The classes as of this migration; a migration keeps its own copy, as the hooks' may change later.
function sizeClass(inhabitants) {
  if (inhabitants < 20000) return "klein";
  if (inhabitants < 50000) return "middelgroot";
  if (inhabitants < 100000) return "groot";
  return "zeer_groot";
}

migrate(
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    municipalities.fields.add(
      new SelectField({ name: "size_class", required: false, maxSelect: 1, values: ["klein", "middelgroot", "groot", "zeer_groot"] }),
    );
    municipalities.addIndex("idx_municipalities_size_class", false, "size_class", "");
    app.save(municipalities);
    for (const record of app.findAllRecords("municipalities")) {
      record.set("size_class", sizeClass(record.getInt("inhabitants")));
      app.save(record);
    }
  },
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    municipalities.fields.removeByName("size_class");
    municipalities.removeIndex("idx_municipalities_size_class");
    app.save(municipalities);
  },
);
