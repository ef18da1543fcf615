// The purger beside each nginx of a cluster: it listens on Redis for the
// purges the app instances publish (lib/publication/redis-purge.ts) and
// purges the nginx running from NGINX_RUN_DIR on this machine, as the app
// does itself when nginx runs beside it. `REDIS_URL=… NGINX_RUN_DIR=… tsx scripts/purger.ts`
import { redisEnv, nginxEnv } from "@/lib/env";
import { subscribeToPurges } from "@/lib/publication/redis-purge";
import { purgeNginxCache } from "@/lib/serving/nginx";

const { REDIS_URL } = redisEnv();
const { NGINX_RUN_DIR } = nginxEnv();
if (!REDIS_URL || !NGINX_RUN_DIR) {
  console.error("✖ The purger needs REDIS_URL (where the app instances announce purges) and NGINX_RUN_DIR (the nginx to purge).");
  process.exit(1);
}

const subscription = await subscribeToPurges(REDIS_URL, () => {
  if (!purgeNginxCache(NGINX_RUN_DIR)) console.error(`[purger] no nginx runs from ${NGINX_RUN_DIR}`);
});
console.log(`Purging ${NGINX_RUN_DIR} on every publish announced on ${REDIS_URL.replace(/\/\/[^@]*@/, "//…@")}`);

const stop = () => void subscription.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
