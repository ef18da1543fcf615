// Slugs are ASCII and stable: the newsroom date, readable words for a Latin
// headline, and a short random id.
import { describe, expect, it } from "vitest";
import { makeSlug } from "./slug";

// 20:00 UTC on 1 November is already 2 November in the newsroom (Asia/Shanghai).
const evening = new Date("2021-11-01T20:00:00Z");
const ASCII_SLUG = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/;

describe("makeSlug", () => {
  it("uses the words of an English headline", () => {
    const slug = makeSlug("Development Zone Turns the Meeting's Spirit Into Drive", evening);
    expect(slug).toMatch(/^2021-11-02-development-zone-turns-the-meetings-spirit-into-drive-[a-z0-9]{6}$/);
  });

  it("uses only the date and an id for a Chinese headline", () => {
    expect(makeSlug("把会议精神转化为强大工作动力", evening)).toMatch(/^2021-11-02-[a-z0-9]{6}$/);
    // A stray Latin word does not make a Chinese headline readable in Latin.
    expect(makeSlug("5G网络覆盖全区", evening)).toMatch(/^2021-11-02-[a-z0-9]{6}$/);
  });

  it("folds accents to ASCII", () => {
    expect(makeSlug("Café résumé: naïve «déjà vu»!", evening)).toMatch(/^2021-11-02-cafe-resume-naive-deja-vu-[a-z0-9]{6}$/);
  });

  it("is always ASCII and always unique", () => {
    const headlines = ["把会议精神转化为强大工作动力", "Ünïcödé 中文 mixed words here please", "   ", "!!!", "x".repeat(300)];
    const slugs = headlines.flatMap((h) => [makeSlug(h, evening), makeSlug(h, evening)]);
    for (const slug of slugs) {
      expect(slug).toMatch(ASCII_SLUG);
      expect(slug.length).toBeLessThanOrEqual(10 + 1 + 60 + 1 + 6);
    }
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("dates the slug in the given time zone", () => {
    expect(makeSlug("Night desk", evening, "UTC")).toMatch(/^2021-11-01-night-desk-[a-z0-9]{6}$/);
  });
});
