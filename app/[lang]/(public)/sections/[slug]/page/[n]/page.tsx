import { SectionListing } from "@/components/front-page/section-listing";
import { localeOf } from "@/lib/i18n/locales";

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function SectionPageN({ params }: PageProps<"/[lang]/sections/[slug]/page/[n]">) {
  const { lang, slug, n } = await params;
  return <SectionListing slug={slug} page={/^\d+$/.test(n) ? Number(n) : NaN} locale={localeOf(lang)} />;
}
