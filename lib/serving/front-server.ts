// The HTTP server in front of Next for reader pages. Next serves them from
// its cache (they are never rendered per request); this finishes each one
// once per cached version: it drops the scripts a reader page's policy
// forbids (strip-scripts.ts) and gzips it, keyed by Next's ETag. Then it
// keeps the finished page as a copy for one second (or until the next
// public change, lib/serving/purge.ts), so a popular page costs a map
// lookup instead of a pass through Next's router, proxy and cache — what
// nginx's micro-cache does in production, for `npm start` alone.
// Everything else (the desk, actions, assets, media, signed-in readers)
// goes to Next, which compresses it itself.
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import next from "next";
import { isLocale, LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { forbidsScripts, isStaffPath } from "./content-security";
import { readerGeneration } from "./purge";
import { stripScripts } from "./strip-scripts";

const PASS_THROUGH = ["/_next/", "/api/", "/media/"];
const MEMO_ENTRIES = 500;
/** As long as nginx's micro-cache: what changes with the clock alone (midnight's edition) shows within it. */
export const COPY_TTL_MS = 1_000;
/** A refresh that has not come back by then no longer holds the others on the old copy. */
const REFRESH_GRACE_MS = 10_000;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const LANG_COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
// Describes one fetch from Next, or is set per response here.
const NOT_COPIED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "vary", "x-nextjs-cache"]);

interface Finished {
  body: Buffer;
  gzip: Buffer | null;
}

export function isReaderRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.rsc || req.headers["next-router-prefetch"]) return false;
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  if (PASS_THROUGH.some((prefix) => pathname.startsWith(prefix))) return false;
  const [, first = ""] = pathname.split("/");
  return !isStaffPath(isLocale(first) ? pathname.slice(first.length + 1) || "/" : pathname);
}

/**
 * What a reader page depends on besides its URL: the language, picked as
 * proxy.ts picks it. Null for a signed-in reader, whose pages are never
 * shared (nginx bypasses them too).
 */
export function copyKey(req: IncomingMessage): string | null {
  const cookie = String(req.headers.cookie ?? "");
  if (SESSION_COOKIE.test(cookie)) return null;
  const locale = pickLocale(LANG_COOKIE.exec(cookie)?.[1], req.headers["accept-language"] ?? null);
  return `${locale} ${req.url ?? "/"}`;
}

export interface Copy {
  status: number;
  headers: OutgoingHttpHeaders;
  finished: Finished;
  storedAt: number;
  generation: number;
  refreshing: boolean;
}

/**
 * Finished reader pages by copyKey. A copy is served while it is younger than
 * COPY_TTL_MS and no public change has happened since it was fetched. An
 * older one is refreshed by the first request to find it, while the others
 * are still served the old copy, as nginx's `use_stale updating` does; after
 * a public change there is no old copy to serve.
 */
export function createReaderCopies(now: () => number = Date.now) {
  const copies = new Map<string, Copy>();
  return {
    /** The copy to send, or null: this request goes to Next (and may store what it gets). */
    lookup(key: string): Copy | null {
      const copy = copies.get(key);
      if (!copy || copy.generation !== readerGeneration()) return null;
      const age = now() - copy.storedAt;
      if (age < COPY_TTL_MS) return copy;
      if (copy.refreshing && age < COPY_TTL_MS + REFRESH_GRACE_MS) return copy;
      copy.refreshing = true;
      return null;
    },
    keep(key: string, copy: Omit<Copy, "storedAt" | "refreshing">) {
      // Fetched before a public change: not to be kept under the new generation.
      if (copy.generation !== readerGeneration()) return;
      if (copies.size >= MEMO_ENTRIES && !copies.has(key)) copies.delete(copies.keys().next().value!);
      copies.set(key, { ...copy, storedAt: now(), refreshing: false });
    },
    /** Next answered with something not to share (an error, a private page): no copy. */
    drop(key: string) {
      copies.delete(key);
    },
  };
}

