// After a change readers must see, the copies of reader pages kept outside
// Next's own cache go too: the front server's finished pages (dropped by a
// new generation number) and nginx's micro-cache (purgeNginxCache).
// docs/decisions/0021 says why it runs twice.
import { purgeNginxCache } from "./nginx";

// One counter per process, read by the front server and bumped from Next's
// bundles, which are loaded apart from it: hence a registered symbol.
const GENERATION = Symbol.for("copydesk.readerGeneration");
const holder = globalThis as { [GENERATION]?: number };

export const readerGeneration = (): number => holder[GENERATION] ?? 0;

/** The front server keeps nothing from before this call. */
export function expireFrontServerCopies() {
  holder[GENERATION] = readerGeneration() + 1;
}

/** Once Next has expired its own copies (after the response): nothing anywhere from before. */
export function purgeReaderCopies() {
  expireFrontServerCopies();
  purgeNginxCache();
}
