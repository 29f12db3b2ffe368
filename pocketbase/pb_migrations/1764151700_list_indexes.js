/// <reference path="../pb_data/types.d.ts" />
// Indexes for the questions the site asks on every visit, measured at network scale (npm run bench):
// - the pilot overview's count (pb_hooks/lib/pilot-list.js) reads only visibility and municipality
//   for the read rule: it counts the pilots without reading their rows;
// - "similar pilots/lessons" take the newest 40 of a domain: with (domain, updated|created) SQLite
//   walks the domain newest first and stops at 40, instead of sorting the whole domain.
const INDEXES = {
  pilots: [
    "CREATE INDEX idx_pilots_visibility_municipality ON pilots (visibility, municipality)",
    "CREATE INDEX idx_pilots_domain_updated ON pilots (domain, updated)",
  ],
  lessons: ["CREATE INDEX idx_lessons_domain_created ON lessons (domain, created)"],
};

migrate(
  (app) => {
    for (const [name, indexes] of Object.entries(INDEXES)) {
      const collection = app.findCollectionByNameOrId(name);
      collection.indexes = [...collection.indexes, ...indexes];
      app.save(collection);
    }
  },
  (app) => {
    for (const [name, indexes] of Object.entries(INDEXES)) {
      const collection = app.findCollectionByNameOrId(name);
      collection.indexes = collection.indexes.filter((index) => !indexes.includes(index));
      app.save(collection);
    }
  },
);
