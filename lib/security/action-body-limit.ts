import type { Messages } from "@/lib/i18n/messages";

/**
 * Next.js's body limit for server actions (serverActions.bodySizeLimit,
 * "1 MB" by default; next.config.ts leaves it so). Next refuses a larger
 * body by throwing inside the action handler, which answers 500 with no
 * sentence for the reader; this answers 413 with one before it gets there.
 */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function bodySize(request: Request): Promise<number> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim())) return Number(declared);
  // A chunked body (no length given; browsers always give one): counted.
  // Next keeps a copy of the body for the proxy, so reading a clone here
  // leaves the action its own.
  if (!request.body) return 0;
  return (await request.clone().arrayBuffer()).byteLength;
}

/** 413 and a sentence for a page POST (a server action) over the limit; null otherwise. */
export async function refuseOversizedBody(request: Request, messages: Messages): Promise<Response | null> {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if ((await bodySize(request)) <= ACTION_BODY_LIMIT) return null;
  return new Response(messages.errors.too_large, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
