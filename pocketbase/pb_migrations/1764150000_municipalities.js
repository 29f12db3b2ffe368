/// <reference path="../pb_data/types.d.ts" />
// Municipalities are public facts (name, CBS code, province, size); only platformbeheer manages them.
migrate(
  (app) => {
    const municipalities = new Collection({
      type: "base",
      name: "municipalities",
      listRule: "",
      viewRule: "",
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        { name: "name", type: "text", required: true, min: 2, max: 100 },
        // CBS municipality code, e.g. GM0599 for Rotterdam.
        { name: "cbs_code", type: "text", required: true, pattern: "^GM[0-9]{4}$" },
        {
          name: "province",
          type: "select",
          required: true,
          maxSelect: 1,
          values: [
            "groningen",
            "friesland",
            "drenthe",
            "overijssel",
            "flevoland",
            "gelderland",
            "utrecht",
            "noord_holland",
            "zuid_holland",
            "zeeland",
            "noord_brabant",
            "limburg",
          ],
        },
        { name: "inhabitants", type: "number", required: true, onlyInt: true, min: 1, max: 2000000 },
        { name: "created", type: "autodate", onCreate: true, onUpdate: false },
        { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_municipalities_cbs_code ON municipalities (cbs_code)",
        "CREATE INDEX idx_municipalities_name ON municipalities (name)",
      ],
    });
    app.save(municipalities);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("municipalities"));
  },
);
