"use client";

import type { Editor } from "@tiptap/core";
import { useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { StatusMessage } from "@/components/ui/status";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { ArticleFinding } from "@/lib/proofread/article/check";
import type { StoredIgnore } from "@/lib/proofread/article/ignores";
import type { RuleId } from "@/lib/proofread/rules";
import { docRange, type PlainBody } from "@/lib/rich-text/positions";
import { ignoreFindingAction, unignoreFindingAction } from "../[id]/proofread-actions";
import { FindingGroup } from "./finding-group";
import { IgnoredList } from "./ignored-list";
import { useProofreading, type ArticleFormApi } from "./use-proofreading";

export type ProofMessages = Pick<Messages, "proofread">;

export interface ProofreadSetup {
  wordsVersion: string;
  ignores: StoredIgnore[];
  photoCaptions: string[];
  /** May decide that a finding stays (policy "proofread:ignore"). */
  canIgnore: boolean;
}

interface Props extends ProofreadSetup {
  messages: ProofMessages;
  editor: Editor | null;
  form: ArticleFormApi;
  /** The article an ignore is remembered for: a new one is saved first. */
  articleId: () => Promise<string | undefined>;
}

/** Where the article page keeps a place for the panel beside the form. */
export const PANEL_SLOT_ID = "proofread-panel";

// Each rule lists this many findings; fixing or ignoring shows the next.
const SHOWN = 8;

/**
 * The proofreading panel: findings grouped by rule with their fixes, Fix,
 * Fix all of this kind and Ignore (with a reason, kept for the article),
 * the counts and the errors per 10,000 characters. It lives in the form (it
 * edits the form's text) and is drawn in the page's side column.
 */
export function ProofPanel({ messages: m, editor, form, articleId, wordsVersion, ignores: initialIgnores, photoCaptions, canIgnore }: Props) {
  const [ignores, setIgnores] = useState(initialIgnores);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // The page's place for the panel, once there is a document to look in.
  const slot = useSyncExternalStore(noSubscription, findSlot, noSlot);
  const { engine, snapshot, lines, words, wordsFailed, recheck } = useProofreading({ editor, form, photoCaptions, wordsVersion, ignores });
  const p = m.proofread.panel;

  const done = (count: number) => {
    setStatus(count ? { ok: true, text: fill(p.fixedCount, { count }) } : null);
    recheck();
  };
  const fix = (f: ArticleFinding) => editor && engine && done(engine.fixOne(editor, lines, f) ? 1 : 0);
  const fixKind = (rule: RuleId) => editor && engine && done(engine.fixKind(editor, lines, rule, words, ignores));
  const ignore = async (f: ArticleFinding, scope: "occurrence" | "everywhere", reason: string) => {
    const id = await articleId();
    if (!id || !snapshot || !engine) return false;
    const around = engine.ignoreFor(snapshot.textOf(f.field, f.index), f, "occurrence");
    const result = await ignoreFindingAction({ articleId: id, field: f.field, rule: f.rule, match: f.match, scope, before: around.before ?? "", after: around.after ?? "", reason });
    setStatus({ ok: result.ok, text: result.ok ? (result.message ?? "") : (result.fieldErrors?.reason ?? result.message) });
    if (result.ok) setIgnores((kept) => [...kept, result.data]);
    return result.ok;
  };
  const unignore = async (id: string) => {
    const article = await articleId();
    if (!article) return;
    const result = await unignoreFindingAction({ articleId: article, id });
    setStatus({ ok: result.ok, text: result.message ?? "" });
    if (result.ok) setIgnores((kept) => kept.filter((i) => i.id !== id));
  };

  const open = snapshot?.check.open ?? [];
  const errors = open.filter((f) => f.severity === "error").length;
  const groups = engine ? engine.RULE_IDS.map((rule) => ({ rule, findings: open.filter((f) => f.rule === rule) })).filter((g) => g.findings.length > 0) : [];

  const panel = (
    <section aria-labelledby="proofread-title" data-testid="proofread-panel" className="space-y-3 rounded border border-neutral-300 bg-white p-4 text-sm">
      <h2 id="proofread-title" className="font-medium">
        {p.title}
      </h2>
      {!snapshot || !engine ? (
        <p className="text-neutral-600">{p.loading}</p>
      ) : (
        <>
          <p data-testid="proof-summary">{fill(p.summary, { errors, warnings: open.length - errors })}</p>
          <p data-testid="proof-rate" className={snapshot.check.rate.perTenThousand > 3 ? "text-red-800" : "text-neutral-700"}>
            {fill(p.rate, { rate: snapshot.check.rate.perTenThousand.toFixed(1) })}
          </p>
          {wordsFailed && <p className="text-red-800">{p.wordsFailed}</p>}
          {groups.length === 0 && <p className="text-neutral-600">{p.none}</p>}
          {groups.map(({ rule, findings }) => (
            <FindingGroup
              key={rule}
              rule={rule}
              findings={findings}
              shown={SHOWN}
              engine={engine}
              snapshot={snapshot}
              messages={m}
              canIgnore={canIgnore}
              onFix={fix}
              onFixKind={fixKind}
              onIgnore={ignore}
              onShow={(f) => f.field === "body" && editor && show(editor, snapshot.body, f)}
            />
          ))}
          <IgnoredList ignores={ignores} count={snapshot.check.ignored.length} messages={m} canIgnore={canIgnore} onUnignore={unignore} />
        </>
      )}
      <StatusMessage failed={status?.ok === false}>{status?.text}</StatusMessage>
    </section>
  );
  return slot ? createPortal(panel, slot) : panel;
}

const noSubscription = () => () => {};
const findSlot = () => document.getElementById(PANEL_SLOT_ID);
const noSlot = () => null;

/** Selects a body finding in the editor and brings it into view. */
function show(editor: Editor, body: PlainBody, f: ArticleFinding) {
  const range = docRange(body, f.start, f.end);
  if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
}
