import { formatByline, type BylineContributor } from "@/lib/articles/byline";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  dateline: string;
  contributors: BylineContributor[];
  locale: Locale;
  commentary?: boolean;
}

export function Byline({ dateline, contributors, locale, commentary }: Props) {
  const text = formatByline(dateline, contributors, locale, { commentary });
  if (!text) return null;
  return (
    <p className="text-sm text-neutral-600" data-testid="byline">
      {text}
    </p>
  );
}
