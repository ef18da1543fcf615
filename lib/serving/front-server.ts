// The HTTP server in front of Next for reader pages. Next serves them from
// its cache (they are never rendered per request); this finishes each one
// once per cached version: it drops the scripts a reader page's policy
// forbids (strip-scripts.ts) and gzips it, then keeps the result by Next's
// ETag, so a popular page costs a map lookup instead of a gzip per request.
// Everything else (the desk, actions, assets, media) passes straight through
// to Next, which compresses it itself.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import next from "next";
import { isLocale } from "@/lib/i18n/locales";
import { forbidsScripts, isStaffPath } from "./content-security";
import { markedStatus } from "./page-status";
import { stripScripts } from "./strip-scripts";

const PASS_THROUGH = ["/_next/", "/api/", "/media/"];
const MEMO_ENTRIES = 500;

interface Finished {
  body: Buffer;
  gzip: Buffer | null;
  /** A reader page that found nothing asks for 404 (page-status.ts). */
  status: 404 | null;
}

export function isReaderRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.rsc || req.headers["next-router-prefetch"]) return false;
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  if (PASS_THROUGH.some((prefix) => pathname.startsWith(prefix))) return false;
  const [, first = ""] = pathname.split("/");
  return !isStaffPath(isLocale(first) ? pathname.slice(first.length + 1) || "/" : pathname);
}

export function createReaderFinisher() {
  const memo = new Map<string, Finished>();

  function finish(body: Buffer, type: string, policy: string | undefined): Finished {
    const html = type.startsWith("text/html") && forbidsScripts(policy);
    const text = html ? stripScripts(body.toString("utf8")) : null;
    const out = text === null ? body : Buffer.from(text);
    const compressible = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml))/.test(type) && out.length > 512;
    // Looked for once the scripts are gone: only the page's own HTML counts.
    return { body: out, gzip: compressible ? gzipSync(out, { level: 6 }) : null, status: text === null ? null : markedStatus(text) };
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

/** Holds back what Next writes for a reader page, then sends the finished page. */
function capture(req: IncomingMessage, res: ServerResponse, finishOnce: ReturnType<typeof createReaderFinisher>) {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
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
    if (finished.status && res.statusCode === 200) res.statusCode = finished.status;
    res.setHeader("vary", "Accept-Encoding");
    const out = acceptsGzip && finished.gzip ? finished.gzip : finished.body;
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

  const server = createServer((req, res) => {
    if (isReaderRequest(req)) capture(req, res, finishOnce);
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
