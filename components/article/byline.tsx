import Link from "next/link";
import { bylineParts, type BylineContributor } from "@/lib/articles/byline";
import type { Locale } from "@/lib/i18n/locales";

interface Props {
  dateline: string;
  contributors: BylineContributor[];
  locale: Locale;
  commentary?: boolean;
}

/** 本报讯 (记者 郭坤 …): each staff member's name links to their author page. */
export function Byline({ dateline, contributors, locale, commentary }: Props) {
  const parts = bylineParts(dateline, contributors, locale, { commentary });
  if (parts.length === 0) return null;
  return (
    <p className="text-sm text-neutral-600" data-testid="byline">
      {parts.map((part, i) =>
        typeof part === "string" ? (
          part
        ) : part.userSlug ? (
          <Link key={i} href={`/authors/${part.userSlug}`} className="underline decoration-neutral-400 underline-offset-2 hover:text-[var(--color-press)]">
            {part.name}
          </Link>
        ) : (
          <span key={i}>{part.name}</span>
        ),
      )}
    </p>
  );
}
