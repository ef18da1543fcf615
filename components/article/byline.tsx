import { formatByline, type BylineContributor } from "@/lib/articles/byline";
import type { Locale } from "@/lib/i18n/locales";

export function Byline({ dateline, contributors, locale }: { dateline: string; contributors: BylineContributor[]; locale: Locale }) {
  const text = formatByline(dateline, contributors, locale);
  if (!text) return null;
  return <p className="text-sm text-neutral-600" data-testid="byline">{text}</p>;
}
