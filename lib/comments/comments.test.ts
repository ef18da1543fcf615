import { beforeEach, describe, expect, it } from "vitest";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { createArticle } from "@/lib/articles/save";
import { addComment, listComments, resolveComment } from "./index";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function setup() {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const article = await createArticle(db, reporter, sampleFields());
  return { reporter, editor, article };
}

describe("comments", () => {
  it("an editor's note is listed with its author and notifies the article's creator", async () => {
    const { reporter, editor, article } = await setup();
    await addComment(db, editor, article.id, "  请补充数据来源  ");
    const [comment] = await listComments(db, reporter, article.id);
    expect(comment).toMatchObject({ body: "请补充数据来源", author: { name: editor.name }, resolvedAt: null, canResolve: true });
    const notices = await db.notification.findMany({ where: { userId: reporter.id } });
    expect(notices).toEqual([expect.objectContaining({ kind: "comment", articleId: article.id, actorName: editor.name, detail: "请补充数据来源" })]);
  });

  it("the creator's own comment notifies nobody", async () => {
    const { reporter, article } = await setup();
    await addComment(db, reporter, article.id, "自己的备注");
    expect(await db.notification.count()).toBe(0);
  });

  it("refuses someone who cannot read the article, an empty or too long body, and a missing article", async () => {
    const { article } = await setup();
    const outsider = await makeUser("REPORTER");
    await expect(addComment(db, outsider, article.id, "偷看")).rejects.toMatchObject({ code: "forbidden" });
    await expect(listComments(db, outsider, article.id)).rejects.toMatchObject({ code: "forbidden" });
    const { editor } = await setup();
    await expect(addComment(db, editor, article.id, "   ")).rejects.toMatchObject({ code: "invalid_input" });
    await expect(addComment(db, editor, article.id, "字".repeat(2001))).rejects.toMatchObject({ code: "invalid_input" });
    await expect(addComment(db, editor, "missing", "x")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.comment.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("is resolved by the article's reporter, its author or an editor; not by an outsider", async () => {
    const { reporter, editor, article } = await setup();
    const outsider = await makeUser("REPORTER");
    const { id } = await addComment(db, editor, article.id, "请补充数据来源");
    await expect(resolveComment(db, outsider, id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).resolvedAt).toBeNull();

    const when = new Date("2021-11-02T10:00:00Z");
    await resolveComment(db, reporter, id, when);
    await resolveComment(db, editor, id); // again: the first resolution stands
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ resolvedAt: when, resolvedById: reporter.id });
    expect((await listComments(db, editor, article.id))[0]?.canResolve).toBe(false);
    await expect(resolveComment(db, editor, "missing")).rejects.toMatchObject({ code: "not_found" });
  });
});
