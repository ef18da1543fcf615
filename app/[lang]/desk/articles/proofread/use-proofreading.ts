"use client";

import type { Editor } from "@tiptap/core";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { FieldIgnore } from "@/lib/proofread/article/check";
import { bodyMarks, setBodyMarks } from "@/lib/proofread/marks";
import type { WordMatcher } from "@/lib/proofread/words/matcher";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";
import type { LineField, Lines, Snapshot } from "./engine";

type Engine = typeof import("./engine");
export type ArticleFormApi = UseFormReturn<ArticleFieldsInput, unknown, ArticleFields>;

// Checking waits for a pause in typing: a check of 10,000 characters takes
// a few milliseconds (BENCHMARKS.md), but a keystroke should never wait for one.
const PAUSE_MS = 250;

interface Options {
  editor: Editor | null;
  form: ArticleFormApi;
  photoCaptions: string[];
  /** The word lists' version as the page was drawn (lib/proofread/words/load.ts). */
  wordsVersion: string;
  ignores: FieldIgnore[];
}

interface Words {
  version: string;
  matcher?: WordMatcher;
  failed: boolean;
}

/**
 * Checks the article in the browser as it is typed: the checker loaded
 * after the editor, the word lists fetched (cached by version) and compiled
 * once, a check after each pause in typing, the body's findings underlined.
 */
export function useProofreading({ editor, form, photoCaptions, wordsVersion, ignores }: Options) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [fetched, setFetched] = useState<Words | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // An empty list ("0-…") needs no request.
  const empty = wordsVersion.startsWith("0-");
  const wordsReady = empty || fetched?.version === wordsVersion;
  const words = empty ? undefined : fetched?.matcher;

  // The panel reads and fixes the form's lines as a person would type them.
  const lines: Lines = useMemo(
    () => ({
      get: (field: LineField) => form.getValues(field) ?? "",
      set: (field: LineField, value: string) => form.setValue(field, value, { shouldDirty: true }),
    }),
    [form],
  );

  // The latest inputs, for the check that runs after the pause.
  const latest = useRef({ editor, lines, photoCaptions, ignores, words, engine });
  useEffect(() => {
    latest.current = { editor, lines, photoCaptions, ignores, words, engine };
  });

  useEffect(() => {
    let live = true;
    void import("./engine").then((loaded) => live && setEngine(loaded));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!engine || empty) return;
    let live = true;
    fetch(`/api/proofread/words?v=${encodeURIComponent(wordsVersion)}`, { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((list: { entries: Parameters<Engine["compileEntries"]>[0] }) => {
        if (!live) return;
        // Compiled once per version of the lists, off the typing path (and measured for the benchmark).
        const started = performance.now();
        const matcher = engine.compileEntries(list.entries);
        performance.measure("proofread:compile-words", { start: started, end: performance.now() });
        setFetched({ version: wordsVersion, matcher, failed: false });
      })
      .catch(() => live && setFetched({ version: wordsVersion, failed: true }));
    return () => {
      live = false;
    };
  }, [engine, empty, wordsVersion]);

  const run = useCallback(() => {
    const { editor: e, lines: l, photoCaptions: photos, ignores: kept, words: matcher, engine: en } = latest.current;
    // While an input method composes a character the view is left alone; its end is an update, which checks again.
    if (!e || !en || e.isDestroyed || e.view.composing) return;
    const started = performance.now();
    const next = en.check(e, l, photos, matcher, kept);
    e.view.dispatch(setBodyMarks(e.state, bodyMarks(next.body, next.check.open.filter((f) => f.field === "body"))));
    // Measured for the benchmark (bench/proofread.ts): the check and its underlines.
    performance.measure("proofread:check", { start: started, end: performance.now() });
    startTransition(() => setSnapshot(next));
  }, []);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, PAUSE_MS);
  }, [run]);

  useEffect(() => {
    if (!editor || !engine || !wordsReady) return;
    editor.on("update", schedule);
    const subscription = form.watch((_, { name }) => {
      if (name === "kicker" || name === "headline" || name === "subheadline") schedule();
    });
    return () => {
      editor.off("update", schedule);
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [editor, engine, wordsReady, form, schedule]);

  // Ready, or what the article keeps changed: check at once (after this render's inputs are in `latest`).
  useEffect(() => {
    if (editor && engine && wordsReady) schedule();
  }, [editor, engine, wordsReady, words, ignores, photoCaptions, schedule]);

  return { engine, snapshot, lines, words, wordsFailed: !empty && !!fetched?.failed, recheck: run };
}
