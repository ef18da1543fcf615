"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import type { ArticleFormValues } from "@/lib/articles/form-values";
import { sameText } from "@/lib/autosave/queue";
import { autosaves } from "@/lib/autosave/states";
import type { SendOutcome } from "@/lib/autosave/types";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { articleFieldsSchema, type ArticleFields, type ArticleFieldsInput } from "@/lib/validation/article";
import { correctPublished, loadArticleText, saveArticle } from "./actions";
import { useAutosave } from "./autosave";
import { useHandOver } from "./hand-over";
import type { EditorMessages } from "./messages";
import { postAutosave } from "./save-client";
import { useArticleVersion } from "./version-context";

interface Options {
  form: UseFormReturn<ArticleFieldsInput, unknown, ArticleFields>;
  messages: Pick<EditorMessages, "results">;
  initial: ArticleFormValues;
  article?: { id: string; status: ArticleStatus };
  correction: boolean;
  correctionNote: string;
  userId: string;
}

type Conflict = { mine: ArticleFormValues; theirs: { version: number; values: ArticleFormValues } };

/** Every way the form's text is saved: Save, autosave, and the conflict view's choices. */
export function useArticleSave({ form, messages: m, initial, article, correction, correctionNote, userId }: Options) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string; fieldErrors?: Record<string, string> } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [bodyKey, setBodyKey] = useState(0);
  const { ownVersion: pageVersion, setVersion, registerFlush } = useArticleVersion();

  const send = async (fields: ArticleFields, id: string | undefined, version: number | undefined, leaving: boolean): Promise<SendOutcome> => {
    if (id && version) return postAutosave(id, fields, version, { leaving });
    try {
      // A new article's first autosave creates the draft.
      const result = await saveArticle(fields);
      return result.ok ? { ok: true, ...result.data } : { ok: false, reason: "refused", message: result.message };
    } catch {
      return { ok: false, reason: "offline" };
    }
  };

  const openConflict = async (mine: Record<string, unknown>) => {
    const id = saver.id();
    const theirs = id ? await loadArticleText({ id }).catch(() => null) : null;
    if (!theirs?.ok) return;
    // The "other" save already holds exactly this text — typically this
    // page's own beacon, sent as it was left, landing after the reload. No
    // choice to make: carry on from the server's version.
    if (sameText(mine, theirs.data.values as unknown as Record<string, unknown>)) {
      saver.resume(mine, theirs.data.version);
      setVersion(theirs.data.version);
      return;
    }
    setConflict({ mine: mine as unknown as ArticleFormValues, theirs: theirs.data });
  };

  const { state, saver } = useAutosave({
    form,
    userId,
    articleId: article?.id,
    enabled: !correction && (!article || autosaves(article.status)),
    serverValues: initial as unknown as Record<string, unknown>,
    serverVersion: article ? pageVersion : undefined,
    pageVersion,
    send,
    onSaved: (saved, wasNew) => {
      setVersion(saved.version);
      // The draft now exists: its address, without reloading the form being typed in.
      if (wasNew) window.history.replaceState(null, "", `/desk/articles/${saved.id}`);
    },
    onConflict: (mine) => void openConflict(mine),
  });

  useEffect(() => {
    registerFlush(() => saver.flush());
    return () => registerFlush(null);
  }, [registerFlush, saver]);

  /** New text in the form (restored, theirs, merged, handed over): the editor is remounted with it. */
  const replaceText = (values: ArticleFormValues | Record<string, unknown>) => {
    form.reset(values as ArticleFieldsInput);
    setBodyKey((k) => k + 1);
  };

  // Typing goes on while a new article's page moves to its address: the text goes along.
  const handOver = useHandOver({ userId, articleId: article?.id, form, saver, pageVersion, setVersion, replaceText });

  const save = (fields: ArticleFields, over?: { version: number }) =>
    startTransition(async () => {
      const values = form.getValues() as Record<string, unknown>;
      const result = await saver
        .exclusive(async () => {
          const id = saver.id();
          const version = over?.version ?? saver.version();
          const outcome = correction && id && version ? await correctPublished({ ...fields, id, version, correctionNote }) : await saveArticle({ ...fields, id, version });
          if (outcome.ok) saver.saved(values, outcome.data);
          else if (outcome.code === "conflict") saver.conflict(values);
          return outcome;
        })
        .catch(() => null);
      if (!result) return saver.offline();
      // A conflict is told by the save-state line and the conflict view.
      if (!result.ok && result.code === "conflict") return setStatus(null);
      if (!result.ok) {
        setStatus({ ok: false, text: result.message, fieldErrors: result.fieldErrors });
        for (const [name, message] of Object.entries(result.fieldErrors ?? {})) form.setError(name as FieldPath<ArticleFieldsInput>, { message });
        return;
      }
      setStatus({ ok: true, text: result.message ?? m.results.saved });
      setConflict(null);
      if (!article) {
        handOver.moveTo(result.data.id);
        router.replace(`/desk/articles/${result.data.id}`);
      } else router.refresh();
    });

  const parsed = (values: Record<string, unknown>) => articleFieldsSchema.safeParse(values);

  return {
    state,
    saver,
    pending,
    status,
    conflict,
    bodyKey,
    focusBody: handOver.focusBody,
    replaceText,
    save,
    keepMine: () => {
      const fields = parsed(form.getValues() as Record<string, unknown>);
      if (fields.success && conflict) save(fields.data, { version: conflict.theirs.version });
    },
    takeTheirs: () => {
      if (!conflict) return;
      // Their text into the form first: then it is the saved text, and the copy of mine on the device goes.
      replaceText(conflict.theirs.values);
      saver.resume(conflict.theirs.values as unknown as Record<string, unknown>, conflict.theirs.version);
      setVersion(conflict.theirs.version);
      setConflict(null);
    },
    merge: (values: Record<string, unknown>) => {
      replaceText(values);
      const fields = parsed(values);
      if (fields.success && conflict) save(fields.data, { version: conflict.theirs.version });
    },
  };
}
