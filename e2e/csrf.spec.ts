import { readFileSync } from "node:fs";
import { expect, test } from "@/lib/testing/browser/fixtures";
import sharp from "sharp";
import { storageState } from "@/lib/testing/browser/accounts";
import { callAction, manifestActions } from "./support/fuzz-battery";
import { query } from "./support/fuzz-fixtures";
import { ACTION_MODELS, type Fixtures } from "./support/fuzz-models";
import { encodeArgs } from "./support/fuzz-wire";

// Cross-site request forgery: another site makes a signed-in browser send a
// state-changing request here. Every server action and every state-changing
// route handler refuses it, both as a browser sends it (a foreign Origin)
// and as an old one might (no Origin, Sec-Fetch-Site: cross-site), and the
// database is exactly as before. GETs to those endpoints change nothing.

// "Nothing changes" is checked on the whole database, so no other spec may
// write to it meanwhile: this spec has a server of its own.
test.use({ ownServer: "csrf" });
let baseURL = "";
let database = "";
const databaseUrl = () => database;
test.beforeAll(({ server }) => {
  baseURL = server.base;
  database = server.databaseUrl;
});

/** What a forged request could change, in one value: counts, versions, last updates. */
const FINGERPRINT = `SELECT json_build_object(
  'users', (SELECT json_build_array(count(*), max("updatedAt"), sum("sessionVersion"), sum(active::int)) FROM "User"),
  'articles', (SELECT json_build_array(count(*), max("updatedAt"), sum(version)) FROM "Article"),
  'sections', (SELECT json_build_array(count(*), string_agg(slug || ':' || position || ':' || "nameZh" || ':' || "nameEn", ',' ORDER BY id)) FROM "Section"),
  'settings', (SELECT json_build_array(count(*), max("updatedAt")) FROM "Setting"),
  'comments', (SELECT json_build_array(count(*), count("resolvedById")) FROM "Comment"),
  'assignments', (SELECT json_build_array(count(*), max("updatedAt")) FROM "Assignment"),
  'notifications', (SELECT json_build_array(count(*), count("readAt")) FROM "Notification"),
  'media', (SELECT count(*) FROM "Media"),
  'pages', (SELECT json_build_array(count(*), string_agg(id, ',' ORDER BY id)) FROM "EditionPage"),
  'regions', (SELECT json_build_array(count(*), sum(x + y + width + height)) FROM "PageRegion"),
  'photos', (SELECT json_build_array(count(*), string_agg(caption || coalesce(credit, ''), ',' ORDER BY id)) FROM "ArticlePhoto"),
  'revisions', (SELECT count(*) FROM "ArticleRevision"),
  'events', (SELECT count(*) FROM "WorkflowEvent")
) AS fingerprint`;

const fingerprint = async () => JSON.stringify((await query<{ fingerprint: unknown }>(databaseUrl(), FINGERPRINT))[0]!.fingerprint);

const adminCookie = () =>
  (JSON.parse(readFileSync(storageState("admin"), "utf8")) as { cookies: { name: string; value: string }[] }).cookies.map((c) => `${c.name}=${c.value}`).join("; ");

