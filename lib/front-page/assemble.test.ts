// The front-page rules of docs/decisions/0004-front-page.md, one describe per
// rule, on small hand-made pages; then a seeded property check over random ones.
import { describe, expect, it } from "vitest";
import {
  assembleFrontPage,
  dateInTimeZone,
  DEFAULT_FRONT_PAGE_SETTINGS,
  layoutArticleIds,
  type AssemblerArticle,
  type AssemblerInput,
  type FrontPageLayout,
  type FrontPageSettings,
} from "./assemble";

// Noon of 2 November 2021 in the newsroom (Asia/Shanghai, UTC+8).
const NOW = new Date("2021-11-02T04:00:00.000Z");
const HOUR = 3_600_000;
const hoursAgo = (h: number, from = NOW) => new Date(from.getTime() - h * HOUR).toISOString();

let serial = 0;
function article(fields: Partial<AssemblerArticle> = {}): AssemblerArticle {
  serial += 1;
  return {
    id: `a${String(serial).padStart(3, "0")}`,
    type: "NEWS",
    placement: "STANDARD",
    sectionId: "local",
    publishedAt: hoursAgo(1),
    editionDate: null,
    ...fields,
  };
}

const SECTIONS = [
  { id: "local", position: 1 },
  { id: "nation", position: 2 },
  { id: "sport", position: 3 },
];

function assemble(
  articles: AssemblerArticle[],
  options: Partial<Omit<AssemblerInput, "settings">> & { settings?: Partial<FrontPageSettings> } = {},
): FrontPageLayout {
  return assembleFrontPage({
    articles,
    sections: options.sections ?? SECTIONS,
    pinnedArticleId: options.pinnedArticleId ?? null,
    settings: { ...DEFAULT_FRONT_PAGE_SETTINGS, ...options.settings },
    now: options.now ?? NOW,
  });
}

describe("dateInTimeZone", () => {
  it("dates an instant in the given zone", () => {
    expect(dateInTimeZone("2021-11-01T16:30:00Z", "Asia/Shanghai")).toBe("2021-11-02");
    expect(dateInTimeZone("2021-11-01T16:30:00Z", "UTC")).toBe("2021-11-01");
    expect(dateInTimeZone(new Date("2021-11-01T15:59:59.999Z"), "Asia/Shanghai")).toBe("2021-11-01");
    expect(dateInTimeZone(new Date("2021-11-01T16:00:00.000Z"), "Asia/Shanghai")).toBe("2021-11-02");
    expect(dateInTimeZone("2021-11-01T03:00:00Z", "America/New_York")).toBe("2021-10-31");
  });
});

describe("rule 1: only articles that are live by now are visible", () => {
  it("shows a scheduled article exactly at its time, not a millisecond before", () => {
    const scheduled = article({ placement: "LEAD", publishedAt: "2021-11-02T06:00:00.000Z" });
    const at = new Date(scheduled.publishedAt);
    expect(assemble([scheduled], { now: new Date(at.getTime() - 1) }).lead).toBeNull();
    expect(assemble([scheduled], { now: at }).lead).toBe(scheduled.id);
  });

  it("leaves future articles out of every slot", () => {
    const later = (type: AssemblerArticle["type"]) => article({ type, publishedAt: hoursAgo(-2) });
    const layout = assemble([later("NEWS"), later("BRIEF"), later("COMMENTARY"), later("PHOTO_STORY")]);
    expect(layoutArticleIds(layout)).toEqual([]);
    expect(layout.editionDate).toBeNull();
  });

  it("never shows an article whose time cannot be read", () => {
    expect(assemble([article({ publishedAt: "not a time" })]).lead).toBeNull();
  });
});

