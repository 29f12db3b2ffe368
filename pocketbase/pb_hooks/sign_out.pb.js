/// <reference path="../pb_data/types.d.ts" />
// Signing out ends the session for real: the account gets a new token key, so every token signed
// with the old one (this device's and any other's, a copied cookie included) is refused from now on.
// Only the key column changes, by a direct update: it is no edit of the account, so no hooks, no
// audit line and no new "updated" time.
routerAdd(
  "POST",
  "/api/proeftuin/sign-out",
  (e) => {
    e.app
      .db()
      .newQuery("UPDATE users SET tokenKey = {:key} WHERE id = {:id}")
      .bind({ key: $security.randomString(50), id: e.auth.id })
      .execute();
    return e.noContent(204);
  },
  $apis.requireAuth("users"),
);
