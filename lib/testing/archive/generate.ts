// Fills a migrated, empty database with a newspaper's archive: users,
// sections, and `articles` articles over about three years of daily editions
// (one lead and a few top stories per edition, eight pages), with bylines,
// photos (most with an uploaded picture), workflow events and a realistic mix
// of statuses. The text is real: sentences of the demo's imported page,
// recombined. Written with multi-row INSERTs through `pg`, so 100,000
// articles take well under two minutes.
//
// Derived columns are what the app would write: the search vector comes from
// the same `searchTokens` as lib/search/index-article.ts, and `editionDate` is
// the publish day in the newsroom's time zone (Asia/Shanghai).
import pg from "pg";
import type { ArticleStatus, ArticleType, Placement } from "@/lib/generated/prisma/enums";
import { searchTokens } from "@/lib/search/index-article";
import { OPEN_STATUS_GUARD_SQL } from "@/lib/workflow/status-write";
import { GIVEN, loadCorpus, PAGES, SECTIONS, SPRINKLES, SURNAMES, type Corpus } from "@/lib/testing/archive/corpus";

export interface GenerateOptions {
  articles: number;
  /** The moment the archive ends: published articles are at or before it, scheduled ones after. */
  now?: Date;
  seed?: number;
  log?: (message: string) => void;
}

export interface GeneratedNewsroom {
  now: Date;
  users: number;
  articles: number;
  photos: number;
  events: number;
  /** Accounts the benchmarks act as: a busy reporter and an editor. */
  reporterId: string;
  editorId: string;
  /** The newest and the oldest edition date, YYYY-MM-DD. */
  newestEdition: string;
  oldestEdition: string;
  sectionSlugs: string[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR;
const ARCHIVE_DAYS = 3 * 365;

// Shares of the whole archive; the rest is published. Work in progress is
// recent; published and retracted articles span the archive.
const STATUS_SHARES: [ArticleStatus, number][] = [
  ["DRAFT", 0.02],
  ["SUBMITTED", 0.008],
  ["IN_REVIEW", 0.01],
  ["APPROVED", 0.004],
  ["SCHEDULED", 0.004],
  ["RETURNED", 0.005],
  ["SPIKED", 0.005],
  ["RETRACTED", 0.004],
];
const RETURN_NOTES = ["请补充采访", "请核实数字", "导语太长，压缩到两句", "标题再斟酌", "补充图片说明"];

/** A small seeded generator (mulberry32): the same seed gives the same archive. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof randomSource>;

/** Ids shaped like Prisma's cuids (25 characters), increasing with `seq`. */
const makeId = (kind: string, seq: number, random: Random) =>
  `c${kind}${seq.toString(36).padStart(8, "0")}${Array.from({ length: 15 }, () => random.int(0, 35).toString(36)).join("")}`;

const ts = (date: Date) => date.toISOString().replace("Z", "");
const shanghaiDay = (date: Date) => new Date(date.getTime() + SHANGHAI).toISOString().slice(0, 10);

/** Inserts rows in batches; `sql` maps a column to its placeholder expression (casts, to_tsvector). */
async function insert(client: pg.ClientBase, table: string, columns: string[], rows: unknown[][], sql: Record<string, (p: string) => string> = {}) {
  const perBatch = Math.floor(30_000 / columns.length);
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const cells = row.map((value, i) => {
        values.push(value);
        const placeholder = `$${values.length}`;
        return sql[columns[i]!]?.(placeholder) ?? placeholder;
      });
      return `(${cells.join(",")})`;
    });
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, values);
  }
}

function personName(random: Random) {
  return random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.7) ? random.pick(GIVEN) : "");
}

function paragraphs(corpus: Corpus, random: Random, date: Date, people: string[]) {
  const [, month, day] = shanghaiDay(date).split("-").map(Number);
  const out: string[] = [];
  const count = random.int(3, 10);
  for (let p = 0; p < count; p++) {
    const sentences = Array.from({ length: random.int(1, 4) }, () => random.pick(corpus.sentences));
    if (p === 0) sentences[0] = `${month}月${day}日，${sentences[0]}`;
    if (p === 1 && random.chance(0.4)) sentences.unshift(`${random.pick(people)}表示，${random.pick(corpus.sentences)}`);
    out.push(sentences.join(""));
  }
  for (const sprinkle of SPRINKLES) {
    if (random.chance(sprinkle.share)) out[random.int(0, out.length - 1)] += sprinkle.text;
  }
  return out.join("\n\n");
}

