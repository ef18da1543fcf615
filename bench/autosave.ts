// Autosave round trip: the time from sending an autosave to its
// acknowledgement, through the real route (session, zod, policy, version
// check, revision, search index) on a running server.
//   DATABASE_URL=… npx tsx bench/autosave.ts [baseUrl] [saves]
import { createArticle } from "@/lib/articles/save";
import { createDb } from "@/lib/database/client";
import type { ArticleFields } from "@/lib/validation/article";

const sampleFields = (overrides: Partial<ArticleFields> = {}): ArticleFields => ({
  kicker: null,
  headline: "自动保存基准",
  subheadline: null,
  dateline: "本报讯",
  summary: null,
  body: "开发区今天召开会议。",
  contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT" }],
  ...overrides,
});

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const saves = Number(process.argv[3] ?? 200);
const db = createDb(process.env.DATABASE_URL ?? "postgresql://copydesk:copydesk@127.0.0.1:54329/copydesk", { max: 2 });

const reporter = await db.user.findUniqueOrThrow({ where: { email: "reporter@copydesk.test" } });
const article = await createArticle(db, { id: reporter.id, role: reporter.role }, sampleFields({ headline: `自动保存基准 ${Date.now()}` }));

const csrf = await fetch(`${base}/api/auth/csrf`);
const { csrfToken } = (await csrf.json()) as { csrfToken: string };
let cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
const login = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", cookie },
  body: new URLSearchParams({ csrfToken, email: "reporter@copydesk.test", password: "copydesk-demo" }),
  redirect: "manual",
});
cookie = [cookie, ...login.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");

let version = article.version;
const times: number[] = [];
for (let i = 0; i < saves; i++) {
  const body = `${"开发区今天召开会议。".repeat(40)}\n\n第${i}次保存。`;
  const started = performance.now();
  const response = await fetch(`${base}/api/articles/${article.id}/autosave`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ ...sampleFields({ body }), version }),
  });
  const result = (await response.json()) as { ok: boolean; version?: number; code?: string };
  times.push(performance.now() - started);
  if (!result.ok) throw new Error(`autosave ${i} refused: ${result.code}`);
  version = result.version!;
}
const pct = (p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(1);
console.log(`autosave round trip over ${saves} saves (~400 characters each): p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms`);
await db.$disconnect();
