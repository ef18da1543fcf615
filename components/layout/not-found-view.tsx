import Link from "next/link";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { NOT_FOUND_META } from "@/lib/serving/page-status";

interface Props {
  messages: Messages;
  title: string;
  body: string;
  /** More ways on, above the search box (the nearest editions). */
  children?: ReactNode;
}

/**
 * A reader page that found nothing, rendered inside the public layout (so
 * with the masthead and the footer) instead of through notFound(), whose
 * page never reaches a reader without JavaScript. The marker makes the front
 * server answer 404 (lib/serving/page-status.ts, docs/decisions/0029).
 */
export function NotFoundView({ messages: m, title, body, children }: Props) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center font-sans" data-testid="not-found">
      {/* React hoists these into <head>. */}
      <meta name={NOT_FOUND_META.name} content={NOT_FOUND_META.content} />
      <meta name="robots" content="noindex" />
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-neutral-700">{body}</p>
      {children}
      <form action="/search" role="search" className="mx-auto mt-6 flex max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          {m.reader.searchLabel}
        </label>
        <input id="not-found-q" name="q" type="search" placeholder={m.notFound.searchPlaceholder} className="min-w-0 flex-1 rounded border border-neutral-400 px-3 py-2" />
        <button type="submit" className="rounded bg-neutral-900 px-4 py-2 text-white">
          {m.reader.searchSubmit}
        </button>
      </form>
      <p className="mt-6">
        <Link href="/" className="underline">
          {m.article.backToFront}
        </Link>
      </p>
    </div>
  );
}

type Kind = "page" | "article" | "section" | "author" | "edition";

/** The not-found page of one kind of reader page: its own title and explanation. */
export function ReaderNotFound({ messages: m, kind }: { messages: Messages; kind: Kind }) {
  const { title, body } = m.notFound[kind];
  return <NotFoundView messages={m} title={title} body={body} />;
}