function pickStatus(random: Random): ArticleStatus {
  let roll = random.next();
  for (const [status, share] of STATUS_SHARES) {
    if (roll < share) return status;
    roll -= share;
  }
  return "PUBLISHED";
}

export async function generateNewsroom(connectionString: string, options: GenerateOptions): Promise<GeneratedNewsroom> {
  const now = options.now ?? new Date();
  const random = randomSource(options.seed ?? 20211102);
  const log = options.log ?? (() => {});
  const corpus = loadCorpus();
  const client = new pg.Client({ connectionString });
  await client.connect();
  // Chunks of articles are written on two connections at once (the rows are
  // made in order on one thread, so a seed still gives the same archive).
  const writers = [new pg.Client({ connectionString }), new pg.Client({ connectionString })];
  await Promise.all(writers.map((w) => w.connect()));
  // A crash mid-generation loses a throwaway archive: no need to wait for each commit's flush.
  await Promise.all(writers.map((w) => w.query("SET synchronous_commit = off")));
  const inFlight = new Map<pg.Client, Promise<void>>();
  try {
    // The GIN index is built once at the end: much faster than maintaining it row by row.
    await client.query(`DROP INDEX IF EXISTS "Article_searchVector_idx"`);

    // Sections and staff.
    const sectionIds = new Map(SECTIONS.map((s, i) => [s.slug, makeId("s", i, random)]));
    await insert(client, "Section", ["id", "slug", "nameZh", "nameEn", "position"], SECTIONS.map((s, i) => [sectionIds.get(s.slug), s.slug, s.nameZh, s.nameEn, i + 1]));
    const userCount = Math.max(12, Math.round(options.articles / 200));
    const users = Array.from({ length: userCount }, (_, i) => {
      const role = i < 2 ? "CHIEF_EDITOR" : i < 3 ? "ADMIN" : i % 8 === 0 ? "EDITOR" : "REPORTER";
      return { id: makeId("u", i, random), name: personName(random), role, slug: `staff-${i}`, email: `staff${i}@bench.copydesk.test` };
    });
    const created = new Date(now.getTime() - (ARCHIVE_DAYS + 30) * DAY);
    await insert(client, "User", ["id", "email", "slug", "name", "role", "passwordHash", "createdAt", "updatedAt"],
      users.map((u) => [u.id, u.email, u.slug, u.name, u.role, "!", ts(created), ts(created)]), { role: (p) => `${p}::"Role"` });
    const reporters = users.filter((u) => u.role === "REPORTER");
    const editors = users.filter((u) => u.role !== "REPORTER");
    // People quoted in stories: far more names than staff, so names are rare words.
    const people = Array.from({ length: Math.max(200, options.articles / 20) }, () => personName(random));

    // Every article gets a slot: published ones a day in the archive (in
    // order, so each edition has a lead, then top stories, then the rest).
    const statuses = Array.from({ length: options.articles }, () => pickStatus(random));
    const inArchive = statuses.filter((s) => s === "PUBLISHED" || s === "RETRACTED").length;
    const perDay = Math.max(1, inArchive / ARCHIVE_DAYS);
    const firstDay = Date.parse(`${shanghaiDay(new Date(now.getTime() - (ARCHIVE_DAYS - 1) * DAY))}T00:00:00Z`);

    let archived = 0;
    let mediaSeq = 0;
    let photoSeq = 0;
    let eventSeq = 0;
    let contributorSeq = 0;
    let photos = 0;
    let events = 0;
    const busiest = new Map<string, number>();
    const CHUNK = 1000;
    for (let start = 0; start < options.articles; start += CHUNK) {
      const articleRows: unknown[][] = [];
      const contributorRows: unknown[][] = [];
      const mediaRows: unknown[][] = [];
      const photoRows: unknown[][] = [];
      const eventRows: unknown[][] = [];
      for (let n = start; n < Math.min(options.articles, start + CHUNK); n++) {
        const status = statuses[n]!;
        const author = random.pick(reporters);
        const editor = random.pick(editors);
        busiest.set(author.id, (busiest.get(author.id) ?? 0) + 1);
        let publishedAt: Date | null = null;
        let editionDate: string | null = null;
        let page: (typeof PAGES)[number] = random.pick(PAGES);
        let placement: Placement = "STANDARD";
        let createdAt: Date;
        let updatedAt: Date;
        if (status === "PUBLISHED" || status === "RETRACTED") {
          const index = archived++;
          const day = Math.min(ARCHIVE_DAYS - 1, Math.floor(index / perDay));
          const rank = index - Math.ceil(day * perDay);
          editionDate = new Date(firstDay + day * DAY).toISOString().slice(0, 10);
          // Web publishing runs from 05:00 to 23:00 newsroom time; never after `now`.
          const at = Date.parse(`${editionDate}T05:00:00+08:00`) + random.int(0, 18 * 60) * 60_000;
          publishedAt = new Date(Math.min(at, now.getTime() - random.int(1, 600) * 60_000));
          if (rank <= 0) placement = "LEAD";
          else if (rank <= 3) placement = "TOP";
          else if (random.chance(0.12)) placement = "BRIEF";
          page = placement === "LEAD" || placement === "TOP" ? PAGES[rank <= 1 ? 0 : 1] : page;
          createdAt = new Date(publishedAt.getTime() - random.int(2, 48) * HOUR);
          updatedAt = status === "RETRACTED" ? new Date(Math.min(now.getTime(), publishedAt.getTime() + random.int(1, 72) * HOUR)) : publishedAt;
        } else if (status === "SCHEDULED") {
          publishedAt = new Date(now.getTime() + random.int(1, 48 * 60) * 60_000);
          editionDate = shanghaiDay(publishedAt);
          createdAt = new Date(now.getTime() - random.int(1, 72) * HOUR);
          updatedAt = new Date(now.getTime() - random.int(1, 60) * 60_000);
        } else {
          // Work in progress is recent; a few drafts were abandoned long ago.
          const ageHours = status === "DRAFT" && random.chance(0.2) ? random.int(24 * 30, 24 * 900) : random.int(1, 24 * 20);
          createdAt = new Date(now.getTime() - ageHours * HOUR);
          updatedAt = new Date(Math.min(now.getTime(), createdAt.getTime() + random.int(0, ageHours) * 30 * 60_000));
        }
        const type: ArticleType =
          page.section === "opinion" ? "COMMENTARY" : placement === "BRIEF" ? (random.chance(0.6) ? "BRIEF" : "NEWS")
            : random.chance(0.05) ? "PHOTO_STORY" : random.chance(0.1) ? "FEATURE" : "NEWS";
        const id = makeId("a", n, random);
        const fields = {
          kicker: random.chance(0.3) ? random.pick(corpus.kickers) : null,
          headline: random.pick(corpus.headlines),
          subheadline: random.chance(0.15) ? random.pick(corpus.headlines) : null,
          summary: random.chance(0.3) ? random.pick(corpus.sentences) : null,
          column: type === "COMMENTARY" ? random.pick(corpus.columns) : null,
          body: paragraphs(corpus, random, publishedAt ?? createdAt, people),
          contributors: [] as { name: string }[],
        };
        const contributors: [string | null, string, string, string | null][] = [[author.id, author.name, "REPORTER", "TEXT"]];
        if (random.chance(0.4)) contributors.push([null, personName(random), "CORRESPONDENT", "TEXT"]);
        if (type === "PHOTO_STORY" || random.chance(0.15)) {
          const photographer = random.pick(reporters);
          contributors.push([photographer.id, photographer.name, "PHOTOGRAPHER", "PHOTO"]);
        }
        fields.contributors = contributors.map(([, name]) => ({ name }));
        contributors.forEach(([userId, name, role, credit], position) =>
          contributorRows.push([makeId("b", contributorSeq++, random), id, position, name, role, credit, userId]));

        const photoCount = type === "PHOTO_STORY" ? random.int(3, 5) : random.chance(0.35) ? 1 : random.chance(0.1) ? random.int(2, 3) : 0;
        for (let position = 0; position < photoCount; position++) {
          let mediaId: string | null = null;
          if (random.chance(0.7)) {
            mediaId = makeId("m", mediaSeq++, random);
            const width = random.pick([1600, 2000, 3000]);
            const height = Math.round((width * 2) / 3);
            const variants = [480, 960, 1600].filter((w) => w <= width).map((w) => ({ width: w, height: Math.round((w * 2) / 3), bytes: w * 60 }));
            mediaRows.push([mediaId, `bench/${mediaId}`, `IMG_${mediaSeq}.jpg`, "image/jpeg", width, height, width * 400, JSON.stringify(variants), author.id, ts(createdAt)]);
          }
          photoRows.push([makeId("p", photoSeq++, random), id, position, random.pick(corpus.captions), "本报记者 摄", null, mediaId]);
          photos++;
        }

        const event = (actorId: string, from: ArticleStatus | null, to: ArticleStatus, at: Date, note: string | null = null, stage: number | null = null) => {
          eventRows.push([makeId("e", eventSeq++, random), id, actorId, from, to, note, stage, ts(at)]);
          events++;
        };
        event(author.id, null, "DRAFT", createdAt);
        if (status !== "DRAFT" && status !== "SPIKED") event(author.id, "DRAFT", "SUBMITTED", new Date(Math.min(updatedAt.getTime(), createdAt.getTime() + HOUR)));
        if (status === "RETURNED") event(editor.id, "SUBMITTED", "RETURNED", updatedAt, random.pick(RETURN_NOTES), 1);
        if (status === "SPIKED") event(editor.id, "DRAFT", "SPIKED", updatedAt, "不用了");
        if (status === "PUBLISHED" || status === "RETRACTED") event(editor.id, "SUBMITTED", "PUBLISHED", publishedAt!);
        if (status === "RETRACTED") event(editor.id, "PUBLISHED", "RETRACTED", updatedAt, "事实有误");

        articleRows.push([
          id, `${shanghaiDay(createdAt)}-${n.toString(36)}`, fields.kicker, fields.headline, fields.subheadline, "本报讯", fields.summary, fields.body,
          type, fields.column, sectionIds.get(page.section), placement, status,
          status === "IN_REVIEW" ? random.int(1, 3) : null, random.int(1, 12), author.id,
          editionDate, editionDate ? page.number : null, editionDate ? page.name : null,
          publishedAt ? ts(publishedAt) : null, ts(createdAt), ts(updatedAt), searchTokens(fields),
        ]);
      }
      if (inFlight.size === writers.length) await Promise.race(inFlight.values());
      const writer = writers.find((w) => !inFlight.has(w))!;
      const write = writeChunk(writer, articleRows, contributorRows, mediaRows, photoRows, eventRows).finally(() => inFlight.delete(writer));
      inFlight.set(writer, write);
      if ((start / CHUNK) % 10 === 9) log(`  ${start + CHUNK} articles`);
    }
    await Promise.all(inFlight.values());
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector")`);

    const reporterId = [...busiest.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const { rows: range } = await client.query<{ newest: string; oldest: string }>(
      `SELECT max("editionDate")::text AS newest, min("editionDate")::text AS oldest FROM "Article" WHERE status = 'PUBLISHED'`);
    return {
      now, users: users.length, articles: options.articles, photos, events, reporterId, editorId: editors.find((u) => u.role === "EDITOR")!.id,
      newestEdition: range[0]!.newest, oldestEdition: range[0]!.oldest, sectionSlugs: SECTIONS.map((s) => s.slug),
    };
  } finally {
    await Promise.all([client, ...writers].map((c) => c.end()));
  }
}

/** One chunk of articles and what belongs to them, in one transaction. */
async function writeChunk(client: pg.Client, articles: unknown[][], contributors: unknown[][], media: unknown[][], photos: unknown[][], events: unknown[][]) {
  await client.query("BEGIN");
  // A generated archive is written as it stands, statuses and all, not moved
  // through the workflow one article at a time (docs/decisions/0023).
  await client.query(OPEN_STATUS_GUARD_SQL);
  await insert(client, "Article", [
    "id", "slug", "kicker", "headline", "subheadline", "dateline", "summary", "body", "type", "column", "sectionId", "placement", "status",
    "reviewStage", "version", "createdById", "editionDate", "pageNumber", "pageName", "publishedAt", "createdAt", "updatedAt", "searchVector",
  ], articles, {
    type: (p) => `${p}::"ArticleType"`,
    placement: (p) => `${p}::"Placement"`,
    status: (p) => `${p}::"ArticleStatus"`,
    editionDate: (p) => `${p}::date`,
    searchVector: (p) => `to_tsvector('simple', ${p})`,
  });
  await insert(client, "ArticleContributor", ["id", "articleId", "position", "name", "role", "credit", "userId"], contributors, {
    role: (p) => `${p}::"ContributorRole"`,
    credit: (p) => `${p}::"Credit"`,
  });
  await insert(client, "Media", ["id", "key", "originalName", "mimeType", "width", "height", "bytes", "variants", "uploadedById", "createdAt"], media, {
    variants: (p) => `${p}::jsonb`,
  });
  await insert(client, "ArticlePhoto", ["id", "articleId", "position", "caption", "credit", "alt", "mediaId"], photos);
  await insert(client, "WorkflowEvent", ["id", "articleId", "actorId", "fromStatus", "toStatus", "note", "stage", "createdAt"], events, {
    fromStatus: (p) => `${p}::"ArticleStatus"`,
    toStatus: (p) => `${p}::"ArticleStatus"`,
  });
  await client.query("COMMIT");
}