describe("rule 2: editions in the newsroom's time zone, current first", () => {
  // 00:30 on 2 November in Shanghai, still 1 November in UTC.
  const pastMidnight = article({ placement: "LEAD", publishedAt: "2021-11-01T16:30:00Z" });
  const evening = article({ placement: "LEAD", publishedAt: "2021-11-01T12:00:00Z" });

  it("dates an article by its publish day in the newsroom's zone", () => {
    const now = new Date("2021-11-01T18:00:00Z");
    expect(assemble([pastMidnight], { now }).editionDate).toBe("2021-11-02");
    expect(assemble([pastMidnight], { now, settings: { timeZone: "UTC" } }).editionDate).toBe("2021-11-01");
  });

  it("turns to the new edition at the newsroom's midnight", () => {
    const beforeMidnight = new Date("2021-11-01T15:59:59.999Z");
    const afterMidnight = new Date("2021-11-01T16:00:00.000Z");
    // Both live before midnight; an editor already set the 2 November edition
    // on the earlier one. Until midnight it is today's, and the later story leads.
    const forTomorrow = article({ placement: "LEAD", publishedAt: "2021-11-01T14:00:00Z", editionDate: "2021-11-02" });
    const lateNews = article({ placement: "LEAD", publishedAt: "2021-11-01T14:30:00Z" });
    expect(assemble([forTomorrow, lateNews], { now: beforeMidnight })).toMatchObject({ editionDate: "2021-11-01", lead: lateNews.id });
    expect(assemble([forTomorrow, lateNews], { now: afterMidnight })).toMatchObject({ editionDate: "2021-11-02", lead: forTomorrow.id });
  });

  it("puts an article published after the newsroom's midnight in the new edition", () => {
    const now = new Date("2021-11-01T17:00:00Z");
    const layout = assemble([evening, pastMidnight].map((a) => ({ ...a, placement: "TOP" as const })), { now });
    expect(layout).toMatchObject({ editionDate: "2021-11-02", lead: pastMidnight.id, top: [evening.id] });
    // In UTC both are 1 November: the newer one still leads, in the same edition.
    const inUtc = assemble([evening, pastMidnight], { now, settings: { timeZone: "UTC" } });
    expect(inUtc).toMatchObject({ editionDate: "2021-11-01", lead: pastMidnight.id });
  });

  it("fills the page from the previous edition early in the day", () => {
    const now = new Date("2021-11-01T23:30:00Z"); // 07:30 on 2 November in Shanghai
    const lead = article({ placement: "LEAD", sectionId: null, publishedAt: "2021-11-01T22:00:00Z" });
    const dawn = article({ sectionId: "nation", publishedAt: "2021-11-01T23:00:00Z" });
    const yesterday = [11, 12, 13].map((h) => article({ sectionId: "nation", publishedAt: `2021-11-01T${h}:00:00Z` }));
    const layout = assemble([...yesterday, dawn, lead], { now });
    expect(layout).toMatchObject({ editionDate: "2021-11-02", lead: lead.id });
    // Today's article first, then yesterday's, newest first.
    expect(layout.sections).toEqual([
      { sectionId: "nation", articleIds: [dawn.id, yesterday[2]!.id, yesterday[1]!.id, yesterday[0]!.id] },
    ]);
  });

  it("ranks an editor-set earlier edition after today's, whatever its publish time", () => {
    const reprint = article({ placement: "LEAD", publishedAt: hoursAgo(1), editionDate: "2021-11-01" });
    const todays = article({ placement: "LEAD", publishedAt: hoursAgo(3) });
    expect(assemble([reprint, todays])).toMatchObject({ editionDate: "2021-11-02", lead: todays.id, top: [reprint.id] });
  });

  it("counts an editor-set future edition as today's", () => {
    const tomorrow = article({ placement: "LEAD", publishedAt: hoursAgo(2), editionDate: "2021-11-03" });
    const yesterdays = article({ placement: "LEAD", publishedAt: hoursAgo(30) });
    expect(assemble([tomorrow, yesterdays])).toMatchObject({ editionDate: "2021-11-02", lead: tomorrow.id });
    // Not ahead of today's: a later story of today still leads over it.
    const later = article({ placement: "LEAD", publishedAt: hoursAgo(1) });
    expect(assemble([tomorrow, later, yesterdays])).toMatchObject({ lead: later.id, top: [tomorrow.id, yesterdays.id] });
  });

  it("reads an edition date serialised from a database date, and ignores one that is not a day", () => {
    const fromDb = article({ editionDate: "2021-10-30T00:00:00.000Z" });
    expect(assemble([fromDb]).editionDate).toBe("2021-10-30");
    const nonsense = article({ editionDate: "2021-02-30" });
    expect(assemble([nonsense]).editionDate).toBe("2021-11-02");
  });
});

