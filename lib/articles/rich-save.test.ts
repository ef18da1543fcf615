// Saving a rich body, staff links in the byline and autosave's status rule.
import { beforeEach, describe, expect, it } from "vitest";
import { AUTOSAVE_STATUSES } from "@/lib/autosave/states";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { articleFieldsSchema } from "@/lib/validation/article";
import { transition } from "@/lib/workflow/transition";
import { articleFormValues } from "./form-values";
import { createArticle, updateArticle } from "./save";

const db = testDb();
beforeEach(() => resetDatabase(db));

const richBody = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "小标题" }] },
    { type: "paragraph", content: [{ type: "text", text: "加粗的", marks: [{ type: "bold" }] }, { type: "text", text: "第一段。" }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "要点" }] }] }] },
  ],
};
const fields = (overrides: Record<string, unknown> = {}) => articleFieldsSchema.parse({ ...sampleFields(), ...overrides });

describe("a rich body", () => {
  it("is stored as JSON, and the plain body is derived from it on the server", async () => {
    const author = await makeUser("REPORTER");
    const saved = await createArticle(db, author, fields({ bodyJson: richBody, body: "whatever the browser sent" }));
    const row = await db.article.findUniqueOrThrow({ where: { id: saved.id }, include: { contributors: true } });
    expect(row.body).toBe("小标题\n\n加粗的第一段。\n\n要点");
    expect(row.bodyJson).toEqual(richBody);
    // The editor opens it as it was saved.
    expect(articleFormValues(row).bodyJson).toEqual(richBody);
  });

  it("is cleared by a save of plain text (an old revision restored), which readers then see", async () => {
    const author = await makeUser("REPORTER");
    const saved = await createArticle(db, author, fields({ bodyJson: richBody }));
    await updateArticle(db, author, saved.id, saved.version, sampleFields({ body: "旧版本的正文。" }));
    const row = await db.article.findUniqueOrThrow({ where: { id: saved.id }, include: { contributors: true } });
    expect(row).toMatchObject({ body: "旧版本的正文。", bodyJson: null });
    expect(articleFormValues(row).bodyJson).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "旧版本的正文。" }] }] });
  });

  it("refuses a document with an unsafe link before anything is saved", () => {
    const evil = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect(articleFieldsSchema.safeParse({ ...sampleFields(), bodyJson: evil }).success).toBe(false);
  });
});

describe("staff links in the byline", () => {
  it("saves the linked account, and refuses one that does not exist", async () => {
    const author = await makeUser("REPORTER");
    const contributors = [{ name: "郭坤", role: "REPORTER", credit: "TEXT", userId: author.id }];
    const saved = await createArticle(db, author, fields({ contributors }));
    const row = await db.articleContributor.findFirstOrThrow({ where: { articleId: saved.id } });
    expect(row.userId).toBe(author.id);

    const ghost = fields({ contributors: [{ ...contributors[0], userId: "no-such-user" }] });
    await expect(updateArticle(db, author, saved.id, saved.version, ghost)).rejects.toMatchObject({ code: "invalid_input", message: "staff_unknown" });
    expect(fields({ contributors: [{ ...contributors[0], userId: "" }] }).contributors[0]!.userId).toBeNull();
  });
});

describe("autosave's status rule", () => {
  it("writes drafts and review copies, and refuses once the article is approved", async () => {
    const author = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const saved = await createArticle(db, author, sampleFields());
    const again = await updateArticle(db, author, saved.id, saved.version, sampleFields({ body: "自动保存。" }), { kind: "AUTOSAVE", onlyIn: AUTOSAVE_STATUSES });
    expect(again.version).toBe(saved.version + 1);

    const submitted = await transition(db, author, { articleId: saved.id, name: "submit", expectedVersion: again.version });
    const approved = await transition(db, editor, { articleId: saved.id, name: "approve", expectedVersion: submitted.version, note: "同意。" });
    expect(approved.status).toBe("APPROVED");
    await expect(
      updateArticle(db, editor, saved.id, approved.version, sampleFields({ body: "不该自动保存。" }), { kind: "AUTOSAVE", onlyIn: AUTOSAVE_STATUSES }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
  });
});
