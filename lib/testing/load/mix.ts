// The load mix shared by `npm run bench:load` and e2e/load.spec.ts: 90 %
// reads (front page, articles, sections, search; Chinese and English
// readers alternately) and 10 % desk saves through the autosave route, each
// connection saving its own draft with the version protocol the editor
// uses. The load is made by autocannon; its request hooks time each request
// by kind and carry every editor's version from one save to the next.
import autocannon, { type Client, type Request, type Result } from "autocannon";
import { draftFields, type DeskEditor } from "@/lib/testing/load/drafts";
import { summary } from "@/lib/testing/load/stats";

export type Kind = "front" | "article" | "section" | "search" | "save";
export const KINDS: Kind[] = ["front", "article", "section", "search", "save"];

/** One connection's round of 20 requests: 18 reads and 2 saves, the saves far apart. */
const ROUND: Kind[] = [
  ...["front", "article", "section", "article", "search", "save", "front", "article", "section", "search"],
  ...["front", "article", "section", "article", "search", "save", "front", "article", "section", "search"],
] as Kind[];

// Readers alternate between the two languages (the proxy picks the page's language from this header).
const LANGUAGES = ["zh-CN,zh;q=0.9", "en-US,en;q=0.9"];
const SEARCHES = ["开发区", "项目", "会议", "建设", "企业"];

export interface ReadTargets {
  articles: string[];
  sections: string[];
  searches: string[];
}

/** The published articles and the sections, from the sitemap. */
export async function readTargets(base: string): Promise<ReadTargets> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const slugs = (prefix: string) => paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const targets = { articles: slugs("/articles/"), sections: slugs("/sections/"), searches: SEARCHES };
  if (targets.articles.length === 0 || targets.sections.length === 0) throw new Error(`no published articles or sections in ${base}/sitemap.xml`);
  return targets;
}

export interface KindStats {
  sent: number;
  latencies: number[];
  statuses: Record<string, number>;
  /** Sent, then given up (timed out or the connection failed) before an answer came. */
  lost: number;
  /** Saves refused as typed over an old version: must never happen, each editor has its own draft. */
  conflicts: number;
  /** The first few answers other than 2xx, to tell what went wrong. */
  failures: string[];
}

export interface MixResult {
  seconds: number;
  completed: number;
  rate: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  serverErrors: number;
  conflicts: number;
  kinds: Record<Kind, KindStats>;
  autocannon: Result;
}

export interface MixOptions {
  base: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unset: as fast as the server answers. */
  rate?: number;
  /** One per connection; each connection saves only its own editor's draft. */
  editors: DeskEditor[];
  targets: ReadTargets;
  timeoutSeconds?: number;
}

/**
 * Connections for a throttled run. autocannon releases each connection's
 * quota at the start of every second and a connection waits for each answer,
 * so few connections make narrow bursts but miss their quota when answers are
 * slow; two requests a second per connection leave each 500 ms.
 */
export const connectionsFor = (rate: number) => Math.min(64, Math.max(4, Math.ceil(rate / 2)));

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

function readPath(kind: Exclude<Kind, "save">, targets: ReadTargets): string {
  if (kind === "front") return "/";
  if (kind === "article") return `/articles/${encodeURIComponent(pick(targets.articles))}`;
  if (kind === "section") return `/sections/${encodeURIComponent(pick(targets.sections))}`;
  return `/search?q=${encodeURIComponent(pick(targets.searches))}`;
}

