// Expiring Next's cached pages and reads by tag, wherever a public change
// happens. Next offers updateTag in server actions (the editor's own next
// page is fresh) and revalidateTag in route handlers; both throw outside a
// request. The scheduler ticks outside any request, so there the tags go
// straight to the incremental cache that Next's server keeps for the
// process (and hands to every request): the very call those two functions
// end in (docs/decisions/0031).
import { revalidateTag, updateTag } from "next/cache";

interface IncrementalCache {
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
}

/** How the tags were expired: "request" ones take effect when the action or route ends. */
export type Expiry = "request" | "process" | "none";

export async function expireTags(tags: string[]): Promise<Expiry> {
  if (inRequest(() => tags.forEach((tag) => updateTag(tag)))) return "request";
  if (inRequest(() => tags.forEach((tag) => revalidateTag(tag, { expire: 0 })))) return "request";
  const cache = (globalThis as unknown as { __incrementalCache?: IncrementalCache }).__incrementalCache;
  // No cache yet: this process has served no request, so it holds no page
  // (the CLI import, or a scheduler tick right after start).
  if (!cache) return "none";
  await cache.revalidateTag(tags); // no durations: expired at once
  return "process";
}

/** Runs an expiry that only a request allows; false when not in one (Next throws). */
function inRequest(expire: () => void): boolean {
  try {
    expire();
    return true;
  } catch {
    return false;
  }
}
