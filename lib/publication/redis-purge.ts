// A purge broadcast over Redis pub/sub: the app instance that published says
// so once, and the purger beside each nginx (scripts/purger.ts) purges its own
// cache. Pub/sub keeps nothing: a purger that is down misses the message, and
// its nginx's one-second micro-cache covers the gap.
import { createClient, type RedisClientType } from "redis";
import type { Purger } from "./purgers";

export const PURGE_CHANNEL = "copydesk:purge";

/** Publishes a purge on REDIS_URL. The connection is opened on first use and kept. */
export function redisPurger(url: string, channel = PURGE_CHANNEL): Purger & { close(): Promise<void> } {
  let client: Promise<RedisClientType> | undefined;
  const connect = () => {
    client ??= (async () => {
      const c: RedisClientType = createClient({ url });
      c.on("error", (error) => console.error("[publication] redis", error.message));
      await c.connect();
      return c;
    })().catch((error) => {
      client = undefined; // try again on the next publish
      throw error;
    });
    return client;
  };
  return {
    name: "redis",
    async purge() {
      await (await connect()).publish(channel, String(Date.now()));
    },
    async close() {
      const c = await client?.catch(() => undefined);
      client = undefined;
      await c?.close();
    },
  };
}

/** Calls onPurge for every purge published on the channel; resolves once subscribed. */
export async function subscribeToPurges(url: string, onPurge: () => void, channel = PURGE_CHANNEL) {
  const subscriber: RedisClientType = createClient({ url });
  subscriber.on("error", (error) => console.error("[purger] redis", error.message));
  await subscriber.connect();
  await subscriber.subscribe(channel, () => onPurge());
  return { close: () => subscriber.close() };
}
