// The byline the newspaper way: 本报讯 (记者 郭坤 通讯员 曹文娟 文/图), and in
// English: Staff report (reporter Guo Kun, correspondent Cao Wenjuan; text and photos).
import type { ContributorRole, Credit } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { romanizeName } from "./romanize";

export interface BylineContributor {
  name: string;
  role: ContributorRole;
  credit: Credit | null;
  /** The staff member's author page (/authors/<slug>), when the contributor is one. */
  userSlug?: string | null;
}

/** A byline in pieces: plain text, and the names, each with its author page if it has one. */
export type BylinePart = string | { name: string; userSlug: string | null };

const ZH_ROLE: Record<ContributorRole, string> = { REPORTER: "记者", CORRESPONDENT: "通讯员", PHOTOGRAPHER: "摄影" };
const ZH_CREDIT: Record<Credit, string> = { TEXT: "文", PHOTO: "图", TEXT_AND_PHOTO: "文/图" };
const EN_ROLE: Record<ContributorRole, [string, string]> = {
  REPORTER: ["reporter", "reporters"],
  CORRESPONDENT: ["correspondent", "correspondents"],
  PHOTOGRAPHER: ["photographer", "photographers"],
};
const EN_CREDIT: Record<Credit, string> = { TEXT: "text", PHOTO: "photos", TEXT_AND_PHOTO: "text and photos" };
const STAFF_REPORT = /^本[报報]讯$/;

interface Group {
  role: ContributorRole;
  credit: Credit | null;
  people: BylineContributor[];
}

// Neighbours with the same role and credit share one role word: 记者 郭坤 王某.
function group(contributors: BylineContributor[]): Group[] {
  const groups: Group[] = [];
  for (const c of contributors) {
    const last = groups.at(-1);
    if (last && last.role === c.role && last.credit === c.credit) last.people.push(c);
    else groups.push({ role: c.role, credit: c.credit, people: [c] });
  }
  return groups;
}

/** One credit for the whole byline when everybody shares it (the usual case). */
function sharedCredit(contributors: BylineContributor[]): Credit | null {
  const first = contributors[0]?.credit ?? null;
  return contributors.every((c) => (c.credit ?? null) === first) ? first : null;
}

export function formatDateline(dateline: string, locale: Locale): string {
  const trimmed = dateline.trim();
  return locale === "en" && STAFF_REPORT.test(trimmed) ? "Staff report" : trimmed;
}

const nameOf = (c: BylineContributor, locale: Locale): BylinePart => ({ name: locale === "en" ? romanizeName(c.name) : c.name, userSlug: c.userSlug ?? null });

/** Parts separated by `separator`, the last two by `last` (", " and " and "). */
function list(parts: BylinePart[][], separator: string, last = separator): BylinePart[] {
  return parts.flatMap((part, i) => (i === 0 ? part : [i === parts.length - 1 ? last : separator, ...part]));
}

export function bylineParts(
  dateline: string,
  contributors: BylineContributor[],
  locale: Locale,
  options: { commentary?: boolean } = {},
): BylinePart[] {
  // A commentary is signed with the author's name alone: 李清华.
  if (options.commentary) return list(contributors.map((c) => [nameOf(c, locale)]), locale === "en" ? ", " : " ");
  const lead = formatDateline(dateline, locale);
  if (contributors.length === 0) return lead ? [lead] : [];
  const inner = locale === "en" ? englishCredits(contributors) : chineseCredits(contributors);
  return [lead ? `${lead} (` : "(", ...inner, ")"];
}

/** The byline as one line of text (feeds, the desk's preview). */
export function formatByline(
  dateline: string,
  contributors: BylineContributor[],
  locale: Locale,
  options: { commentary?: boolean } = {},
): string {
  return bylineParts(dateline, contributors, locale, options)
    .map((part) => (typeof part === "string" ? part : part.name))
    .join("");
}

function chineseCredits(contributors: BylineContributor[]): BylinePart[] {
  const shared = sharedCredit(contributors);
  const parts = group(contributors).map((g) => {
    const credit = !shared && g.credit ? [` ${ZH_CREDIT[g.credit]}`] : [];
    return [`${ZH_ROLE[g.role]} `, ...list(g.people.map((c) => [nameOf(c, "zh-CN")]), " "), ...credit];
  });
  return [...list(parts, " "), ...(shared ? [` ${ZH_CREDIT[shared]}`] : [])];
}

// "reporter Guo Kun, correspondent Cao Wenjuan; text and photos" when the
// credit is shared; "text by reporter Guo Kun; photos by photographer Wang
// Min" when each group has its own — never brackets inside the brackets.
function englishCredits(contributors: BylineContributor[]): BylinePart[] {
  const shared = sharedCredit(contributors);
  const parts = group(contributors).map((g) => {
    const names = list(g.people.map((c) => [nameOf(c, "en")]), ", ", " and ");
    const credit = !shared && g.credit ? [`${EN_CREDIT[g.credit]} by `] : [];
    return [...credit, `${EN_ROLE[g.role][g.people.length > 1 ? 1 : 0]} `, ...names];
  });
  if (shared) return [...list(parts, ", "), `; ${EN_CREDIT[shared]}`];
  return list(parts, contributors.some((c) => c.credit) ? "; " : ", ");
}
