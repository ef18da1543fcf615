import { beforeEach, describe, expect, it } from "vitest";
import { findRenamedSlug } from "@/lib/articles/public";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { changeSlug } from "./change-slug";
import { createArticle } from "./save";

const db = testDb();
beforeEach(() => resetDatabase(db));

describe("changing a slug", () => {
  it("keeps the old slug as a redirect to the new one", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await createArticle(db, reporter, sampleFields());
    await changeSlug(db, editor, { id: article.id, expectedVersion: 1, slug: "development-zone-meeting" });
    expect(await findRenamedSlug(db, article.slug)).toBe("development-zone-meeting");
    await changeSlug(db, editor, { id: article.id, expectedVersion: 2, slug: "meeting-2021" });
    // Both older addresses lead to the newest.
    expect(await findRenamedSlug(db, article.slug)).toBe("meeting-2021");
    expect(await findRenamedSlug(db, "development-zone-meeting")).toBe("meeting-2021");
    // Going back to an old slug takes it out of the redirects.
    await changeSlug(db, editor, { id: article.id, expectedVersion: 3, slug: article.slug });
    expect(await findRenamedSlug(db, article.slug)).toBeNull();
  });

  it("refuses non-ASCII, a slug another article uses, and reporters", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const a = await createArticle(db, reporter, sampleFields());
    const b = await createArticle(db, reporter, sampleFields());
    await expect(changeSlug(db, editor, { id: a.id, expectedVersion: 1, slug: "开发区" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(changeSlug(db, editor, { id: a.id, expectedVersion: 1, slug: b.slug })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(changeSlug(db, reporter, { id: a.id, expectedVersion: 1, slug: "my-own-slug" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.article.findUniqueOrThrow({ where: { id: a.id } })).slug).toBe(a.slug);
  });
});
