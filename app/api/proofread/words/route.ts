import { currentActor } from "@/lib/auth";
import { isDatabaseDown } from "@/lib/database/errors";
import { getDb } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";
import { loadWordList } from "@/lib/proofread/words/load";

// The newsroom's word lists for the editor's checker. A route rather than a
// server action because a GET can be cached: the page asks for the version
// it was drawn with (?v=…), and an answer for the current version is the
// same for good, so the browser fetches a 20,000-entry list once per
// change of the lists, not once per article opened. Every member of staff
// checks against the lists; only a signed-in session is needed
// (docs/decisions/0025-proofreading.md).
// Answers { version, entries: [term, category, replacement, note][] } or { ok: false, message }.

export async function GET(request: Request) {
  const m = messagesFor(await requestLocale());
  try {
    const actor = await currentActor();
    if (!actor) return Response.json({ ok: false, message: m.errors.unauthenticated }, { status: 401 });
    const list = await loadWordList(getDb());
    const asked = new URL(request.url).searchParams.get("v");
    const entries = list.entries.map((e) => [e.term, e.category, e.replacement ?? "", e.note ?? ""]);
    return Response.json(
      { version: list.version, entries },
      { headers: { "Cache-Control": asked === list.version ? "private, max-age=31536000, immutable" : "private, no-cache" } },
    );
  } catch (error) {
    if (isDatabaseDown(error)) return Response.json({ ok: false, message: m.errors.database_unavailable }, { status: 503 });
    throw error;
  }
}
