import { SectionListing } from "@/components/front-page/section-listing";
import { localeOf } from "@/lib/i18n/locales";

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function SectionPage({ params }: PageProps<"/[lang]/sections/[slug]">) {
  const { lang, slug } = await params;
  return <SectionListing slug={slug} page={1} locale={localeOf(lang)} />;
}
