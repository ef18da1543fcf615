"use client";

import type { FormEvent } from "react";
import { addCommentAction, resolveCommentAction } from "@/app/[lang]/desk/articles/[id]/comment-actions";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/control";
import { Panel } from "@/components/ui/section";
import { StatusMessage } from "@/components/ui/status";
import type { CommentItem } from "@/lib/comments";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { useDeskAction } from "./desk-action";

interface Props {
  articleId: string;
  comments: CommentItem[];
  locale: Locale;
  timeZone: string;
  messages: Messages["comments"];
}

/** Editorial notes on the article: the thread, "Resolve" per open note, and a new note. */
export function CommentsPanel({ articleId, comments, locale, timeZone, messages: m }: Props) {
  const { pending, result, run, fieldError } = useDeskAction();
  const bodyError = fieldError("body");
  // onSubmit, not a form action: a refused note must stay in the textarea.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData(form).get("body");
    run(() => addCommentAction({ articleId, body }), () => form.reset());
  };

  return (
    <Panel title={m.title} className="space-y-3 rounded border border-neutral-300 bg-white p-4 text-sm">
      {comments.length === 0 ? (
        <p className="text-neutral-600">{m.empty}</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} data-testid="comment" data-resolved={!!c.resolvedAt} className={c.resolvedAt ? "text-neutral-500" : ""}>
              <p className="text-xs text-neutral-600">
                <span className="font-medium">{c.author.name}</span> ·{" "}
                {/* Formatted again in the browser; the server's ICU may differ by a character. */}
                <time dateTime={new Date(c.createdAt).toISOString()} suppressHydrationWarning>
                  {formatDateTime(c.createdAt, locale, timeZone)}
                </time>
                {c.resolvedAt && <span className="ml-2 rounded bg-neutral-100 px-1.5 py-0.5">{m.resolved}</span>}
              </p>
              <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
              {c.canResolve && (
                <button type="button" disabled={pending} onClick={() => run(() => resolveCommentAction({ commentId: c.id }))} className="mt-1 rounded border border-neutral-400 px-2 py-0.5 text-xs hover:bg-neutral-100 disabled:opacity-60">
                  {m.resolve}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate className="space-y-2">
        <label htmlFor="comment-body" className="block font-medium">
          {m.label}
        </label>
        <TextArea id="comment-body" name="body" rows={3} maxLength={2000} aria-invalid={bodyError ? true : undefined} aria-describedby="comment-body-error" />
        <p id="comment-body-error" aria-live="polite" className="text-red-700">
          {bodyError}
        </p>
        <Button type="submit" disabled={pending} size="sm">
          {m.add}
        </Button>
        <StatusMessage failed={result?.ok === false}>{result?.message}</StatusMessage>
      </form>
    </Panel>
  );
}