describe("rule 3: the lead", () => {
  const lead = article({ placement: "LEAD", publishedAt: hoursAgo(1) });
  const top = article({ placement: "TOP", publishedAt: hoursAgo(0.5) });
  const pin = article({ placement: "STANDARD", publishedAt: hoursAgo(20) });

  it("is the pinned article when it is visible", () => {
    expect(assemble([lead, top, pin], { pinnedArticleId: pin.id }).lead).toBe(pin.id);
  });

  it("falls back when the pinned article is not in the input (retracted)", () => {
    expect(assemble([lead, top], { pinnedArticleId: pin.id }).lead).toBe(lead.id);
  });

  it("ignores a pinned article until its scheduled time, then leads with it", () => {
    const scheduled = article({ publishedAt: "2021-11-02T06:00:00.000Z" });
    const input = { pinnedArticleId: scheduled.id };
    expect(assemble([lead, scheduled], { ...input, now: new Date("2021-11-02T05:59:59.999Z") }).lead).toBe(lead.id);
    expect(assemble([lead, scheduled], { ...input, now: new Date("2021-11-02T06:00:00.000Z") }).lead).toBe(scheduled.id);
  });

  it("is the newest lead-placement article of the newest edition that has one", () => {
    const olderLead = article({ placement: "LEAD", publishedAt: hoursAgo(2) });
    const yesterdaysLead = article({ placement: "LEAD", publishedAt: hoursAgo(0.1), editionDate: "2021-11-01" });
    expect(assemble([olderLead, lead, yesterdaysLead, top]).lead).toBe(lead.id);
    expect(assemble([yesterdaysLead, top]).lead).toBe(yesterdaysLead.id);
  });

  it("is otherwise the strongest story: placement weight, then edition, then recency", () => {
    const oldTop = article({ placement: "TOP", publishedAt: hoursAgo(40) });
    const freshStandard = article({ placement: "STANDARD", publishedAt: hoursAgo(0.1) });
    expect(assemble([oldTop, freshStandard]).lead).toBe(oldTop.id);
    const todaysTop = article({ placement: "TOP", publishedAt: hoursAgo(6) });
    expect(assemble([oldTop, freshStandard, todaysTop, top]).lead).toBe(top.id);
    expect(assemble([freshStandard]).lead).toBe(freshStandard.id);
  });

  it("is never a commentary, not even a lead-placed or pinned one", () => {
    const editorial = article({ type: "COMMENTARY", placement: "LEAD", publishedAt: hoursAgo(0.1) });
    const layout = assemble([editorial, top], { pinnedArticleId: editorial.id });
    expect(layout.lead).toBe(top.id);
    expect(layout.commentary).toEqual([editorial.id]);
    expect(assemble([editorial]).lead).toBeNull();
  });

  it("is never a brief, by type or by placement", () => {
    const briefByType = article({ type: "BRIEF", placement: "LEAD" });
    const briefByPlacement = article({ placement: "BRIEF" });
    const layout = assemble([briefByType, briefByPlacement], { pinnedArticleId: briefByType.id });
    expect(layout.lead).toBeNull();
    expect(layout.briefs).toEqual([briefByType.id, briefByPlacement.id].sort());
  });

  it("may be a photo story", () => {
    const photo = article({ type: "PHOTO_STORY", placement: "LEAD" });
    const layout = assemble([photo, top]);
    expect(layout.lead).toBe(photo.id);
    expect(layout.photos).toEqual([]);
  });

  it("is absent on a page of briefs only, which are still listed", () => {
    const briefs = [1, 2, 3].map((h) => article({ type: "BRIEF", publishedAt: hoursAgo(h) }));
    expect(assemble(briefs)).toEqual({
      editionDate: "2021-11-02",
      lead: null,
      top: [],
      sections: [],
      commentary: [],
      photos: [],
      briefs: briefs.map((b) => b.id),
    });
  });
});

