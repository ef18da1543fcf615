// Every environment variable Copydesk reads is read here (the README's
// Configuration table lists them), parsed with zod, with a message that says
// what to do. ESLint refuses `process.env` anywhere else in the app
// (docs/decisions/0024).
//
// Nothing is read at import: `next build` imports every module with nothing
// configured, and scripts and tests set variables after importing. Each
// group below is parsed the first time it is asked for and again only when
// one of its variables has changed, so a hot path (a sitemap's thousands of
// URLs) costs a few look-ups, not a parse. Nothing here touches Node's own
// modules, so the proxy can import it.
import { z } from "zod";

function group<Shape extends z.ZodRawShape>(shape: Shape): () => z.output<z.ZodObject<Shape>> {
  const schema = z.object(shape);
  const names = Object.keys(shape);
  let seen: string | undefined;
  let value: z.output<z.ZodObject<Shape>>;
  return () => {
    const raw = names.map((name) => process.env[name]);
    const key = JSON.stringify(raw);
    if (key !== seen) {
      const parsed = schema.safeParse(Object.fromEntries(names.map((name, i) => [name, raw[i]])));
      if (!parsed.success) throw new Error(`Copydesk cannot run with this configuration:\n${parsed.error.issues.map((issue) => `  - ${issue.message}`).join("\n")}`);
      value = parsed.data;
      seen = key;
    }
    return value;
  };
}

const port = (name: string) =>
  z.coerce.number({ error: `${name} must be a port number.` }).int(`${name} must be a port number.`).min(1, `${name} must be a port number.`).max(65535, `${name} must be a port number.`);

/** The database and the session secret: the app serves nothing without them. */
export const serverEnv = group({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start Copydesk with `npm start`, which provides one." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL."),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33`." })
    .min(32, "AUTH_SECRET must be at least 32 characters."),
});

const DEFAULT_SITE_URL = "http://localhost:3000";

const site = group({
  // Unset or blank: the local demo's address. Otherwise its origin and path, without a trailing slash.
  SITE_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const raw = value?.trim() || DEFAULT_SITE_URL;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        ctx.addIssue({ code: "custom", message: `SITE_URL must be an absolute http(s) URL such as https://news.example.com, not "${raw}".` });
        return z.NEVER;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        ctx.addIssue({ code: "custom", message: `SITE_URL must start with http:// or https://, not "${raw}".` });
        return z.NEVER;
      }
      return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
    }),
});

/** The public address (feeds, sitemaps, canonical links, JSON-LD), default http://localhost:3000. */
export const siteUrl = () => site().SITE_URL;

/** The newsroom's time zone until the settings say otherwise, default Asia/Shanghai. */
export const newsroomTimeZone = group({ NEWSROOM_TIME_ZONE: z.string().default("Asia/Shanghai") });

/** Uploaded pictures and printed pages: where they are kept (unset: .data/media) and the largest of each accepted. */
export const mediaEnv = group({
  MEDIA_DIR: z.string().min(1, "MEDIA_DIR must name a directory.").optional(),
  MEDIA_MAX_BYTES: z.coerce
    .number({ error: "MEDIA_MAX_BYTES must be a number of bytes." })
    .int()
    .positive("MEDIA_MAX_BYTES must be a number of bytes.")
    .default(10 * 1024 * 1024),
  // A printed page's PDF carries its photos at print resolution: larger than a photo.
  PAGE_MAX_BYTES: z.coerce
    .number({ error: "PAGE_MAX_BYTES must be a number of bytes." })
    .int()
    .positive("PAGE_MAX_BYTES must be a number of bytes.")
    .default(50 * 1024 * 1024),
});

/**
 * An S3-compatible object store for pictures and printed pages (many
 * instances share it). All of endpoint, bucket and keys, or none: with none,
 * the files stay on the disk under MEDIA_DIR.
 */
export const s3Env = group({
  S3_ENDPOINT: z.url({ error: "S3_ENDPOINT must be a URL such as https://s3.example.com." }).optional(),
  S3_BUCKET: z.string().min(1, "S3_BUCKET must name a bucket.").optional(),
  S3_ACCESS_KEY_ID: z.string().min(1, "S3_ACCESS_KEY_ID must not be empty.").optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1, "S3_SECRET_ACCESS_KEY must not be empty.").optional(),
  // Most S3-compatible servers ignore the region, but requests are signed with it.
  S3_REGION: z.string().min(1).default("us-east-1"),
});

/**
 * Redis for what many instances share: Next's cache of rendered pages and
 * cached reads (lib/cache/redis-handler.mjs, named in next.config.ts only
 * when this is set). Unset: each process keeps its own cache, as `npm start` does.
 */
export const redisEnv = group({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL.")
    .optional(),
});

/** The scheduler that publishes scheduled articles (lib/workflow/scheduler-loop.ts). */
export const schedulerEnv = group({
  SCHEDULER: z.string().optional(),
  SCHEDULER_INTERVAL_MS: z.coerce
    .number({ error: "SCHEDULER_INTERVAL_MS must be a number of milliseconds." })
    .int()
    .positive("SCHEDULER_INTERVAL_MS must be a number of milliseconds.")
    .default(5_000),
});

const embedded = group({ EMBEDDED_PG_PORT: port("EMBEDDED_PG_PORT").default(54329) });

/** The embedded PostgreSQL's port: not 5432, so it never clashes with a system one. */
export const embeddedPgPort = () => embedded().EMBEDDED_PG_PORT;

/** The nginx in front of the app, when `npm run start:prod` runs one (lib/serving/nginx.ts). */
export const nginxEnv = group({ NGINX_RUN_DIR: z.string().optional(), NGINX: z.string().optional() });

/** `next dev`, which Next itself says through NODE_ENV. */
export const isDevelopment = () => process.env.NODE_ENV === "development";

/**
 * The proxies whose X-Forwarded-For entries are believed (lib/security/client-address.ts):
 * comma-separated addresses or CIDR ranges, default loopback only (nginx on the same machine).
 */
export const proxyEnv = group({ TRUSTED_PROXIES: z.string().optional() });
