import Link from "next/link";

interface Props {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  href?: string;
  size: "lead" | "page" | "item";
  as?: "h1" | "h2" | "h3";
  /** The headlines' language where it is not the page's (lib/i18n/content-lang.ts). */
  lang?: string;
}

const SIZES = { lead: "text-3xl sm:text-4xl", page: "text-3xl sm:text-4xl", item: "text-xl" };

/** 引题 / 主题 / 副题: the newspaper's three-line headline. */
export function HeadlineStack({ kicker, headline, subheadline, href, size, as: Heading = "h2", lang }: Props) {
  const title = href ? (
    <Link href={href} className="hover:underline">
      {headline}
    </Link>
  ) : (
    headline
  );
  return (
    <hgroup className="font-serif" lang={lang}>
      {kicker && <p className="text-base text-neutral-700">{kicker}</p>}
      <Heading className={`${SIZES[size]} font-bold leading-tight`}>{title}</Heading>
      {subheadline && <p className="mt-1 text-lg text-neutral-700">{subheadline}</p>}
    </hgroup>
  );
}
