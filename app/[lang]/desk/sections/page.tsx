import { Refused } from "@/components/desk/refused";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { listSections } from "@/lib/sections/manage";
import { CreateSectionForm } from "./create-section-form";
import { SectionRow } from "./section-row";

/** Sections in the order the front page and the section bar show them (admins only). */
export default async function SectionsPage({ params }: PageProps<"/[lang]/desk/sections">) {
  const { lang } = await params;
  const m = messagesFor(localeOf(lang));
  const actor = await requireActor();
  if (!can(actor, "sections:manage")) return <Refused page="sections" role={actor.role} messages={m} />;
  const sections = await listSections(getDb(), actor);
  const th = "py-2 pr-3 font-medium";

  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{m.sections.title}</h1>
      {sections.length === 0 ? (
        <p className="text-neutral-600">{m.sections.empty}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-neutral-300 text-left text-neutral-600">
              <th className={th}>{m.sections.slug}</th>
              <th className={th}>
                {m.sections.nameZh} / {m.sections.nameEn}
              </th>
              <th className={th} colSpan={2}>
                {m.sections.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section, index) => (
              <SectionRow
                key={section.id}
                messages={m.sections}
                section={{ ...section, oldSlugs: section.oldSlugs.map((o) => o.slug) }}
                first={index === 0}
                last={index === sections.length - 1}
              />
            ))}
          </tbody>
        </table>
      )}
      <CreateSectionForm messages={m.sections} />
    </div>
  );
}