/** A response Next marks as shareable (a cached page: `s-maxage`), meant for everyone. */
function shareable(res: ServerResponse): boolean {
  const control = String(res.getHeader("cache-control") ?? "");
  return res.statusCode === 200 && /\bs-maxage=/.test(control) && !/\b(private|no-store)\b/.test(control) && !res.hasHeader("set-cookie");
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

function sendCopy(req: IncomingMessage, res: ServerResponse, copy: Copy) {
  for (const [name, value] of Object.entries(copy.headers)) if (value !== undefined) res.setHeader(name, value);
  res.setHeader("vary", "Accept-Encoding");
  res.setHeader("x-front-cache", "HIT");
  if (copy.headers.etag && req.headers["if-none-match"] === copy.headers.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = acceptsGzip(req) ? copy.finished.gzip : null;
  const out = gzip ?? copy.finished.body;
  if (gzip) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", out.length);
  res.statusCode = copy.status;
  res.end(req.method === "HEAD" ? undefined : out);
}

export function createReaderFinisher() {
  const memo = new Map<string, Finished>();

  function finish(body: Buffer, type: string, policy: string | undefined): Finished {
    const html = type.startsWith("text/html") && forbidsScripts(policy);
    const out = html ? Buffer.from(stripScripts(body.toString("utf8"))) : body;
    const compressible = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml))/.test(type) && out.length > 512;
    return { body: out, gzip: compressible ? gzipSync(out, { level: 6 }) : null };
  }

  /** Same result for the same cached version: the ETag names the bytes. */
  return function finishOnce(key: string | null, body: Buffer, type: string, policy: string | undefined): Finished {
    if (!key) return finish(body, type, policy);
    const hit = memo.get(key);
    if (hit) return hit;
    const done = finish(body, type, policy);
    if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    memo.set(key, done);
    return done;
  };
}

type Keep = (status: number, headers: OutgoingHttpHeaders, finished: Finished) => void;

/**
 * Holds back what Next writes for a reader page, then sends the finished
 * page; `keep` is handed it (and its headers) when Next marks it shareable.
 */
function capture(req: IncomingMessage, res: ServerResponse, finishOnce: ReturnType<typeof createReaderFinisher>, keep: Keep | null) {
  const gzipOk = acceptsGzip(req);
  // Next compresses only what it is asked to; the finished page is gzipped here.
  delete req.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
  const writeHead = res.writeHead.bind(res);

  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, (encoding as BufferEncoding) || "utf8") : Buffer.from(chunk as Uint8Array);

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((item) => typeof item === "object" && item !== null);
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string);
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => done());
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const body = Buffer.concat(chunks);
    if (req.method === "HEAD" || body.length === 0 || res.getHeader("content-encoding")) {
      writeHead(res.statusCode);
      return end(body.length ? body : undefined);
    }
    const etag = res.getHeader("etag");
    const key = res.statusCode === 200 && etag ? `${req.url}\n${etag}` : null;
    const type = String(res.getHeader("content-type") ?? "");
    const policy = res.getHeader("content-security-policy")?.toString();
    const finished = finishOnce(key, body, type, policy);
    if (keep && shareable(res)) {
      const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !NOT_COPIED.has(name)));
      keep(res.statusCode, headers, finished);
    }
    res.setHeader("vary", "Accept-Encoding");
    const out = gzipOk && finished.gzip ? finished.gzip : finished.body;
    if (out === finished.gzip) res.setHeader("content-encoding", "gzip");
    res.setHeader("content-length", out.length);
    writeHead(res.statusCode);
    const done = [encoding, callback].find((item) => typeof item === "function") as (() => void) | undefined;
    return end(out).once("finish", () => done?.());
  }) as typeof res.end;
}

export async function startFrontServer(options: { port: number; hostname?: string; dir?: string }) {
  // Next is told "localhost" whatever address the server listens on: Next
  // names its own origin after this hostname, but the URL the proxy's
  // language rewrite gets always says localhost; were they to differ, Next
  // would treat each rewrite as another site's and fetch the page from itself
  // over HTTP, doubling the work of every reader request (docs/decisions/0021).
  const app = next({ dev: false, dir: options.dir ?? process.cwd(), hostname: "localhost", port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const finishOnce = createReaderFinisher();
  const copies = createReaderCopies();

  const server = createServer((req, res) => {
    if (isReaderRequest(req)) {
      const key = copyKey(req);
      const copy = key ? copies.lookup(key) : null;
      if (copy) return sendCopy(req, res, copy);
      // The generation as the request starts: a copy fetched across a public
      // change is not kept (copies.keep compares).
      const generation = readerGeneration();
      let kept = false;
      const keep: Keep | null = key ? (status, headers, finished) => ((kept = true), copies.keep(key, { status, headers, finished, generation })) : null;
      capture(req, res, finishOnce, keep);
      // Nothing to keep (an error, a private page, a HEAD): no copy is left
      // waiting for a refresh that is not coming.
      if (key) res.once("close", () => void (kept || copies.drop(key)));
    }
    handle(req, res).catch((error) => {
      console.error("[serve] request failed", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Longer than nginx's upstream keep-alive (60 s), so nginx never sends on a
  // connection this side has just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.hostname, resolve));
  return { server, app };
}
