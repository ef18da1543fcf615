// Chooses, once per process, how a public change reaches the caching proxy:
// with REDIS_URL, a broadcast to the purger beside every nginx
// (scripts/purger.ts); without it, the nginx beside this process, as
// `npm run start:prod` runs it (or nothing, under plain `npm start`).
import { redisEnv } from "@/lib/env";
import { clearPurgers, localNginxPurger, registerPurger } from "./purgers";
import { redisPurger } from "./redis-purge";

export async function configurePublication() {
  const { REDIS_URL } = redisEnv();
  await clearPurgers();
  registerPurger(REDIS_URL ? redisPurger(REDIS_URL) : localNginxPurger);
}
