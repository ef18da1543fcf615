// What the history and the audit log say of an event, in the reader's
// language. Notes people wrote are shown as written; the notes the system
// writes (an import, the scheduler, voided sign-offs, a correction) and what
// a re-placement moved are stored language-free and worded here.
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { isReplaceDetail, type Replacement } from "./replace";
import { TRANSITIONS } from "./transitions";

export interface EventFacts {
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  note: string | null;
  detail?: unknown;
}

type Words = Pick<Messages, "events" | "placements" | "articleTypes" | "reader">;

// The system notes as the table and the importer write them (and as old rows hold them).
const SYSTEM_NOTES: Record<string, keyof Messages["events"]> = {
  imported: "imported",
  [TRANSITIONS.archiveImport.note]: "archiveImport",
  [TRANSITIONS.publishDue.note]: "scheduledTimeReached",
  [TRANSITIONS.voidSignOffs.note]: "signOffsVoided",
};
// correct.ts writes "更正 · correction: <the chief editor's note>".
const CORRECTION = "更正 · correction: ";

export function eventText(event: EventFacts, m: Words, locale: Locale): string | null {
  if (isReplaceDetail(event.detail)) {
    const moved = replacementText(event.detail.replaced, m, locale);
    return [fill(m.events.replaced, { changes: moved }), event.note].filter(Boolean).join("\n");
  }
  const note = event.note;
  if (note && SYSTEM_NOTES[note]) return m.events[SYSTEM_NOTES[note]];
  if (note?.startsWith(CORRECTION)) return fill(m.events.correction, { note: note.slice(CORRECTION.length) });
  if (!note && event.fromStatus === "SUBMITTED" && event.toStatus === "DRAFT") return m.events.recalled;
  return note;
}

function replacementText(changes: Replacement, m: Words, locale: Locale): string {
  const none = m.events.none;
  const page = (p: { number: number | null; name: string | null }) =>
    p.number === null ? (p.name ?? m.reader.unpaged) : fill(p.name ? m.reader.pageWithName : m.reader.page, { nn: String(p.number).padStart(2, "0"), n: p.number, name: p.name ?? "" });
  const parts: string[] = [];
  const add = (template: string, from: string, to: string) => parts.push(fill(template, { from, to }));
  if (changes.section) {
    const [from, to] = changes.section.map((s) => (s ? (locale === "en" ? s.en : s.zh) : none));
    add(m.events.section, from!, to!);
  }
  if (changes.placement) add(m.events.placement, m.placements[changes.placement[0]], m.placements[changes.placement[1]]);
  if (changes.type) add(m.events.type, m.articleTypes[changes.type[0]], m.articleTypes[changes.type[1]]);
  if (changes.editionDate) add(m.events.editionDate, changes.editionDate[0] ?? none, changes.editionDate[1] ?? none);
  if (changes.page) add(m.events.page, page(changes.page[0]), page(changes.page[1]));
  return parts.join(m.events.separator);
}
