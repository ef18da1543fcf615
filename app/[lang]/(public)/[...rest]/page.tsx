import type { Metadata } from "next";
import { ReaderNotFound } from "@/components/layout/not-found-view";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// Any address no other page answers (/nope-xyz): a real page, masthead and
// all, in the reader's language, answered with a 404 by the front server.
// Rendered per request so that made-up addresses fill no cache.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/[...rest]">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messagesFor(localeOf(lang)).notFound.page.title, robots: { index: false } };
}

export default async function UnknownPage({ params }: PageProps<"/[lang]/[...rest]">) {
  const { lang } = await params;
  return <ReaderNotFound messages={messagesFor(localeOf(lang))} kind="page" />;
}