const FORGERIES = {
  "a foreign Origin": { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  "no Origin and Sec-Fetch-Site: cross-site": { "Sec-Fetch-Site": "cross-site" },
} as const;

/** Real rows of the browser tests' database, so each forged call would have done something. */
async function realRows(): Promise<Fixtures> {
  const id = async (sql: string) => (await query<{ id: string }>(databaseUrl(), sql))[0]?.id ?? "c0000000000000000000000000";
  const article = (await query<{ id: string; version: number }>(databaseUrl(), `SELECT id, version FROM "Article" ORDER BY "createdAt" LIMIT 1`))[0]!;
  return {
    articleId: article.id,
    articleVersion: article.version,
    sectionId: await id(`SELECT id FROM "Section" ORDER BY position LIMIT 1`),
    reporterId: await id(`SELECT id FROM "User" WHERE email = 'reporter@copydesk.test'`),
    userId: await id(`SELECT id FROM "User" WHERE email = 'reporter@copydesk.test'`),
    commentId: await id(`SELECT id FROM "Comment" LIMIT 1`),
    notificationId: await id(`SELECT id FROM "Notification" LIMIT 1`),
    revisionId: await id(`SELECT id FROM "ArticleRevision" LIMIT 1`),
    photoId: await id(`SELECT id FROM "ArticlePhoto" LIMIT 1`),
    mediaId: await id(`SELECT id FROM "Media" LIMIT 1`),
    assignmentId: await id(`SELECT id FROM "Assignment" LIMIT 1`),
    pageId: await id(`SELECT id FROM "EditionPage" LIMIT 1`),
    pageArticleId: await id(`SELECT "articleId" AS id FROM "PageRegion" WHERE "articleId" IS NOT NULL LIMIT 1`),
  };
}

const toForm = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

test("every server action refuses a forged cross-site call, and nothing changes", async () => {
  const rows = await realRows();
  const cookie = adminCookie();
  const actions = manifestActions();
  expect(actions.length).toBeGreaterThan(20);
  for (const action of actions) {
    const model = ACTION_MODELS[action.key];
    expect(model, `${action.key} has no model in e2e/support/fuzz-models.ts`).toBeDefined();
    const example = model!.example(rows);
    const args = model!.call === "none" ? [] : model!.call === "object" ? [example] : model!.call === "form" ? [toForm(example as Record<string, string>)] : [{}, toForm(example as Record<string, string>)];
    for (const [forgery, headers] of Object.entries(FORGERIES)) {
      const before = await fingerprint();
      // The forged request carries the admin's cookie, as the browser would.
      const answer = await callAction({ base: baseURL, page: model!.page(rows), actionId: action.id, args, cookie, headers: { Origin: undefined, ...headers } });
      expect(answer.status, `${action.key}, ${forgery}`).toBe(403);
      expect(answer.text).toMatch(/another site|其他网站/);
      expect(await fingerprint(), `${action.key}, ${forgery}: the database changed`).toBe(before);
    }
  }
});

test("the same call from the site itself goes through (the forged ones were refused for their origin alone)", async () => {
  const action = manifestActions().find((a) => a.key.endsWith("#previewByline"))!;
  const rows = await realRows();
  const answer = await callAction({
    base: baseURL,
    page: `/desk/articles/${rows.articleId}`,
    actionId: action.id,
    args: [ACTION_MODELS[action.key]!.example(rows)],
    cookie: adminCookie(),
    headers: { "Sec-Fetch-Site": "same-origin" },
  });
  expect(answer.status).toBe(200);
  expect(answer.result).toMatchObject({ ok: true, data: { zh: expect.stringContaining("郭坤") } });
});

test("every state-changing route handler refuses a forged cross-site request, and nothing changes", async () => {
  const rows = await realRows();
  const cookie = adminCookie();
  const png = new Uint8Array(await sharp({ create: { width: 20, height: 20, channels: 3, background: "#a33" } }).png().toBuffer());
  const csrf = (await (await fetch(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };

  const requests: { path: string; body: () => BodyInit; type?: string; refusedWith: number }[] = [
    {
      path: `/api/articles/${rows.articleId}/autosave`,
      body: () => JSON.stringify({ version: rows.articleVersion, headline: "伪造的标题", dateline: "本报讯", body: "伪造。", contributors: [{ name: "郭坤", role: "REPORTER" }] }),
      type: "application/json",
      refusedWith: 403,
    },
    {
      path: "/api/media",
      body: () => {
        const form = new FormData();
        form.set("file", new Blob([png], { type: "image/png" }), "forged.png");
        return form;
      },
      refusedWith: 403,
    },
    {
      path: "/api/pages",
      body: () => {
        const form = new FormData();
        form.set("file", new Blob([png], { type: "image/png" }), "forged-page.png");
        form.set("editionDate", "2021-11-02");
        form.set("number", "3");
        return form;
      },
      refusedWith: 403,
    },
    { path: "/api/auth/signout", body: () => new URLSearchParams({ csrfToken: csrf.csrfToken }), refusedWith: 403 },
    { path: "/api/auth/callback/credentials", body: () => new URLSearchParams({ csrfToken: csrf.csrfToken, email: "admin@copydesk.test", password: "copydesk-demo" }), refusedWith: 403 },
  ];
  for (const request of requests) {
    for (const [forgery, headers] of Object.entries(FORGERIES)) {
      const before = await fingerprint();
      const response = await fetch(`${baseURL}${request.path}`, {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: cookie, ...(request.type ? { "Content-Type": request.type } : {}), ...headers },
        body: request.body(),
      });
      expect(response.status, `${request.path}, ${forgery}`).toBe(request.refusedWith);
      if (request.refusedWith === 403) expect(await response.text()).toMatch(/another site|其他网站/);
      expect(await fingerprint(), `${request.path}, ${forgery}: the database changed`).toBe(before);
    }
  }
});

test("GET to a state-changing endpoint changes nothing", async () => {
  const rows = await realRows();
  const cookie = adminCookie();
  const before = await fingerprint();
  for (const path of [`/api/articles/${rows.articleId}/autosave`, "/api/media", "/api/pages"]) {
    const response = await fetch(`${baseURL}${path}`, { headers: { Cookie: cookie } });
    expect(response.status, path).toBe(405);
  }
  // Auth.js answers a GET to sign-out with a page asking to confirm, and signs nobody out.
  const signout = await fetch(`${baseURL}/api/auth/signout`, { headers: { Cookie: cookie }, redirect: "manual" });
  expect(signout.status).toBeLessThan(500);
  // A page GET that names a server action does not run it (only a POST can).
  const action = manifestActions().find((a) => a.key.endsWith("#markAllReadAction"))!;
  const page = await fetch(`${baseURL}/desk/notifications`, { headers: { Cookie: cookie, "Next-Action": action.id }, redirect: "manual" });
  expect(page.status).toBe(200);
  expect(await fingerprint()).toBe(before);
  // The admin is still signed in: nothing above ended the session.
  const desk = await fetch(`${baseURL}/desk`, { headers: { Cookie: cookie }, redirect: "manual" });
  expect(desk.status).toBe(200);
});

test("a same-site call without a session reaches the action, which refuses it for the session", async () => {
  const action = manifestActions().find((a) => a.key.endsWith("#markAllReadAction"))!;
  const { body, contentType } = encodeArgs([{}]);
  const response = await fetch(`${baseURL}/desk/notifications`, {
    method: "POST",
    headers: { "Next-Action": action.id, Origin: baseURL, "Content-Type": contentType!, Accept: "text/x-component" },
    body,
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/Please sign in first|请先登录/);
});