describe("rule 4: top stories", () => {
  it("takes lead- and top-placed news, features and photo stories by edition, weight, recency", () => {
    const lead = article({ placement: "LEAD", publishedAt: hoursAgo(0.1) });
    const secondLead = article({ placement: "LEAD", publishedAt: hoursAgo(5) });
    const freshTop = article({ type: "FEATURE", placement: "TOP", publishedAt: hoursAgo(1) });
    const photoTop = article({ type: "PHOTO_STORY", placement: "TOP", publishedAt: hoursAgo(2) });
    const yesterdaysLead = article({ placement: "LEAD", publishedAt: hoursAgo(20) });
    const standard = article({ placement: "STANDARD", publishedAt: hoursAgo(0.2) });
    const commentary = article({ type: "COMMENTARY", placement: "TOP", sectionId: null });
    const layout = assemble([standard, yesterdaysLead, photoTop, freshTop, secondLead, lead, commentary]);
    expect(layout.lead).toBe(lead.id);
    expect(layout.top).toEqual([secondLead.id, freshTop.id, photoTop.id, yesterdaysLead.id]);
  });

  it("stops at the setting; the rest fall to their section block", () => {
    const tops = [1, 2, 3, 4].map((h) => article({ placement: "TOP", publishedAt: hoursAgo(h) }));
    const layout = assemble(tops, { settings: { topStories: 2 } });
    expect(layout).toMatchObject({ lead: tops[0]!.id, top: [tops[1]!.id, tops[2]!.id] });
    expect(layout.sections).toEqual([{ sectionId: "local", articleIds: [tops[3]!.id] }]);
  });
});

describe("rule 5: section blocks", () => {
  it("follows the configured order by position, not the input order", () => {
    const sport = article({ sectionId: "sport", publishedAt: hoursAgo(1) });
    const local = article({ sectionId: "local", publishedAt: hoursAgo(2) });
    const nation = article({ sectionId: "nation", publishedAt: hoursAgo(3) });
    const lead = article({ placement: "LEAD", sectionId: null });
    const sections = [
      { id: "sport", position: 1 },
      { id: "nation", position: 3 },
      { id: "local", position: 2 },
    ];
    const layout = assemble([lead, nation, local, sport], { sections });
    expect(layout.sections.map((s) => s.sectionId)).toEqual(["sport", "local", "nation"]);
  });

  it("shows the newest K of each section", () => {
    const lead = article({ placement: "LEAD", sectionId: null });
    const local = [1, 2, 3, 4, 5].map((h) => article({ sectionId: "local", publishedAt: hoursAgo(h) }));
    const layout = assemble([lead, ...local].reverse(), { settings: { perSection: 3 } });
    expect(layout.sections).toEqual([{ sectionId: "local", articleIds: local.slice(0, 3).map((a) => a.id) }]);
  });

  it("leaves out commentary, briefs and photo stories, which have their own slots", () => {
    const lead = article({ placement: "LEAD", sectionId: null });
    const news = article({ sectionId: "local" });
    const feature = article({ type: "FEATURE", sectionId: "local" });
    const others = [
      article({ type: "COMMENTARY", sectionId: "local" }),
      article({ type: "BRIEF", sectionId: "local" }),
      article({ placement: "BRIEF", sectionId: "local" }),
      article({ type: "PHOTO_STORY", sectionId: "local" }),
    ];
    const layout = assemble([lead, news, feature, ...others]);
    expect(layout.sections).toEqual([{ sectionId: "local", articleIds: [news.id, feature.id] }]);
    expect(layoutArticleIds(layout)).toHaveLength(7);
  });

  it("puts articles with no section or an unknown one in no block", () => {
    const lead = article({ placement: "LEAD", sectionId: null });
    const layout = assemble([lead, article({ sectionId: null }), article({ sectionId: "ghost" })]);
    expect(layout.sections).toEqual([]);
  });
});

