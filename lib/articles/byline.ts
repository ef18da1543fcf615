// The byline the newspaper way: 本报讯 (记者 郭坤 通讯员 曹文娟 文/图), and in
// English: Staff report (reporter Guo Kun, correspondent Cao Wenjuan; text and photos).
import type { ContributorRole, Credit } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { romanizeName } from "./romanize";

export interface BylineContributor {
  name: string;
  role: ContributorRole;
  credit: Credit | null;
}

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
  names: string[];
}

// Neighbours with the same role and credit share one role word: 记者 郭坤 王某.
function group(contributors: BylineContributor[]): Group[] {
  const groups: Group[] = [];
  for (const c of contributors) {
    const last = groups.at(-1);
    if (last && last.role === c.role && last.credit === c.credit) last.names.push(c.name);
    else groups.push({ role: c.role, credit: c.credit, names: [c.name] });
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

export function formatByline(
  dateline: string,
  contributors: BylineContributor[],
  locale: Locale,
  options: { commentary?: boolean } = {},
): string {
  // A commentary is signed with the author's name alone: 李清华.
  if (options.commentary) {
    return contributors.map((c) => (locale === "en" ? romanizeName(c.name) : c.name)).join(locale === "en" ? ", " : " ");
  }
  const lead = formatDateline(dateline, locale);
  if (contributors.length === 0) return lead;
  const inner = locale === "en" ? englishCredits(contributors) : chineseCredits(contributors);
  return lead ? `${lead} (${inner})` : `(${inner})`;
}

function chineseCredits(contributors: BylineContributor[]): string {
  const shared = sharedCredit(contributors);
  const parts = group(contributors).map((g) => {
    const credit = !shared && g.credit ? ` ${ZH_CREDIT[g.credit]}` : "";
    return `${ZH_ROLE[g.role]} ${g.names.join(" ")}${credit}`;
  });
  return parts.join(" ") + (shared ? ` ${ZH_CREDIT[shared]}` : "");
}

function englishCredits(contributors: BylineContributor[]): string {
  const shared = sharedCredit(contributors);
  const parts = group(contributors).map((g) => {
    const names = g.names.map(romanizeName);
    const joined = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
    const credit = !shared && g.credit ? ` (${EN_CREDIT[g.credit]})` : "";
    return `${EN_ROLE[g.role][names.length > 1 ? 1 : 0]} ${joined}${credit}`;
  });
  return parts.join(", ") + (shared ? `; ${EN_CREDIT[shared]}` : "");
}
