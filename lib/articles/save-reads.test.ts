// A save reads the text it wrote once: the revision it records hashes that
// read, and the same hash tells whether sign-offs must be voided.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { readSnapshot } from "@/lib/revisions/snapshot";
import { createArticle, updateArticle } from "./save";

// Counted, not replaced: every call still reads the real database.
vi.mock("@/lib/revisions/snapshot", async (original) => {
  const real = await original<typeof import("@/lib/revisions/snapshot")>();
  return { ...real, readSnapshot: vi.fn(real.readSnapshot) };
});

const db = testDb();
beforeEach(() => resetDatabase(db));

describe("updateArticle", () => {
  it("reads the saved text once, for the revision and the check on sign-offs alike", async () => {
    const author = await makeUser("REPORTER");
    const { id } = await createArticle(db, author, sampleFields());
    vi.mocked(readSnapshot).mockClear();

    await updateArticle(db, author, id, 1, sampleFields({ body: "改过的正文。" }));
    expect(readSnapshot).toHaveBeenCalledTimes(1);

    await updateArticle(db, author, id, 2, sampleFields({ body: "再改一次。" }), { kind: "AUTOSAVE" });
    expect(readSnapshot).toHaveBeenCalledTimes(2);
    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ version: 3, snapshot: { body: "再改一次。" } });
  });
});
