import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { readStages } from "@/lib/workflow/stages";
import { FooterForm } from "./footer-form";
import { SettingsForm } from "./settings-form";

export default async function SettingsPage({ params }: PageProps<"/[lang]/desk/settings">) {
  const { lang } = await params;
  const m = messagesFor(localeOf(lang));
  const actor = await requireActor();
  if (!can(actor, "settings:manage")) notFound();
  const db = getDb();
  const [settings, stages] = await Promise.all([readPublicSettings(db), readStages(db)]);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.settings.title}</h1>
      <SettingsForm
        messages={pickMessages(m, "settings", "roles")}
        initial={{
          paperNameZh: settings.newsroom.paperNameZh,
          paperNameEn: settings.newsroom.paperNameEn,
          stages,
          perSection: settings.frontPage.perSection,
          topStories: settings.frontPage.topStories,
          briefs: settings.frontPage.briefs,
        }}
      />
      <div className="mt-10 border-t border-neutral-300 pt-6">
        <FooterForm messages={pickMessages(m, "footerSettings")} initial={settings.footer} />
      </div>
    </>
  );
}