describe("rule 6: the commentary slot", () => {
  it("takes the newest commentary of the newest edition", () => {
    const older = article({ type: "COMMENTARY", publishedAt: hoursAgo(1), editionDate: "2021-11-01" });
    const todays = article({ type: "COMMENTARY", publishedAt: hoursAgo(3) });
    expect(assemble([older, todays]).commentary).toEqual([todays.id]);
    expect(assemble([older, todays], { settings: { commentary: 2 } }).commentary).toEqual([todays.id, older.id]);
  });
});

describe("rule 7: photo stories", () => {
  it("takes the newest photo stories up to the setting, after the lead", () => {
    const photos = [1, 2, 3, 4].map((h) => article({ type: "PHOTO_STORY", publishedAt: hoursAgo(h) }));
    const layout = assemble(photos, { settings: { photos: 2 } });
    expect(layout.lead).toBe(photos[0]!.id);
    expect(layout.photos).toEqual([photos[1]!.id, photos[2]!.id]);
  });
});

describe("rule 8: briefs", () => {
  it("lists briefs by type or placement, newest first, up to the setting", () => {
    const briefs = [
      article({ type: "BRIEF", publishedAt: hoursAgo(1) }),
      article({ type: "NEWS", placement: "BRIEF", publishedAt: hoursAgo(2) }),
      article({ type: "FEATURE", placement: "BRIEF", publishedAt: hoursAgo(3) }),
    ];
    expect(assemble(briefs).briefs).toEqual(briefs.map((b) => b.id));
    expect(assemble(briefs, { settings: { briefs: 2 } }).briefs).toEqual([briefs[0]!.id, briefs[1]!.id]);
  });

  it("catches a brief-placed commentary that the commentary slot had no room for", () => {
    const first = article({ type: "COMMENTARY", publishedAt: hoursAgo(1) });
    const second = article({ type: "COMMENTARY", placement: "BRIEF", publishedAt: hoursAgo(2) });
    expect(assemble([first, second])).toMatchObject({ commentary: [first.id], briefs: [second.id] });
  });
});

describe("rule 9: no article twice", () => {
  it("gives each article to the first slot that takes it", () => {
    const photoLead = article({ type: "PHOTO_STORY", placement: "LEAD", publishedAt: hoursAgo(1) });
    const topNews = article({ placement: "TOP", sectionId: "local", publishedAt: hoursAgo(2) });
    const photoBrief = article({ type: "PHOTO_STORY", placement: "BRIEF", publishedAt: hoursAgo(3) });
    const layout = assemble([photoLead, topNews, photoBrief]);
    expect(layout).toMatchObject({ lead: photoLead.id, top: [topNews.id], sections: [], photos: [photoBrief.id], briefs: [] });
  });
});

describe("rule 10: empty blocks are not drawn", () => {
  it("omits a section with nothing to show", () => {
    const lead = article({ placement: "LEAD", sectionId: "local" });
    const sportCommentary = article({ type: "COMMENTARY", sectionId: "sport" });
    const layout = assemble([lead, sportCommentary, article({ sectionId: "nation" })]);
    expect(layout.sections.map((s) => s.sectionId)).toEqual(["nation"]);
  });

  it("gives an empty page for no articles at all", () => {
    expect(assemble([])).toEqual({ editionDate: null, lead: null, top: [], sections: [], commentary: [], photos: [], briefs: [] });
    expect(layoutArticleIds(assemble([]))).toEqual([]);
  });
});

describe("rule 11: ties break on id", () => {
  it("orders articles live at the same instant by id", () => {
    const same = hoursAgo(1);
    const [c, a, b] = ["c", "a", "b"].map((id) => article({ id, type: "BRIEF", publishedAt: same }));
    expect(assemble([c!, a!, b!]).briefs).toEqual(["a", "b", "c"]);
  });

  it("reads the same instant written in different offsets as a tie", () => {
    const z = article({ id: "z", placement: "LEAD", publishedAt: "2021-11-02T02:00:00.000Z" });
    const y = article({ id: "y", placement: "LEAD", publishedAt: "2021-11-02T10:00:00+08:00" });
    expect(assemble([z, y]).lead).toBe("y");
  });

  it("orders sections sharing a position by id", () => {
    const lead = article({ placement: "LEAD", sectionId: null });
    const sections = [
      { id: "b", position: 1 },
      { id: "a", position: 1 },
    ];
    const layout = assemble([lead, article({ sectionId: "b" }), article({ sectionId: "a" })], { sections });
    expect(layout.sections.map((s) => s.sectionId)).toEqual(["a", "b"]);
  });
});

