import type { Metadata } from "next";
import Link from "next/link";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function LoginPage({ params, searchParams }: PageProps<"/[lang]/login">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const callback = (await searchParams).callbackUrl;
  const callbackUrl = typeof callback === "string" ? callback : "/desk";
  return (
    <main className="mx-auto mt-16 max-w-sm px-4 font-sans">
      <div className="mb-6 flex items-center justify-between">
        <Link href="/" className="font-serif text-xl font-bold">
          {m.site.name}
        </Link>
        <LanguageSwitcher current={locale} label={m.nav.language} />
      </div>
      <h1 className="mb-4 text-2xl font-semibold">{m.login.title}</h1>
      <LoginForm messages={m.login} callbackUrl={callbackUrl} />
    </main>
  );
}
