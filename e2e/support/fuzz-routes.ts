// The route handlers' part of the battery: every handler under app/ with
// generated methods, path ids and bodies, and the bodies over each limit.
import http from "node:http";
import fc from "fast-check";
import sharp from "sharp";
import { pool, type Tally } from "./fuzz-battery";
import { actionInput, anyJson } from "./fuzz-inputs";
import type { Fixtures } from "./fuzz-models";

interface RouteRun {
  base: string;
  admin: string;
  fixtures: Fixtures;
  tally: Tally;
  seed: number;
  cases: number;
  concurrency: number;
}

interface Request {
  what: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** A state-changing route: a 4xx must carry { message } (405s, from Next, excepted). */
  saysWhy?: boolean;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const method = fc.constantFrom(...METHODS);

/**
 * A path segment: plain, encoded unicode, NUL, very long. Only
 * well-formed percent-encoding, and no "..": Next.js itself answers 500 to
 * a path that does not decode ("%ff"), and to a malformed multipart POST to
 * a path no route has (which ".." makes), before any code of ours runs
 * (docs/decisions/0017).
 */
const segment = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{0,40}$/),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom("%2F", "%00", "%E4%B8%AD", "x".repeat(2000), "news", "1200", "original", "0", "-1", "__proto__"),
);

/** A body of any kind a client could send, with a content type that may not match it. */
const body = fc.oneof(
  anyJson.map((v) => ({ body: JSON.stringify(v) as BodyInit, type: "application/json" })),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ body: bytes as BodyInit, type: "application/octet-stream" })),
  fc.string({ maxLength: 200 }).map((s) => ({ body: s as BodyInit, type: "application/x-www-form-urlencoded" })),
  fc.string({ maxLength: 200 }).map((s) => ({ body: s as BodyInit, type: "multipart/form-data; boundary=xyz" })),
  fc.string({ maxLength: 200 }).map((s) => ({ body: s as BodyInit, type: "text/plain" })),
);

