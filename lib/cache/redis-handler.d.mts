// The shape of lib/cache/redis-handler.mjs for its tests (the handler is
// plain JavaScript; Next calls it with its own types).
export default class RedisCacheHandler {
  constructor(options: { serverDistDir: string });
  get(key: string, ctx: { kind: string; tags?: string[]; softTags?: string[] }): Promise<{ lastModified: number; value: unknown; cacheControl?: { revalidate: number | false; expire?: number } } | null>;
  set(key: string, data: unknown, ctx: { fetchCache?: boolean; tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
