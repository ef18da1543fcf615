// The Redis cache handler on a Redis of its own (never the machine's on
// 6379): what one handler stores another reads back whole — Buffers, Maps
// and the lifetime included; an expired tag hides an entry from both; keys
// carry the build id; with Redis gone, reads miss instead of hanging.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort, startRedis, type RedisServer } from "@/lib/cluster/redis";
import RedisCacheHandler from "./redis-handler.mjs";

let redis: RedisServer;
let url: string;
let dir: string;
let serverDistDir: string;

async function keys(): Promise<string[]> {
  const client = createClient({ url });
  await client.connect();
  try {
    return (await client.keys("*")).sort();
  } finally {
    client.destroy();
  }
}

beforeAll(async () => {
  redis = await startRedis();
  url = redis.url;
  dir = await mkdtemp(path.join(tmpdir(), "copydesk-cache-"));
  serverDistDir = path.join(dir, ".next", "server");
  await mkdir(serverDistDir, { recursive: true });
  await writeFile(path.join(dir, ".next", "BUILD_ID"), "build-one\n");
});
afterAll(async () => {
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from([0, 1, 2, 250]),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});

describe("RedisCacheHandler", () => {
  it("gives another instance the entry whole, with its lifetime, under the build's id", async () => {
    vi.stubEnv("REDIS_URL", url);
    const a = new RedisCacheHandler({ serverDistDir });
    const b = new RedisCacheHandler({ serverDistDir });
    await a.set("/zh-CN/sections/x", page("<p>版面</p>", "_N_T_/layout,section:x"), { cacheControl: { revalidate: 60, expire: 3600 } });
    const entry = await b.get("/zh-CN/sections/x", { kind: "APP_PAGE" });
    expect(entry?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
    expect(entry?.value).toEqual(page("<p>版面</p>", "_N_T_/layout,section:x"));
    expect(Buffer.isBuffer((entry?.value as { rscData: Buffer }).rscData)).toBe(true);
    expect(await keys()).toEqual(["copydesk:cache:build-one:e:/zh-CN/sections/x"]);
  });

  it("hides a page and a cached read once one of their tags is expired, on every instance", async () => {
    vi.stubEnv("REDIS_URL", url);
    const a = new RedisCacheHandler({ serverDistDir });
    const b = new RedisCacheHandler({ serverDistDir });
    await a.set("/zh-CN", page("<p>头版</p>", "front-page"), { cacheControl: { revalidate: 60 } });
    await a.set("read-1", { kind: "FETCH", data: { body: "[]" }, revalidate: 60 }, { fetchCache: true, tags: ["article:a"] });
    await a.set("read-2", { kind: "FETCH", data: { body: "[]" }, revalidate: 60 }, { fetchCache: true, tags: ["article:b"] });
    expect(await b.get("read-1", { kind: "FETCH", tags: ["article:a"] })).not.toBeNull();

    await b.revalidateTag(["front-page", "article:a"]);
    expect(await a.get("/zh-CN", { kind: "APP_PAGE" })).toBeNull();
    expect(await a.get("read-1", { kind: "FETCH", tags: ["article:a"] })).toBeNull();
    expect(await a.get("read-2", { kind: "FETCH", tags: ["article:b"] })).not.toBeNull();
    // A page's implicit tags arrive as soft tags: expiring one reaches the reads under it.
    await a.revalidateTag("_N_T_/zh-CN/articles/b");
    expect(await b.get("read-2", { kind: "FETCH", tags: ["article:b"], softTags: ["_N_T_/zh-CN/articles/b"] })).toBeNull();

    // What is stored after the expiry is served again.
    await a.set("/zh-CN", page("<p>新头版</p>", "front-page"), { cacheControl: { revalidate: 60 } });
    expect((await b.get("/zh-CN", { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "<p>新头版</p>" });
  });

  it("never reads another build's entries", async () => {
    vi.stubEnv("REDIS_URL", url);
    const otherDir = path.join(dir, "other", ".next", "server");
    await mkdir(otherDir, { recursive: true });
    await writeFile(path.join(dir, "other", ".next", "BUILD_ID"), "build-two");
    await new RedisCacheHandler({ serverDistDir }).set("/zh-CN/corrections", page("<p>更正</p>", "corrections"), { cacheControl: { revalidate: 60 } });
    expect(await new RedisCacheHandler({ serverDistDir: otherDir }).get("/zh-CN/corrections", { kind: "APP_PAGE" })).toBeNull();
  });

  it("misses without waiting long when Redis is not there, and stores nothing", async () => {
    vi.stubEnv("REDIS_URL", `redis://127.0.0.1:${await freePort()}`);
    const handler = new RedisCacheHandler({ serverDistDir });
    await handler.set("/zh-CN/x", page("<p>x</p>", "x"), { cacheControl: { revalidate: 60 } });
    expect(await handler.get("/zh-CN/x", { kind: "APP_PAGE" })).toBeNull();
    // A tag expiry that cannot be recorded says so in the log instead of throwing into the publish.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(handler.revalidateTag("x")).resolves.toBeUndefined();
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/could not expire x/));
  });
});
