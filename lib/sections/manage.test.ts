// Admins shape the section list; old section slugs keep pointing at the
// section; nobody else may change anything.
import { beforeEach, describe, expect, it } from "vitest";
import { makeSection, makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { changeSectionSlug, createSection, listSections, moveSection, renameSection } from "./manage";
import { findSectionRedirect } from "./redirect";

const db = testDb();
beforeEach(() => resetDatabase(db));

const order = async () => (await db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } })).map((s) => s.slug);
const snapshot = async () => ({
  sections: await db.section.findMany({ orderBy: { id: "asc" } }),
  redirects: await db.sectionSlugRedirect.findMany({ orderBy: { slug: "asc" } }),
});

describe("sections", () => {
  it("creates a section at the end of the order", async () => {
    const admin = await makeUser("ADMIN");
    await makeSection(db, "news");
    const created = await createSection(db, admin, { slug: "sports", nameZh: "体育", nameEn: "Sports" });
    expect(created).toMatchObject({ slug: "sports", nameZh: "体育", nameEn: "Sports" });
    expect(await order()).toEqual(["news", "sports"]);
    expect((await listSections(db, admin)).map((s) => s.slug)).toEqual(["news", "sports"]);
  });

  it("writes every change to the audit log, with the names before and after and the address", async () => {
    const admin = await makeUser("ADMIN");
    const origin = { address: "192.0.2.8" };
    await makeSection(db, "news");
    const zone = await createSection(db, admin, { slug: "zone", nameZh: "开发区", nameEn: "Development Zone" }, origin);
    await renameSection(db, admin, zone.id, { nameZh: "经开区", nameEn: "Economic Zone" }, origin);
    await moveSection(db, admin, zone.id, "up", origin);
    await changeSectionSlug(db, admin, zone.id, "economic-zone", origin);
    const log = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, address: true, detail: true } });
    expect(log.map((e) => [e.action, e.actorId, e.address])).toEqual([
      ["SECTION_CREATE", admin.id, "192.0.2.8"],
      ["SECTION_RENAME", admin.id, "192.0.2.8"],
      ["SECTION_MOVE", admin.id, "192.0.2.8"],
      ["SECTION_SLUG", admin.id, "192.0.2.8"],
    ]);
    expect(log.map((e) => e.detail)).toEqual([
      { slug: "zone", nameZh: "开发区", nameEn: "Development Zone" },
      { slug: "zone", nameZh: "经开区", nameEn: "Economic Zone", fromZh: "开发区", fromEn: "Development Zone" },
      { slug: "zone", nameZh: "经开区", nameEn: "Economic Zone", direction: "up" },
      { slug: "economic-zone", from: "zone", nameZh: "经开区", nameEn: "Economic Zone" },
    ]);
  });

  it("renames in both languages", async () => {
    const admin = await makeUser("ADMIN");
    const section = await makeSection(db, "zone");
    await renameSection(db, admin, section.id, { nameZh: "经开区", nameEn: "Economic Zone" });
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toMatchObject({ nameZh: "经开区", nameEn: "Economic Zone" });
  });

  it("moves up and down by swapping with the neighbour, and not past either end", async () => {
    const admin = await makeUser("ADMIN");
    const [a, b, c] = [await makeSection(db, "a"), await makeSection(db, "b"), await makeSection(db, "c")];
    await moveSection(db, admin, c.id, "up");
    expect(await order()).toEqual(["a", "c", "b"]);
    await moveSection(db, admin, a.id, "down");
    expect(await order()).toEqual(["c", "a", "b"]);
    await moveSection(db, admin, c.id, "up");
    await moveSection(db, admin, b.id, "down");
    expect(await order()).toEqual(["c", "a", "b"]);
  });

  it("still moves when older data left two sections at the same position", async () => {
    const admin = await makeUser("ADMIN");
    const a = await makeSection(db, "a");
    const b = await makeSection(db, "b");
    await db.section.updateMany({ data: { position: 5 } });
    const first = (await listSections(db, admin))[0]!.id === a.id ? a : b;
    const second = first === a ? b : a;
    await moveSection(db, admin, second.id, "up");
    expect(await order()).toEqual([second.slug, first.slug]);
  });

  it("changes a slug and keeps the old one as a redirect, also after a second change and a change back", async () => {
    const admin = await makeUser("ADMIN");
    const section = await makeSection(db, "zone");
    await changeSectionSlug(db, admin, section.id, "development-zone");
    expect(await findSectionRedirect(db, "zone")).toBe("development-zone");
    await changeSectionSlug(db, admin, section.id, "dev-zone");
    expect(await findSectionRedirect(db, "zone")).toBe("dev-zone");
    expect(await findSectionRedirect(db, "development-zone")).toBe("dev-zone");
    await changeSectionSlug(db, admin, section.id, "zone");
    expect(await findSectionRedirect(db, "zone")).toBeNull();
    expect(await findSectionRedirect(db, "dev-zone")).toBe("zone");
  });

  it("refuses a slug another section has, or had, and changes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const news = await makeSection(db, "news");
    const zone = await makeSection(db, "zone");
    await changeSectionSlug(db, admin, zone.id, "development-zone");
    const before = await snapshot();
    await expect(changeSectionSlug(db, admin, news.id, "development-zone")).rejects.toMatchObject({ reason: "slug_taken", field: "slug" });
    await expect(changeSectionSlug(db, admin, news.id, "zone")).rejects.toMatchObject({ reason: "slug_taken" });
    await expect(createSection(db, admin, { slug: "news", nameZh: "要闻", nameEn: "News" })).rejects.toMatchObject({ reason: "slug_taken" });
    await expect(createSection(db, admin, { slug: "zone", nameZh: "区", nameEn: "Zone" })).rejects.toMatchObject({ reason: "slug_taken" });
    expect(await snapshot()).toEqual(before);
  });

  it("says so for an unknown section", async () => {
    const admin = await makeUser("ADMIN");
    await expect(renameSection(db, admin, "nope", { nameZh: "甲", nameEn: "A" })).rejects.toMatchObject({ reason: "section_not_found" });
    await expect(moveSection(db, admin, "nope", "up")).rejects.toMatchObject({ reason: "section_not_found" });
    await expect(changeSectionSlug(db, admin, "nope", "x")).rejects.toMatchObject({ reason: "section_not_found" });
  });

  it.each(["REPORTER", "EDITOR", "CHIEF_EDITOR"] as const)("a %s may change nothing", async (role) => {
    const actor = await makeUser(role);
    const [a, b] = [await makeSection(db, "a"), await makeSection(db, "b")];
    const before = await snapshot();
    const attempts = [
      () => listSections(db, actor),
      () => createSection(db, actor, { slug: "c", nameZh: "丙", nameEn: "C" }),
      () => renameSection(db, actor, a.id, { nameZh: "甲", nameEn: "A" }),
      () => moveSection(db, actor, b.id, "up"),
      () => changeSectionSlug(db, actor, a.id, "aa"),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });
});
