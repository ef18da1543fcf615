// The last step of every public change: asking the caching proxy in front of
// the app to drop what it holds. Which proxy, and how it is reached, is
// decided once at start-up (lib/publication/configure.ts): the nginx on this
// machine by default, or every nginx of a cluster through Redis.
import { purgeNginxCache } from "@/lib/serving/nginx";

export interface Purger {
  /** One purger per name: registering the same name again replaces it. */
  name: string;
  purge(): Promise<void> | void;
  /** Lets go of connections, so a script can exit. */
  close?(): Promise<void>;
}

/** The nginx started beside this process (`npm run start:prod`), if any: today's default. */
export const localNginxPurger: Purger = { name: "local-nginx", purge: () => void purgeNginxCache() };

// On globalThis: Next bundles instrumentation.ts (where purgers are
// registered) apart from the pages and actions that purge.
const registry = globalThis as unknown as { copydeskPurgers?: Purger[] };

export function registerPurger(purger: Purger) {
  registry.copydeskPurgers = [...(registry.copydeskPurgers ?? []).filter((p) => p.name !== purger.name), purger];
}

/** Closes and forgets every registered purger (a script's end, tests, a fresh configuration). */
export async function clearPurgers() {
  const purgers = registry.copydeskPurgers ?? [];
  registry.copydeskPurgers = [];
  await Promise.all(purgers.map((purger) => purger.close?.()));
}

export const registeredPurgers = (): Purger[] => (registry.copydeskPurgers?.length ? registry.copydeskPurgers : [localNginxPurger]);

// A purger that cannot be reached (Redis away) must not hold up the
// scheduler's tick; the proxy's one-second cache covers a missed purge.
const PURGE_TIMEOUT_MS = 2_000;

/** Runs every purger; one that fails or hangs is logged and does not stop the others. */
export async function purgeEverywhere() {
  await Promise.all(
    registeredPurgers().map(async (purger) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${PURGE_TIMEOUT_MS} ms`)), PURGE_TIMEOUT_MS);
      });
      try {
        await Promise.race([purger.purge(), timeout]);
      } catch (error) {
        console.error(`[publication] purge through ${purger.name} failed`, error);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
