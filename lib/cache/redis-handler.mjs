// Next's incremental cache (rendered reader pages, unstable_cache reads) in
// Redis, so that every instance of one build shares it: a page rendered on
// one instance is a hit on the others, and a tag expired on one is expired
// on all (docs/decisions/0033). next.config.ts names this file as
// `cacheHandler` only when REDIS_URL is set; `npm start` never loads it.
//
// Plain JavaScript: Next imports it by path at run time, outside the build.
// It reads REDIS_URL itself for that reason (lib/env.ts documents it).
//
// Keys, all under `copydesk:cache:<build id>:`
//   e:<Next's key>  one entry: its value, when it was made, its lifetime
//                   (cacheControl, which a plain handler forgets) and tags;
//                   a Redis expiry when the lifetime has an end
//   tags            a hash: tag → when it was expired
// Entries of another build are never read; tag records have no expiry, so a
// Redis set to `volatile-lru` evicts entries but never forgets an expiry.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "redis";

const TAGS_HEADER = "x-next-cache-tags";

/** One client per process, shared by the handler Next creates for every request. */
let client;
let clientUrl;
let connecting;
let waited = false;
function redis() {
  // eslint-disable-next-line no-restricted-properties -- loaded by path outside the TypeScript build; next.config.ts checked REDIS_URL through lib/env.ts
  const url = process.env.REDIS_URL;
  if (!client || clientUrl !== url) {
    clientUrl = url;
    waited = false;
    client = createClient({
      url,
      // Without Redis a request must not wait: fail at once, render from the database.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    client.on("error", (error) => {
      if (!client.lastError || Date.now() - client.lastError > 10_000) console.warn(`Redis cache: ${error.message}`);
      client.lastError = Date.now();
    });
    connecting = client.connect().catch(() => {});
  }
  return client;
}

/**
 * The client once connected; null while Redis is away. The first requests
 * wait for the first connection, 2 s at most (connect() keeps retrying while
 * Redis is down); after that nobody waits: a request without Redis is a miss.
 */
async function ready() {
  const db = redis();
  if (!db.isReady && !waited) {
    await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    waited = true;
  }
  return db.isReady ? db : null;
}

const buildIds = new Map();
function prefixFor(serverDistDir) {
  let buildId = buildIds.get(serverDistDir);
  if (!buildId) {
    buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    buildIds.set(serverDistDir, buildId);
  }
  return `copydesk:cache:${buildId}:`;
}

// Entries hold Buffers (RSC payloads, route bodies) and Maps (segment data):
// JSON with a tag for each.
function encode(value) {
  return JSON.stringify(value, function (key, item) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return item;
  });
}

function decode(text) {
  return JSON.parse(text, (_key, item) => {
    if (item && typeof item === "object") {
      if (typeof item.$buffer === "string") return Buffer.from(item.$buffer, "base64");
      if (Array.isArray(item.$map)) return new Map(item.$map);
    }
    return item;
  });
}

/** The tags an entry answers to: a page's from its header, a cached read's from the request. */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...fromHeader, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

export default class RedisCacheHandler {
  constructor(options) {
    this.prefix = prefixFor(options.serverDistDir);
  }

  async get(key, ctx) {
    const db = await ready();
    if (!db) return null;
    try {
      const text = await db.get(`${this.prefix}e:${key}`);
      if (!text) return null;
      const entry = decode(text);
      const tags = [...new Set([...entry.tags, ...tagsOf(entry.value, ctx)])];
      if (tags.length) {
        const expired = await db.hmGet(`${this.prefix}tags`, tags);
        // Expired after this entry was made: render fresh. A tag marked only
        // stale (revalidateTag with a profile) counts as expired here too.
        if (expired.some((at) => at !== null && Number(at) >= entry.lastModified)) return null;
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch (error) {
      console.warn(`Redis cache: get failed (${error.message}); rendering from the database`);
      return null;
    }
  }

  async set(key, data, ctx) {
    const db = await ready();
    if (!db) return;
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
    const entry = { value: data, lastModified: Date.now(), cacheControl, tags: tagsOf(data, ctx) };
    // Kept as long as Next may still serve it: its `expire`, or a cached read's revalidate time, else until evicted.
    const seconds = typeof cacheControl?.expire === "number" ? cacheControl.expire : typeof data?.revalidate === "number" && data.revalidate > 0 ? data.revalidate : undefined;
    try {
      await db.set(`${this.prefix}e:${key}`, encode(entry), seconds ? { EX: Math.max(1, Math.ceil(seconds)) } : undefined);
    } catch (error) {
      console.warn(`Redis cache: set failed (${error.message})`);
    }
  }

  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (!list.length) return;
    // Expired at once, whatever the profile: every caller here wants the
    // next request to render fresh (lib/public/revalidate.ts).
    const now = String(Date.now());
    try {
      const db = await ready();
      if (!db) throw new Error("Redis is not reachable");
      await db.hSet(`${this.prefix}tags`, Object.fromEntries(list.map((tag) => [tag, now])));
    } catch (error) {
      console.error(`Redis cache: could not expire ${list.join(", ")} (${error.message}); other instances may serve them until they expire`);
    }
  }

  resetRequestCache() {}
}