async function send(run: RouteRun, request: Request): Promise<{ status: number; text: string } | undefined> {
  const withBody = request.body !== undefined && request.method !== "GET" && request.method !== "HEAD";
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${run.base}${request.path}`, {
      method: request.method,
      redirect: "manual",
      headers: { Origin: run.base, ...request.headers },
      body: withBody ? request.body : undefined,
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    // The connection dropped: as bad as a 5xx.
    run.tally.problem(`${request.what}: no answer`, 0, { path: request.path, error: String(error) });
    return;
  }
  run.tally.count(status);
  const detail = { method: request.method, path: request.path.slice(0, 200), answer: text.slice(0, 200) };
  if (status >= 500) run.tally.problem(`${request.what}: ${status}`, status, detail);
  else if (request.saysWhy && status >= 400 && status !== 405 && !messageOf(text)) run.tally.problem(`${request.what}: ${status} without a message`, status, detail);
  return { status, text };
}

function messageOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    return typeof parsed.message === "string" && parsed.message.trim() ? parsed.message : undefined;
  } catch {
    return text.trim() || undefined;
  }
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, run: RouteRun, n: number, salt: number) => fc.sample(arbitrary, { numRuns: n, seed: run.seed + salt });

export async function fuzzRoutes(run: RouteRun) {
  const { fixtures, admin } = run;
  const reads = Math.ceil(run.cases / 4);
  const requests: Request[] = [];

  // The reading routes, with every method and generated ids: nothing here changes state.
  const readPaths: [string, fc.Arbitrary<string>][] = [
    ["/api/health", fc.constant("/api/health")],
    ["/feed.xml", fc.constant("/feed.xml")],
    ["/sitemap.xml", fc.constant("/sitemap.xml")],
    ["/news-sitemap.xml", fc.constant("/news-sitemap.xml")],
    ["/robots.txt", fc.constant("/robots.txt")],
    ["/sections/[slug]/feed.xml", segment.map((s) => `/sections/${s}/feed.xml`)],
    ["/media/[id]/[size]", fc.tuple(segment, segment).map(([id, size]) => `/media/${id}/${size}`)],
    ["/api/proofread/words", segment.map((v) => `/api/proofread/words?v=${v}`)],
  ];
  for (const [n, [what, path]] of readPaths.entries()) {
    for (const [m, p, b, signedIn] of sample(fc.tuple(method, path, body, fc.boolean()), run, reads, 100 + n)) {
      requests.push({ what, method: m, path: p, body: b.body, headers: { "Content-Type": b.type, ...(signedIn ? { Cookie: admin } : {}) } });
    }
  }

  // Auth.js: its own paths under /api/auth, signed out (a forged sign-out must not end the battery's session).
  const authPath = fc.oneof(fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials", "signin/credentials", "error", "verify-request"), segment);
  for (const [m, p, b] of sample(fc.tuple(method, authPath, body), run, run.cases, 200)) {
    requests.push({ what: "/api/auth/[...nextauth]", method: m, path: `/api/auth/${p}`, body: b.body, headers: { "Content-Type": b.type } });
  }

  // Autosave: near misses of a valid save on the fixture's article, and other ids.
  const autosaveExample = {
    version: fixtures.articleVersion,
    headline: "模糊测试稿件",
    dateline: "本报讯",
    body: "第一段。",
    contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT", userId: fixtures.reporterId }],
  };
  // "%00" always among them: a NUL in the id once made PostgreSQL fail and autosave answer 500.
  requests.push({ what: "/api/articles/%00/autosave", method: "POST", path: "/api/articles/%00/autosave", body: JSON.stringify(autosaveExample), headers: { "Content-Type": "application/json", Cookie: admin }, saysWhy: true });
  const articleId = fc.oneof({ weight: 3, arbitrary: fc.constant(fixtures.articleId) }, { weight: 1, arbitrary: segment });
  for (const [id, input, m, raw] of sample(fc.tuple(articleId, actionInput(autosaveExample), fc.oneof({ weight: 5, arbitrary: fc.constant("POST") }, { weight: 1, arbitrary: method }), fc.option(body, { freq: 5 })), run, run.cases, 300)) {
    requests.push({
      what: "/api/articles/[id]/autosave",
      method: m,
      path: `/api/articles/${id}/autosave`,
      body: raw ? raw.body : JSON.stringify(input),
      headers: { "Content-Type": raw ? raw.type : "application/json", Cookie: admin },
      saysWhy: true,
    });
  }

  // Uploads: generated form fields around a real picture, random bytes as a "picture", and raw bodies.
  const png = new Uint8Array(await sharp({ create: { width: 16, height: 16, channels: 3, background: "#333" } }).png().toBuffer());
  const uploadFields = fc.dictionary(fc.constantFrom("articleId", "photoId", "caption", "credit", "alt", "file", "extra", "__proto__"), fc.oneof(fc.string({ maxLength: 40 }), fc.constant(fixtures.articleId), fc.constant(fixtures.photoId), fc.constant("x".repeat(3000))), { maxKeys: 5 });
  const file = fc.oneof(fc.constant(png), fc.uint8Array({ maxLength: 3000 }), fc.constant(png.subarray(0, 40)));
  for (const [fields, bytes, name, raw] of sample(fc.tuple(uploadFields, file, fc.string({ maxLength: 300 }), fc.option(body, { freq: 5 })), run, run.cases, 400)) {
    let payload: BodyInit;
    const headers: Record<string, string> = { Cookie: admin };
    if (raw) {
      payload = raw.body;
      headers["Content-Type"] = raw.type;
    } else {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) if (k !== "file") form.append(k, v);
      form.append("file", new Blob([bytes], { type: "image/png" }), name || "x.png");
      payload = form;
    }
    requests.push({ what: "/api/media", method: "POST", path: "/api/media", body: payload, headers, saysWhy: true });
  }

  // The scheduler's route: guessed tokens.
  for (const [m, token] of sample(fc.tuple(method, fc.string({ maxLength: 80 })), run, reads, 500)) {
    requests.push({ what: "/api/internal/publish-due", method: m, path: "/api/internal/publish-due", headers: { "X-Scheduler-Token": encodeURIComponent(token) } });
  }

  await pool(requests, run.concurrency, async (request) => void (await send(run, request)));

  // Over the limits: the autosave body (1.5 MB; its limit is 1.2 MB), an
  // upload over MEDIA_MAX_BYTES (10 MB), and Auth.js's sign-in (2 MB).
  const boundary = "fuzzboundary7MA4YWxkTrZu0gW";
  const upload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="articleId"\r\n\r\n${fixtures.articleId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    Buffer.alloc(10 * 1024 * 1024 + 200 * 1024),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const oversized = [
    { what: "autosave over its limit", path: `/api/articles/${fixtures.articleId}/autosave`, type: "application/json", body: Buffer.from(JSON.stringify({ ...autosaveExample, body: "字".repeat(500_000) })), saysWhy: true },
    // Refused by its Content-Length: the answer comes before any of the body is sent.
    { what: "upload over 10 MB", path: "/api/media", type: `multipart/form-data; boundary=${boundary}`, body: upload, saysWhy: true, waitForAnswer: 60_000 },
    { what: "sign-in over 1 MB", path: "/api/auth/callback/credentials", type: "application/x-www-form-urlencoded", body: Buffer.from(`email=${"a".repeat(2_000_000)}`), saysWhy: false },
  ];
  for (const request of oversized) {
    const answer = await postRaw(run, request.path, { "Content-Type": request.type, Cookie: admin }, request.body, request.waitForAnswer);
    run.tally.count(answer.status);
    if (answer.status >= 500 || answer.status === 0) run.tally.problem(`${request.what}: ${answer.status}`, answer.status, answer.text.slice(0, 200));
    // Our own limits answer 413 and say why; Auth.js's route only must not fail.
    else if (request.saysWhy && (answer.status !== 413 || !messageOf(answer.text))) run.tally.problem(`${request.what}: ${answer.status}`, answer.status, answer.text.slice(0, 200));
  }
}

/**
 * A POST through node:http that sends the headers, waits a moment, then the
 * body in pieces, and stops as soon as the server answers. A server answers a body it will not take before
 * reading all of it and closes the connection; a client that went on
 * sending would get a reset instead of the answer (fetch does). Browsers
 * stop too.
 */
async function postRaw(run: RouteRun, path: string, headers: Record<string, string>, body: Buffer, waitForAnswer = 1_000): Promise<{ status: number; text: string }> {
  // A connection of its own (agent: false): a kept-alive one the server closed after the last refusal would reset.
  const request = http.request(`${run.base}${path}`, { method: "POST", agent: false, headers: { Origin: run.base, ...headers, "Content-Length": body.length } });
  const failed = new Promise<{ status: number; text: string }>((resolve) => request.on("error", (error) => setTimeout(() => resolve({ status: 0, text: String(error) }), 2_000)));
  const answered = new Promise<{ status: number; text: string }>((resolve) =>
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    }),
  );
  let done = false;
  void answered.then(() => (done = true));
  // Headers first: a route that refuses by Content-Length answers before any body is sent.
  request.flushHeaders();
  await Promise.race([answered, failed, new Promise((resolve) => setTimeout(resolve, waitForAnswer))]);
  for (let at = 0; at < body.length && !done; at += 64 * 1024) {
    if (!request.write(body.subarray(at, at + 64 * 1024))) {
      await Promise.race([new Promise((resolve) => request.once("drain", resolve)), answered, failed]);
    }
  }
  if (!done) request.end();
  const answer = await Promise.race([answered, failed]);
  request.destroy();
  return answer;
}