describe("rule 12: odd input never throws", () => {
  const page = [
    article({ placement: "LEAD" }),
    article({ placement: "TOP" }),
    article({ sectionId: "local" }),
    article({ type: "COMMENTARY" }),
    article({ type: "PHOTO_STORY" }),
    article({ type: "BRIEF" }),
  ];

  it("reads a count that is not positive as none of that kind", () => {
    const none = { perSection: 0, topStories: -1, briefs: Number.NaN, photos: 0.5, commentary: -3 };
    const layout = assemble(page, { settings: none });
    expect(layout).toMatchObject({ lead: page[0]!.id, top: [], sections: [], commentary: [], photos: [], briefs: [] });
  });

  it("keeps the first of two articles with the same id", () => {
    const first = article({ id: "dup", type: "BRIEF" });
    const second = article({ id: "dup", placement: "LEAD" });
    expect(assemble([first, second])).toMatchObject({ lead: null, briefs: ["dup"] });
  });

  it("dates the page in the default zone when the configured one is unknown", () => {
    const layout = assemble([article({ publishedAt: "2021-11-01T16:30:00Z" })], { settings: { timeZone: "Mars/Olympus" } });
    expect(layout.editionDate).toBe("2021-11-02");
  });

  it("shows nothing for an invalid clock, and survives missing fields", () => {
    expect(assemble(page, { now: new Date(Number.NaN) }).lead).toBeNull();
    const loose = { articles: page, sections: null, pinnedArticleId: null, settings: null, now: NOW };
    expect(() => assembleFrontPage(loose as unknown as AssemblerInput)).not.toThrow();
    expect(assembleFrontPage(loose as unknown as AssemblerInput).lead).toBe(page[0]!.id);
  });
});

describe("layoutArticleIds", () => {
  it("lists every id in page order", () => {
    const layout: FrontPageLayout = {
      editionDate: "2021-11-02",
      lead: "l",
      top: ["t1", "t2"],
      sections: [
        { sectionId: "x", articleIds: ["s1"] },
        { sectionId: "y", articleIds: ["s2", "s3"] },
      ],
      commentary: ["c"],
      photos: ["p"],
      briefs: ["b1", "b2"],
    };
    expect(layoutArticleIds(layout)).toEqual(["l", "t1", "t2", "s1", "s2", "s3", "c", "p", "b1", "b2"]);
  });
});

