import type { TypedPocketBase } from "./client.ts";

/** Superuser access is for the launcher's seeding only; pages never hold it. */
export async function signInSuperuser(pb: TypedPocketBase, credentials: { email: string; password: string }): Promise<void> {
  await pb.collection("_superusers").authWithPassword(credentials.email, credentials.password);
}

/** Removes the signed-in temporary seeding superuser (see pocketbase/pb_hooks/seed_superuser.pb.js). */
export async function removeTemporarySuperuser(pb: TypedPocketBase): Promise<void> {
  await pb.send("/api/proeftuin/seed-superuser", { method: "DELETE" });
  pb.authStore.clear();
}
