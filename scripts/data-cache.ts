import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Next keeps rendered pages and cached reads on disk (.next/server/route-cache,
 * .next/cache/fetch-cache), and they would outlive the process: a restart
 * after a CLI import, a restore or a switch of database would first serve
 * what the old data said. Here the cache is a per-process speed-up, so it
 * starts empty; publishing and the 60-second lifetime keep it fresh after.
 */
export function clearDataCache() {
  for (const dir of [path.join(".next", "server", "route-cache"), path.join(".next", "cache", "fetch-cache")]) {
    rmSync(path.join(process.cwd(), dir), { recursive: true, force: true });
  }
}