// A small seeded PRNG (mulberry32): the same seed gives the same pages on
// every run, so a failure can be replayed.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPage(random: () => number): AssemblerInput {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T,>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const sectionIds = ["s1", "s2", "s3", "s4", "s5"].filter(() => random() < 0.8);
  const sections = sectionIds.map((id) => ({ id, position: int(0, 3) }));
  const days = ["2021-10-30", "2021-10-31", "2021-11-01", "2021-11-02", "2021-11-03", "2021-11-04"];
  const articles = Array.from({ length: int(0, 40) }, (_, i): AssemblerArticle => {
    // Up to three days back, a few hours ahead; now and then exactly now.
    const offset = random() < 0.05 ? 0 : int(-72 * 60, 12 * 60) * 60_000;
    return {
      id: `r${String(i).padStart(2, "0")}`,
      type: pick(["NEWS", "NEWS", "FEATURE", "COMMENTARY", "BRIEF", "PHOTO_STORY"] as const),
      placement: pick(["LEAD", "TOP", "TOP", "STANDARD", "STANDARD", "BRIEF"] as const),
      sectionId: pick([...sectionIds, null, "ghost"]),
      publishedAt: new Date(NOW.getTime() + offset).toISOString(),
      editionDate: random() < 0.7 ? null : pick(days),
    };
  });
  return {
    articles,
    sections,
    pinnedArticleId: pick([null, "missing", ...articles.map((a) => a.id)]),
    settings: {
      timeZone: pick(["Asia/Shanghai", "UTC", "America/New_York"]),
      perSection: int(-1, 5),
      topStories: int(-1, 5),
      briefs: int(-1, 8),
      photos: int(-1, 4),
      commentary: int(-1, 2),
    },
    now: NOW,
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe("every rule at once, on random pages", () => {
  const isBrief = (a: AssemblerArticle) => a.type === "BRIEF" || a.placement === "BRIEF";
  const canLead = (a: AssemblerArticle) => ["NEWS", "FEATURE", "PHOTO_STORY"].includes(a.type) && !isBrief(a);
  const limit = (n: number) => Math.max(0, n);

  it("never repeats or shows a hidden article, respects the settings and is deterministic", () => {
    const random = prng(20211102);
    for (let page = 0; page < 400; page++) {
      const input = randomPage(random);
      const layout = assembleFrontPage(input);
      const where = `page ${page}`;
      const ids = layoutArticleIds(layout);
      const byId = new Map(input.articles.map((a) => [a.id, a]));
      const visible = input.articles.filter((a) => Date.parse(a.publishedAt) <= NOW.getTime());
      const unused = (test: (a: AssemblerArticle) => boolean) => visible.filter((a) => test(a) && !ids.includes(a.id));
      const { settings } = input;

      expect(new Set(ids).size, where).toBe(ids.length);
      for (const id of ids) expect(Date.parse(byId.get(id)!.publishedAt), where).toBeLessThanOrEqual(NOW.getTime());

      const today = dateInTimeZone(NOW, settings.timeZone);
      if (visible.length === 0) expect(layout.editionDate, where).toBeNull();
      else expect(layout.editionDate! <= today, where).toBe(true);

      const pinned = visible.find((a) => a.id === input.pinnedArticleId);
      if (pinned && canLead(pinned)) expect(layout.lead, where).toBe(pinned.id);
      expect(layout.lead === null, where).toBe(!visible.some(canLead));
      if (layout.lead !== null) expect(canLead(byId.get(layout.lead)!), where).toBe(true);

      expect(layout.top.length, where).toBeLessThanOrEqual(limit(settings.topStories));
      for (const id of layout.top) expect(["LEAD", "TOP"].includes(byId.get(id)!.placement) && canLead(byId.get(id)!), where).toBe(true);

      const order = [...input.sections].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1)).map((s) => s.id);
      const drawn = layout.sections.map((s) => order.indexOf(s.sectionId));
      expect(drawn.every((index, i) => index >= 0 && (i === 0 || index > drawn[i - 1]!)), where).toBe(true);
      for (const block of layout.sections) {
        expect(block.articleIds.length, where).toBeGreaterThan(0);
        expect(block.articleIds.length, where).toBeLessThanOrEqual(limit(settings.perSection));
        for (const id of block.articleIds) {
          const a = byId.get(id)!;
          expect(a.sectionId === block.sectionId && ["NEWS", "FEATURE"].includes(a.type) && !isBrief(a), where).toBe(true);
        }
      }

      // Each slot is filled as far as its setting and the unused articles allow.
      const slots = [
        { ids: layout.commentary, max: settings.commentary, fits: (a: AssemblerArticle) => a.type === "COMMENTARY" },
        { ids: layout.photos, max: settings.photos, fits: (a: AssemblerArticle) => a.type === "PHOTO_STORY" },
        { ids: layout.briefs, max: settings.briefs, fits: isBrief },
        { ids: layout.top, max: settings.topStories, fits: (a: AssemblerArticle) => canLead(a) && ["LEAD", "TOP"].includes(a.placement) },
      ];
      for (const slot of slots) {
        expect(slot.ids.length, where).toBeLessThanOrEqual(limit(slot.max));
        for (const id of slot.ids) expect(slot.fits(byId.get(id)!), where).toBe(true);
        if (slot.ids.length < limit(slot.max)) expect(unused(slot.fits), where).toEqual([]);
      }

      const again = assembleFrontPage({ ...input, articles: shuffled(input.articles, random), sections: shuffled(input.sections, random) });
      expect(again, where).toEqual(layout);
    }
  });
});
