"use client";

// A new article's first Save moves the page to the article's own address, and
// the form there replaces this one. What was typed in the meantime — and
// where the cursor was — is handed from the form that goes to the form that
// comes, in the same commit, so it stays in the editor and is saved rather
// than set aside as "unsent changes". Kept in sessionStorage (this tab only),
// so a move that failed half-way and is retried, even by a reload, still finds it.
import { useLayoutEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Autosaver } from "@/lib/autosave/autosaver";
import type { FormSnapshot } from "@/lib/autosave/queue";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";

interface HandOver {
  fields: FormSnapshot;
  /** The version the text was typed over, as the form that goes knew it. */
  baseVersion: number | null;
  /** "body", or the name of the field that had the cursor. */
  focus: string | null;
}

const key = (userId: string, articleId: string) => `copydesk:handover:${userId}:${articleId}`;

function focusedField(): string | null {
  const active = document.activeElement;
  if (!active) return null;
  if (active.closest(".ProseMirror")) return "body";
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active.name || null : null;
}

interface Options {
  userId: string;
  articleId: string | undefined;
  form: UseFormReturn<ArticleFieldsInput, unknown, ArticleFields>;
  saver: Autosaver;
  /** The version the page was drawn with. */
  pageVersion: number | undefined;
  setVersion: (version: number) => void;
  /** Puts new text in the form and remounts the body editor with it. */
  replaceText: (values: FormSnapshot) => void;
}

export function useHandOver({ userId, articleId, form, saver, pageVersion, setVersion, replaceText }: Options) {
  /** Set by the Save that created the article, as the page moves to its address. */
  const moving = useRef<string | null>(null);
  const [focusBody, setFocusBody] = useState(false);
  const latest = useRef({ form, saver });
  useLayoutEffect(() => {
    latest.current = { form, saver };
  });

  // Layout effects: the form that goes writes (as it is removed) before the
  // form that comes reads (as it is added), in the same commit, before any
  // further keystroke is handled.
  useLayoutEffect(() => {
    if (articleId) {
      let taken: HandOver | null = null;
      try {
        taken = JSON.parse(sessionStorage.getItem(key(userId, articleId)) ?? "null") as HandOver | null;
        sessionStorage.removeItem(key(userId, articleId));
        // The copy the other form kept on the device is this text, or older: not "unsent changes" to offer back.
        if (taken) localStorage.removeItem(saver.storageKey());
      } catch {
        // No storage: nothing was handed over.
      }
      if (taken?.fields) {
        replaceText(taken.fields);
        if (taken.baseVersion && taken.baseVersion > (pageVersion ?? 0)) setVersion(taken.baseVersion);
        // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage exists only in the browser, after mount
        if (taken.focus === "body") setFocusBody(true);
        else if (taken.focus) {
          const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(taken.focus)}"]`);
          input?.focus();
          input?.setSelectionRange(input.value.length, input.value.length);
        }
        saver.handedIn();
      }
    }
    return () => {
      const to = moving.current;
      if (!to) return;
      const { form: leaving, saver: leavingSaver } = latest.current;
      try {
        sessionStorage.setItem(key(userId, to), JSON.stringify({ fields: leaving.getValues(), baseVersion: leavingSaver.version() ?? null, focus: focusedField() } satisfies HandOver));
        leavingSaver.handedOver();
      } catch {
        // No storage: the device's copy (kept as the form is left) is offered back instead.
      }
    };
    // Once, as the form comes and goes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    /** Call before moving the page to the new article's address. */
    moveTo: (id: string) => void (moving.current = id),
    /** The body editor takes the cursor when it comes up (the text was being typed there). */
    focusBody,
  };
}
