// The publication seam outside a request — as the scheduler and the import
// command call it: the tags reach the process's incremental cache, the
// edition's front page is recorded, and every registered purger is asked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { transition } from "@/lib/workflow/transition";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { publishChange } from "./index";
import { clearPurgers, localNginxPurger, purgeEverywhere, registeredPurgers, registerPurger } from "./purgers";

const db = testDb();
const cacheSlot = globalThis as unknown as { __incrementalCache?: { revalidateTag(tags: string[], durations?: unknown): Promise<void> } };

let purges: string[];
beforeEach(async () => {
  await resetDatabase();
  await clearPurgers();
  purges = [];
  registerPurger({ name: "counting", purge: () => void purges.push("counting") });
});
afterEach(async () => {
  delete cacheSlot.__incrementalCache;
  await clearPurgers();
});

async function publishedArticle() {
  const reporter = await makeUser("REPORTER");
  const section = await makeSection(db, "economy");
  const article = await createArticle(db, reporter, sampleFields());
  await db.article.update({ where: { id: article.id }, data: { sectionId: section.id, editionDate: new Date("2026-03-02T00:00:00Z") } });
  await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
  await transition(db, await makeUser("EDITOR"), { articleId: article.id, name: "publish", expectedVersion: 2 });
  return db.article.findUniqueOrThrow({ where: { id: article.id } });
}

describe("publishChange outside a request", () => {
  it("expires the front page's, article's, section's and edition's tags at once, records the edition, then purges", async () => {
    const article = await publishedArticle();
    const expired: { tags: string[]; durations: unknown }[] = [];
    cacheSlot.__incrementalCache = {
      async revalidateTag(tags, durations) {
        expired.push({ tags, durations });
        expect(purges).toEqual([]); // Next's copies go before nginx's
      },
    };

    await publishChange(db, { slugs: [article.slug] });

    expect(expired).toEqual([{ tags: ["front-page", `article:${article.slug}`, "section:economy", "edition:2026-03-02"], durations: undefined }]);
    const snapshot = await db.editionSnapshot.findFirstOrThrow();
    expect(JSON.stringify(snapshot.layout)).toContain(article.id);
    expect(purges).toEqual(["counting"]);
  });

  it("still records the edition and purges in a process that has served nothing (the import command)", async () => {
    await publishedArticle();
    await publishChange(db, { editions: ["2021-11-02"] });
    expect(await db.editionSnapshot.count()).toBe(1);
    expect(purges).toEqual(["counting"]);
  });
});

describe("purgers", () => {
  it("fall back to the local nginx when none is registered, and replace one another by name", async () => {
    await clearPurgers();
    expect(registeredPurgers()).toEqual([localNginxPurger]);
    registerPurger({ name: "x", purge: () => void purges.push("first") });
    registerPurger({ name: "x", purge: () => void purges.push("second") });
    await purgeEverywhere();
    expect(purges).toEqual(["second"]);
  });

  it("one that fails does not keep the others from purging", async () => {
    registerPurger({ name: "broken", purge: () => Promise.reject(new Error("unreachable")) });
    registerPurger({ name: "last", purge: () => void purges.push("last") });
    await purgeEverywhere();
    expect(purges.sort()).toEqual(["counting", "last"]);
  });
});
