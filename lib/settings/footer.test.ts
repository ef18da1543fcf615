// The reader pages' footer is a setting: an admin edits it, readers see it,
// a bad stored value falls back to a safe one, and each save is audited.
import { beforeEach, describe, expect, it } from "vitest";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { footerSettingsSchema, settingsSchema } from "@/lib/validation/settings";
import { DEFAULT_ICP_URL, readPublicSettings, SETTING_KEYS, writeSetting } from "./index";
import { updateFooter, updateSettings } from "./update";

const db = testDb();
beforeEach(() => resetDatabase(db));

const footer = {
  copyrightZh: "© 2026 周口日报社 版权所有",
  copyrightEn: "© 2026 Zhoukou Daily",
  icpNumber: "豫ICP备12345678号-1",
  icpUrl: "https://beian.miit.gov.cn/#/Integrated/index",
  contact: "0394-8888888",
  reportContact: "0394-8888000 / jubao@example.cn",
};

describe("the footer setting", () => {
  it("is empty with the MIIT link until an admin sets it; then readers get what was saved", async () => {
    expect((await readPublicSettings(db)).footer).toEqual({ copyrightZh: "", copyrightEn: "", icpNumber: "", icpUrl: DEFAULT_ICP_URL, contact: "", reportContact: "" });
    const admin = await makeUser("ADMIN");
    await updateFooter(db, admin, footerSettingsSchema.parse(footer), { address: "192.0.2.3" });
    expect((await readPublicSettings(db)).footer).toEqual(footer);
    const entry = await db.auditEvent.findFirstOrThrow({ select: { action: true, actorId: true, address: true, detail: true } });
    expect(entry).toEqual({ action: "SETTINGS_UPDATE", actorId: admin.id, address: "192.0.2.3", detail: { part: "footer", changed: Object.keys(footer) } });
  });

  it("links only to a web address, whatever the form or the stored row says", async () => {
    const result = footerSettingsSchema.safeParse({ ...footer, icpUrl: "javascript:alert(1)" });
    expect(result.success ? null : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["icpUrl", "url_invalid"]]);
    expect(footerSettingsSchema.parse({ ...footer, icpUrl: "  " }).icpUrl).toBe(DEFAULT_ICP_URL);
    await writeSetting(db, SETTING_KEYS.footer, { ...footer, icpUrl: "javascript:alert(1)" });
    expect((await readPublicSettings(db)).footer.icpUrl).toBe(DEFAULT_ICP_URL);
  });

  it("is the admin's alone", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    await expect(updateFooter(db, chief, footerSettingsSchema.parse(footer))).rejects.toMatchObject({ code: "forbidden" });
    expect((await readPublicSettings(db)).footer.icpNumber).toBe("");
  });
});

describe("updateSettings", () => {
  it("audits which parts a save changed", async () => {
    const admin = await makeUser("ADMIN");
    const input = settingsSchema.parse({ paperNameZh: "周口日报", paperNameEn: "Copydesk Daily", stages: [{ name: "初审", nameEn: "First review", role: "EDITOR" }], perSection: 4, topStories: 3, briefs: 6 });
    await updateSettings(db, admin, input);
    const entry = await db.auditEvent.findFirstOrThrow({ select: { action: true, detail: true } });
    expect(entry.action).toBe("SETTINGS_UPDATE");
    expect(entry.detail).toMatchObject({ part: "general", changed: expect.arrayContaining(["paperNameZh"]) });
    expect((entry.detail as { changed: string[] }).changed).not.toContain("paperNameEn");
  });
});
