import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input, options, Select } from "@/components/ui/control";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor, pickMessages } from "@/lib/i18n/messages";
import { WORD_CATEGORIES } from "@/lib/proofread/words/matcher";
import { listWords } from "@/lib/proofread/words/manage";
import { AddWordForm } from "./add-word-form";
import { TransferPanel } from "./transfer-panel";
import { WordRow } from "./word-row";

const PAGE = 50;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The proofreading word lists (禁用词, 慎用词, 规范表述, 错别字, 异形词): chief editors and admins keep them. */
export default async function WordListsPage({ params, searchParams }: PageProps<"/[lang]/desk/words">) {
  const { lang } = await params;
  const m = messagesFor(localeOf(lang));
  const actor = await requireActor();
  // Others do not learn the page exists; every action refuses them anyway.
  if (!can(actor, "proofread:words")) notFound();
  const query = await searchParams;
  const category = WORD_CATEGORIES.find((c) => c === one(query.category));
  const search = one(query.q)?.slice(0, 100) ?? "";
  const page = Math.max(1, Math.floor(Number(one(query.page)) || 1));
  const { words, total } = await listWords(getDb(), actor, { category, search, skip: (page - 1) * PAGE, take: PAGE });
  const w = m.proofWords;
  const slice = pickMessages(m, "proofWords", "proofread", "validation");
  const at = (n: number) => `?${new URLSearchParams({ ...(category ? { category } : {}), ...(search ? { q: search } : {}), page: String(n) })}`;

  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{w.title}</h1>
      <p className="mb-4 max-w-3xl text-sm text-neutral-700">{w.intro}</p>
      <div className="mb-6 grid items-start gap-4 lg:grid-cols-2">
        <AddWordForm messages={slice} />
        <TransferPanel messages={slice} />
      </div>
      <form method="get" className="mb-3 flex flex-wrap items-end gap-3 text-sm">
        <label>
          {w.category}
          <Select compact name="category" defaultValue={category ?? ""} className="mt-1 block" items={options(WORD_CATEGORIES, m.proofread.categories)} empty={w.all} />
        </label>
        <label>
          {w.search}
          <Input compact type="search" name="q" defaultValue={search} className="mt-1 block" />
        </label>
        <Button type="submit" variant="secondary" size="sm">
          {w.filter}
        </Button>
      </form>
      <p className="mb-2 text-sm text-neutral-700" data-testid="word-total">
        {fill(w.total, { total })}
        {total > PAGE && ` · ${fill(w.range, { from: (page - 1) * PAGE + 1, to: Math.min(total, page * PAGE) })}`}
      </p>
      {words.length === 0 ? (
        <p className="text-neutral-600">{w.empty}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-neutral-300 text-left text-neutral-600">
              <th className="py-2 pr-3 font-medium">{w.term}</th>
              <th className="py-2 pr-3 font-medium">{w.category}</th>
              <th className="py-2 pr-3 font-medium">{w.replacement}</th>
              <th className="py-2 pr-3 font-medium">{w.note}</th>
              <th className="py-2 font-medium">{w.actions}</th>
            </tr>
          </thead>
          <tbody>
            {words.map((word) => (
              <WordRow key={word.id} word={word} messages={slice} />
            ))}
          </tbody>
        </table>
      )}
      <nav className="mt-3 flex gap-4 text-sm" aria-label={w.title}>
        {page > 1 && <Link href={at(page - 1)} className="underline">{w.previous}</Link>}
        {page * PAGE < total && <Link href={at(page + 1)} className="underline">{w.next}</Link>}
      </nav>
    </>
  );
}
