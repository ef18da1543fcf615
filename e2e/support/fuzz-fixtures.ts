// The rows the valid examples point at, made through the app itself (the
// actions and the upload route) on the fuzz server, then read back by id.
import pg from "pg";
import sharp from "sharp";
import { callAction, manifestActions } from "./fuzz-battery";
import type { Fixtures } from "./fuzz-models";

export async function query<T = Record<string, unknown>>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const actionId = (key: string) => {
  const found = manifestActions().find((a) => a.key.endsWith(`#${key}`));
  if (!found) throw new Error(`no action ${key} in the build`);
  return found.id;
};

async function call(base: string, cookie: string, page: string, name: string, input: unknown) {
  const answer = await callAction({ base, page, actionId: actionId(name), args: [input], cookie });
  const result = answer.result as { ok?: boolean; data?: Record<string, unknown>; message?: string } | undefined;
  if (answer.status !== 200 || !result?.ok) throw new Error(`fixture ${name} failed: ${answer.status} ${JSON.stringify(result) ?? answer.text.slice(0, 200)}`);
  return result.data;
}

export async function makeFixtures(base: string, databaseUrl: string, admin: string): Promise<Fixtures> {
  const one = async (sql: string, params: unknown[] = []) => ((await query<{ id: string }>(databaseUrl, sql, params))[0]?.id ?? "c0000000000000000000000000");
  const sectionId = await one(`SELECT id FROM "Section" WHERE slug = 'news'`);
  const reporterId = await one(`SELECT id FROM "User" WHERE email = 'reporter@copydesk.test'`);

  const contributors = [{ name: "郭坤", role: "REPORTER", credit: "TEXT", userId: reporterId }];
  const saved = await call(base, admin, "/desk/articles/new", "saveArticle", { headline: "模糊测试稿件", dateline: "本报讯", body: "第一段。", contributors });
  const articleId = String(saved?.id);
  const page = `/desk/articles/${articleId}`;
  await call(base, admin, page, "addCommentAction", { articleId, body: "请核实。" });
  const assignment = await call(base, admin, "/desk/assignments", "createAssignmentAction", {
    title: "模糊测试任务",
    brief: "",
    sectionId,
    reporterId,
    deadline: "2030-01-01T18:00",
  });
  await call(base, admin, "/desk/users", "createUserAction", { email: "fuzz.target@copydesk.test", name: "模糊目标", role: "REPORTER", password: "0123456789abc" });

  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#4a7" } }).png().toBuffer();
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "fuzz.png");
  form.set("articleId", articleId);
  const upload = await fetch(`${base}/api/media`, { method: "POST", headers: { Cookie: admin, Origin: base }, body: form });
  const uploaded = (await upload.json()) as { id?: string; photoId?: string };
  if (!uploaded.photoId) throw new Error(`fixture upload failed: ${upload.status} ${JSON.stringify(uploaded)}`);

  const [row] = await query<{ version: number }>(databaseUrl, `SELECT version FROM "Article" WHERE id = $1`, [articleId]);
  return {
    articleId,
    articleVersion: row!.version,
    sectionId,
    reporterId,
    userId: await one(`SELECT id FROM "User" WHERE email = 'fuzz.target@copydesk.test'`),
    commentId: await one(`SELECT id FROM "Comment" WHERE "articleId" = $1`, [articleId]),
    notificationId: await one(`SELECT id FROM "Notification" ORDER BY "createdAt" LIMIT 1`),
    revisionId: await one(`SELECT id FROM "ArticleRevision" WHERE "articleId" = $1 ORDER BY "createdAt" LIMIT 1`, [articleId]),
    photoId: uploaded.photoId,
    mediaId: String(uploaded.id),
    assignmentId: String(assignment?.id),
    pageId: await one(`SELECT id FROM "EditionPage" ORDER BY number LIMIT 1`),
    pageArticleId: await one(`SELECT "articleId" AS id FROM "PageRegion" WHERE "articleId" IS NOT NULL LIMIT 1`),
  };
}
