import { Refused } from "@/components/desk/refused";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { readProofSetting } from "@/lib/workflow/proof-rounds";
import { readStages } from "@/lib/workflow/stages";
import { FooterForm } from "./footer-form";
import { ProofSettingsForm } from "./proof-settings-form";
import { SettingsForm } from "./settings-form";

export default async function SettingsPage({ params }: PageProps<"/[lang]/desk/settings">) {
  const { lang } = await params;
  const m = messagesFor(localeOf(lang));
  const actor = await requireActor();
  // The admin keeps every setting; a chief editor, how the paper proofreads.
  const admin = can(actor, "settings:manage");
  const proofreading = can(actor, "proofread:settings");
  if (!admin && !proofreading) return <Refused page="settings" role={actor.role} messages={m} />;
  const db = getDb();
  const [settings, stages, proof] = await Promise.all([readPublicSettings(db), readStages(db), readProofSetting(db)]);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.settings.title}</h1>
      {admin && (
        <>
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
      )}
      {proofreading && <ProofSettingsForm messages={pickMessages(m, "settings", "roles")} initial={proof} />}
    </>
  );
}
