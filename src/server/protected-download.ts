import { isRecordId } from "../domain/form-fields.ts";
import { isNotFound } from "../data/errors.ts";

type Fetch = (recordId: string, filename: string) => Promise<Response | null>;

/**
 * A protected PocketBase file for a signed-in reader who may see its record: fetched with the
 * reader's own short-lived file token (see the fetcher), passed on as a download, never cached.
 */
export async function protectedDownload(
  signedIn: boolean,
  recordId: string,
  filename: string,
  fetchFile: Fetch,
  words: { signIn: string; notFound: string },
): Promise<Response> {
  const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!signedIn) return text(words.signIn, 401);
  if (!isRecordId(recordId) || !/^[\w.-]{1,200}$/.test(filename)) return text(words.notFound, 404);
  try {
    const upstream = await fetchFile(recordId, filename);
    if (!upstream) return text(words.notFound, 404);
    return new Response(upstream.body, {
      headers: {
        "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isNotFound(error)) return text(words.notFound, 404);
    throw error;
  }
}
