import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { siteUrl } from "@/lib/feeds/site";
import { isLocale, localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import "../globals.css";

// Pages are rendered on first request and then cached per language; the proxy
// picks the language from the cookie or Accept-Language (proxy.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  const m = messagesFor(localeOf(lang));
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: m.site.name, template: `%s · ${m.site.name}` },
    description: m.site.description,
    alternates: { types: { "application/rss+xml": "/feed.xml" } },
  };
}

export default async function RootLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-[var(--color-paper)] antialiased">{children}</body>
    </html>
  );
}

