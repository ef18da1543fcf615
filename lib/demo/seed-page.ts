// The demo's 数字报: the seeded stories of 第03版 set as a printed page
// (printed-page.ts) and uploaded the way the desk uploads one, so the page is
// rendered and its stories' regions are found on it by the same code.
import type { Db } from "@/lib/database/client";
import { formatByline } from "@/lib/articles/byline";
import { toParagraphs } from "@/lib/articles/paragraphs";
import type { Actor } from "@/lib/auth/policy";
import { uploadPage, type UploadedPage } from "@/lib/epaper/upload";
import { formatEditionDate } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import type { MediaStorage } from "@/lib/media/storage";
import { printPage } from "./printed-page";

export interface DemoPage {
  date: string;
  number: number;
  name: string;
}

/** Prints the page's stories, in `order` (their ids as the page ran them), and uploads the PDF as `actor`. */
export async function seedDemoPage(db: Db, actor: Actor, page: DemoPage, order: string[], storage: MediaStorage): Promise<UploadedPage> {
  const rows = await db.article.findMany({
    where: { id: { in: order } },
    select: {
      id: true,
      kicker: true,
      headline: true,
      subheadline: true,
      dateline: true,
      type: true,
      column: true,
      body: true,
      contributors: { orderBy: { position: "asc" }, select: { name: true, role: true, credit: true } },
      photos: { orderBy: { position: "asc" }, select: { caption: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const stories = order
    .map((id) => byId.get(id))
    .filter((row) => !!row)
    .map((row) => ({
      id: row.id,
      kicker: row.kicker,
      headline: row.headline,
      subheadline: row.subheadline,
      byline: formatByline(row.dateline, row.contributors, "zh-CN", { commentary: row.type === "COMMENTARY" }),
      column: row.column,
      paragraphs: toParagraphs(row.body),
      photos: row.photos.map((p) => p.caption),
    }));
  const m = messagesFor("zh-CN");
  const { pdf } = await printPage({
    paperName: m.site.name,
    dateLine: formatEditionDate(`${page.date}T12:00:00Z`, "zh-CN", "UTC"),
    pageLabel: m.reader.page.replace("{nn}", String(page.number).padStart(2, "0")),
    pageName: page.name,
    stories,
  });
  const [uploaded] = await uploadPage(
    db,
    actor,
    { bytes: pdf, fileName: `${page.date}-${String(page.number).padStart(2, "0")}.pdf`, editionDate: page.date, number: page.number },
    // The demo's own file: no upload limit to apply.
    { storage, maxBytes: Number.MAX_SAFE_INTEGER },
  );
  return uploaded!;
}
