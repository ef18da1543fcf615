// What an audited act was about and what it changed, in the reader's
// language, from the entry's stored facts (lib/audit/record.ts).
import type { AuditAction, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";

interface Entry {
  action: AuditAction;
  user: { name: string } | null;
  email: string | null;
  detail: Prisma.JsonValue;
}

const str = (value: unknown) => (typeof value === "string" ? value : "");

export function describeAuditEntry(entry: Entry, m: Pick<Messages, "auditLog" | "roles">, locale: Locale): { subject: string; detail: string } {
  const d = (entry.detail && typeof entry.detail === "object" && !Array.isArray(entry.detail) ? entry.detail : {}) as Record<string, unknown>;
  const a = m.auditLog;
  const account = entry.user?.name ?? entry.email ?? a.someone;
  const section = str(locale === "en" ? d.nameEn : d.nameZh) || str(d.slug);
  const list = (keys: unknown) => {
    const names = (Array.isArray(keys) ? keys : []).map((k) => (a.fields as Record<string, string>)[String(k)] ?? String(k));
    return names.length ? fill(a.changedFields, { fields: names.join(locale === "en" ? ", " : "、") }) : a.nothingChanged;
  };
  switch (entry.action) {
    case "SIGN_IN_REFUSED":
      return { subject: account, detail: (a.refused as Record<string, string>)[str(d.reason)] ?? "" };
    case "ROLE_CHANGE":
      return { subject: account, detail: `${m.roles[d.from as keyof Messages["roles"]] ?? str(d.from)} → ${m.roles[d.to as keyof Messages["roles"]] ?? str(d.to)}` };
    case "USER_CREATE":
      return { subject: account, detail: m.roles[d.role as keyof Messages["roles"]] ?? "" };
    case "SECTION_RENAME":
      return { subject: section, detail: fill(a.renamedFrom, { name: str(locale === "en" ? d.fromEn : d.fromZh) }) };
    case "SECTION_MOVE":
      return { subject: section, detail: a.moved[d.direction === "up" ? "up" : "down"] };
    case "SECTION_SLUG":
      return { subject: section, detail: `${fill(a.slugFrom, { slug: str(d.from) })} → ${str(d.slug)}` };
    case "SECTION_CREATE":
      return { subject: section, detail: str(d.slug) };
    case "SETTINGS_UPDATE":
      return { subject: a.parts[d.part === "footer" || d.part === "proofreading" ? d.part : "general"], detail: list(d.changed) };
    default:
      return { subject: account, detail: "" };
  }
}
