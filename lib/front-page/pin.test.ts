import { beforeEach, describe, expect, it } from "vitest";
import { layoutAt } from "@/lib/public/front-page";
import { readPublicSettings } from "@/lib/settings";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { transition } from "@/lib/workflow";
import { pinLead, unpinLead } from "./pin";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function published(headline: string, placement: "LEAD" | "TOP" | "BRIEF", minutesAgo: number) {
  const author = await makeUser("REPORTER");
  const section = await makeSection(db);
  return bypassStatusGuard(db, (tx) =>
    tx.article.create({
      data: {
        slug: `s-${headline}`, headline, placement, status: "PUBLISHED", createdById: author.id, sectionId: section.id,
        publishedAt: new Date(Date.now() - minutesAgo * 60_000),
      },
    }),
  );
}

describe("pinning the lead", () => {
  it("a chief editor's pin leads the page until it is unpinned", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    await published("newest lead", "LEAD", 1);
    const older = await published("older top story", "TOP", 30);
    expect((await layoutAt(db, new Date())).layout.lead).not.toBe(older.id);

    await pinLead(db, chief, older.id);
    expect((await readPublicSettings(db)).pin?.articleId).toBe(older.id);
    expect((await layoutAt(db, new Date())).layout.lead).toBe(older.id);

    await unpinLead(db, chief);
    expect((await layoutAt(db, new Date())).layout.lead).not.toBe(older.id);
  });

  it("an editor may not pin, and nothing changes", async () => {
    const editor = await makeUser("EDITOR");
    const story = await published("story", "TOP", 1);
    await expect(pinLead(db, editor, story.id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await readPublicSettings(db)).pin).toBeNull();
  });

  it("refuses a brief, and an article that is not live", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const brief = await published("brief", "BRIEF", 1);
    await expect(pinLead(db, chief, brief.id)).rejects.toMatchObject({ code: "invalid_input" });
    const later = await published("scheduled", "TOP", -60);
    await expect(pinLead(db, chief, later.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a pinned article that is retracted no longer leads", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const lead = await published("lead", "LEAD", 1);
    const pinned = await published("pinned", "TOP", 10);
    await pinLead(db, chief, pinned.id);
    await transition(db, chief, { articleId: pinned.id, name: "retract", expectedVersion: pinned.version, note: "撤回" });
    expect((await layoutAt(db, new Date())).layout.lead).toBe(lead.id);
  });
});
