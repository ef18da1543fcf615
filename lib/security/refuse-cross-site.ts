import type { Messages } from "@/lib/i18n/messages";
import { isCrossSite } from "./same-origin";

/**
 * The answer to a state-changing request another site made the browser
 * send: 403 and a sentence, before anything reads the session or the body.
 * Null when the request may go on.
 */
export function refuseCrossSite(request: Request, messages: Messages): Response | null {
  if (!isCrossSite(request.method, request.headers)) return null;
  return new Response(messages.errors.cross_site, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
