import { Refused } from "@/components/desk/refused";
import { listSections } from "@/lib/articles/queries";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { ImportDesk } from "./import-desk";
import { IMPORT_MESSAGES } from "./messages";

export default async function ImportPage({ params }: PageProps<"/[lang]/desk/import">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  // Reporters do not learn the page exists; the action refuses them anyway.
  if (!can(actor, "article:import")) return <Refused page="import" role={actor.role} messages={m} />;

  const canPublish = can(actor, "article:import-publish");
  const [sections, settings] = await Promise.all([canPublish ? listSections(getDb()) : [], readPublicSettings(getDb())]);
  // Today in the newsroom's time zone, not the server's: the usual edition.
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: settings.newsroom.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{m.import.title}</h1>
      <p className="mb-4 max-w-3xl text-sm text-neutral-700">{m.import.intro}</p>
      <ImportDesk
        messages={pickMessages(m, ...IMPORT_MESSAGES)}
        today={today}
        canPublish={canPublish}
        sections={sections.map((s) => ({ id: s.id, name: locale === "en" ? s.nameEn : s.nameZh }))}
      />
    </>
  );
}
