import Link from "next/link";
import { DeskGroup } from "@/components/desk/desk-group";
import { MyAssignments } from "@/components/desk/my-assignments";
import { Button, buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import { DESK_GROUPS, loadMyDesk, type DeskGroupName } from "@/lib/articles/my-desk";
import { listMine } from "@/lib/assignments";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function MyDeskPage({ params, searchParams }: PageProps<"/[lang]/desk">) {
  const { lang } = await params;
  const query = await searchParams;
  // The import desk lands here after creating drafts: ?imported=<count>.
  const imported = Number.parseInt(one(query.imported) ?? "", 10) || 0;
  // ?q=words searches; ?drafts=2 (and the other groups' names) turns a group's page.
  const q = (one(query.q) ?? "").trim().slice(0, 100);
  const pages = Object.fromEntries(DESK_GROUPS.map((group) => [group, Number(one(query[group])) || 1])) as Record<DeskGroupName, number>;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const [desk, assignments, { newsroom }] = await Promise.all([loadMyDesk(getDb(), actor, { q, pages }), listMine(getDb(), actor), readPublicSettings(getDb())]);
  const shared = { locale, timeZone: newsroom.timeZone, messages: m };
  const pageHref = (group: DeskGroupName) => (page: number) => {
    const next = new URLSearchParams(q ? { q } : {});
    for (const other of DESK_GROUPS) {
      const n = other === group ? page : desk[other].page;
      if (n > 1) next.set(other, String(n));
    }
    const search = next.toString();
    return `/desk${search ? `?${search}` : ""}`;
  };
  const group = (name: DeskGroupName) => ({ ...desk[name], pageHref: pageHref(name), searching: q !== "" });
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{m.desk.myArticles}</h1>
      {imported > 0 && (
        <p role="status" className="mb-4 text-sm text-emerald-800">
          {fill(m.import.createdDrafts, { count: imported })}
        </p>
      )}
      {/* A plain GET form: the search is in the address, so Back and a bookmark keep it. */}
      <form method="get" role="search" className="mb-4 flex max-w-xl flex-wrap items-end gap-2 text-sm">
        <label className="min-w-48 flex-1">
          {m.myDesk.search}
          <Input type="search" name="q" defaultValue={q} compact className="mt-1 block w-full" />
        </label>
        <Button type="submit" variant="secondary" size="sm">
          {m.myDesk.searchSubmit}
        </Button>
        {q && (
          <Link href="/desk" className={buttonClass({ variant: "quiet", size: "sm" })}>
            {m.myDesk.searchClear}
          </Link>
        )}
      </form>
      {q ? (
        <p className="mb-4 text-sm text-neutral-700" data-testid="desk-search-results">
          {fill(m.myDesk.searchResults, { q })}
        </p>
      ) : (
        <MyAssignments items={assignments} locale={locale} messages={m} timeZone={newsroom.timeZone} />
      )}
      {/* In the order they need the reporter: act on a return first, then finish drafts. */}
      <DeskGroup id="desk-returned" title={m.myDesk.returned} {...group("returned")} empty={m.myDesk.emptyReturned} urgent {...shared} />
      <DeskGroup id="desk-drafts" title={m.myDesk.drafts} {...group("drafts")} empty={m.myDesk.emptyDrafts} {...shared} />
      <DeskGroup id="desk-submitted" title={m.myDesk.submitted} hint={m.myDesk.submittedHint} {...group("submitted")} empty={m.myDesk.emptySubmitted} {...shared} />
      <DeskGroup id="desk-published" title={m.myDesk.published} hint={m.myDesk.publishedHint} {...group("published")} empty={m.myDesk.emptyPublished} {...shared} />
    </>
  );
}
