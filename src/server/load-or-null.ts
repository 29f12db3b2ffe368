import { isRecordId } from "../domain/form-fields.ts";
import { isNotFound } from "../data/errors.ts";

/**
 * Loads a record by the id in the URL, or gives null when the id is malformed or PocketBase says
 * the record is not there for this visitor (which pages show as 404, never as 403).
 */
export async function loadOrNull<T>(id: string | undefined, load: (id: string) => Promise<T>): Promise<T | null> {
  if (!isRecordId(id)) return null;
  try {
    return await load(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