/** One connection: its editor, its request in flight, and the requests of its round. */
function connectionRequests(options: MixOptions, editor: DeskEditor, kinds: Record<Kind, KindStats>): Request[] {
  let inFlight: { kind: Kind; path: string; started: number } | null = null;
  let made = 0;
  const headline = `负载测试 ${editor.id.slice(-6)}`;

  const setup = (kind: Kind) => (request: Request): Request => {
    // A request that never got its answer was given up by autocannon (timeout or connection error).
    if (inFlight) kinds[inFlight.kind].lost++;
    const path = kind === "save" ? `/api/articles/${editor.id}/autosave` : readPath(kind, options.targets);
    inFlight = { kind, path, started: performance.now() };
    kinds[kind].sent++;
    made++;
    if (kind !== "save") {
      const headers = { accept: "text/html", "accept-encoding": "gzip", "accept-language": LANGUAGES[made % 2]! };
      return { ...request, method: "GET", path, headers, body: undefined };
    }
    editor.saves++;
    return {
      ...request,
      method: "POST",
      path,
      headers: { "content-type": "application/json", cookie: editor.cookie, origin: options.base, "accept-language": LANGUAGES[made % 2]! },
      body: JSON.stringify({ ...draftFields(headline, editor.saves), version: editor.version }),
    };
  };

  const record = (kind: Kind) => (status: number, body: string) => {
    if (!inFlight) return;
    const stats = kinds[kind];
    stats.latencies.push(performance.now() - inFlight.started);
    stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
    if ((status < 200 || status > 299) && stats.failures.length < 5) stats.failures.push(`${status} ${inFlight.path}: ${body.slice(0, 300)}`);
    inFlight = null;
    if (kind !== "save") return;
    try {
      const answer = JSON.parse(body) as { ok?: boolean; version?: number; code?: string };
      if (answer.ok && typeof answer.version === "number") {
        editor.version = answer.version;
        editor.saved++;
      }
      else if (answer.code === "conflict") stats.conflicts++;
    } catch {
      // Not our JSON (a proxy's error page): its status is counted above.
    }
  };

  return ROUND.map((kind) => ({ setupRequest: setup(kind), onResponse: record(kind) }));
}

export async function runMix(options: MixOptions): Promise<MixResult> {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { sent: 0, latencies: [], statuses: {}, lost: 0, conflicts: 0, failures: [] }])) as unknown as Record<Kind, KindStats>;
  if (options.editors.length < options.connections) throw new Error(`${options.connections} connections need as many editors, got ${options.editors.length}`);
  let next = 0;
  const result = await autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.rate,
    timeout: options.timeoutSeconds ?? 10,
    pipelining: 1,
    // Placeholder; each connection gets its own round (and editor) below.
    requests: [{ method: "GET", path: "/api/health" }],
    setupClient: (client: Client) => client.setRequests(connectionRequests(options, options.editors[next++]!, kinds)),
  });
  const statuses = Object.entries(result.statusCodeStats);
  const completed = statuses.reduce((sum, [, s]) => sum + s.count, 0);
  return {
    seconds: result.duration,
    completed,
    rate: completed / result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors: statuses.filter(([code]) => Number(code) >= 500).reduce((sum, [, s]) => sum + s.count, 0),
    conflicts: kinds.save.conflicts,
    kinds,
    autocannon: result,
  };
}

/** Plain-text lines of a run: totals, then p50/p99 per kind. */
export function describeMix(title: string, r: MixResult): string[] {
  const lines = [
    `${title}: ${r.completed} answers in ${r.seconds.toFixed(1)} s = ${r.rate.toFixed(1)} req/s; errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, 5xx ${r.serverErrors}, save conflicts ${r.conflicts}`,
  ];
  for (const kind of KINDS) {
    const k = r.kinds[kind];
    const s = summary(k.latencies);
    const statuses = Object.entries(k.statuses).map(([code, n]) => `${code}×${n}`).join(" ");
    lines.push(`  ${kind.padEnd(8)} ${String(s.count).padStart(6)} answered  p50 ${s.p50.toFixed(1).padStart(7)} ms  p99 ${s.p99.toFixed(1).padStart(7)} ms  max ${s.max.toFixed(1).padStart(7)} ms  lost ${k.lost}  [${statuses}]`);
  }
  for (const kind of KINDS) for (const failure of r.kinds[kind].failures) lines.push(`  ${kind} answered ${failure}`);
  return lines;
}
