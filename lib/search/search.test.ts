import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { seedDemo } from "@/lib/demo/seed";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { searchArticles } from "./search";
import { documentTokens, queryTokens } from "./tokens";

const db = testDb();
const headlines = async (q: string) => (await searchArticles(db, q)).hits.map((h) => h.headline);

describe("search tokens", () => {
  it("splits Chinese into overlapping pairs and keeps Latin words whole", () => {
    expect(documentTokens("开发区 COVID-19 Safety")).toBe("covid 19 safety 开发 发区");
    expect(queryTokens("开发区")).toBe("'开发' & '发区'");
    expect(queryTokens("安")).toBe("'安':*");
    expect(queryTokens("Safety first")).toBe("'safety':* & 'first':*");
    expect(queryTokens("  ！！ ")).toBeNull();
    expect(queryTokens("it's & | !")).toBe("'it':* & 's':*");
  });
});

describe("searchArticles on the demo page", () => {
  let englishId = "";
  beforeAll(async () => {
    await resetDatabase(db);
    await seedDemo(db);
    const reporter = await makeUser("REPORTER");
    englishId = (await createArticle(db, reporter, sampleFields({ headline: "Budget training for district accountants", body: "Sixty people attended." }))).id;
  });

  it("finds 开发区 in many stories and 安全生产 in the safety stories", async () => {
    expect((await searchArticles(db, "开发区")).total).toBeGreaterThanOrEqual(7);
    const safety = await headlines("安全生产");
    expect(safety).toEqual(expect.arrayContaining(["依法治理保安全", "安全生产绷紧弦 除患排险在行动"].map((h) => expect.stringContaining(h.split(" ")[0]!))));
    expect(safety).not.toContain("开发区预算一体化平台培训班开班");
  });

  it("finds a two-character word: 疫情 → the epidemic-control meeting", async () => {
    const hits = await headlines("疫情");
    expect(hits.some((h) => h.includes("再紧疫情防控弦"))).toBe(true);
  });

  it("does not find a phrase that is not in the text", async () => {
    expect((await searchArticles(db, "火星探测")).total).toBe(0);
  });

  it("finds an English word, case-insensitively, only once the article is published", async () => {
    expect(await headlines("accountants")).toEqual([]);
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id: englishId }, data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 1000) } }));
    expect(await headlines("ACCOUNTANTS")).toEqual(["Budget training for district accountants"]);
  });

  it("finds nothing that is scheduled for later or retracted", async () => {
    await db.article.update({ where: { id: englishId }, data: { publishedAt: new Date(Date.now() + 3_600_000) } });
    expect(await headlines("accountants")).toEqual([]);
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id: englishId }, data: { status: "RETRACTED", publishedAt: new Date(0) } }));
    expect(await headlines("accountants")).toEqual([]);
  });

  it("pages through results", async () => {
    const first = await searchArticles(db, "开发区", 1);
    expect(first.page).toBe(1);
    expect(first.pages).toBe(Math.ceil(first.total / 20));
    expect((await searchArticles(db, "开发区", 99)).hits).toEqual([]);
  });
});
