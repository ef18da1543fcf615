"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/control";
import { StatusMessage } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";
import { fill } from "@/lib/i18n/messages";
import type { DeskMove } from "@/lib/workflow/transitions";
import { approveArticle, publishArticle, recallArticle, replaceArticle, retractArticle, returnArticle, scheduleArticle, spikeArticle, submitArticle } from "../actions";
import type { WorkflowMessages } from "../messages";
import { useArticleVersion } from "../version-context";
import { LayoutFields, type LayoutDefaults } from "./layout-fields";
import { NoteForm } from "./note-form";

interface Props {
  messages: WorkflowMessages;
  articleId: string;
  allowed: DeskMove[];
  sections: { id: string; name: string }[];
  layout: LayoutDefaults;
  /** The stage the article waits at, by name (初审 …), when it is in review. */
  stageName: string | null;
  /** One review stage: "approve and publish" is one step. */
  singleStage: boolean;
  /** Why the sign-off form is not offered although the person could sign this stage otherwise (the 三审 rule), if so. */
  signOffRule?: string | null;
  /** Proofreading still to do before publishing (三校), and the override's label for whoever may give one. */
  proofreading?: { blocked: string | null; overrideLabel: string | null };
}

type Action = (input: unknown) => Promise<ActionResult<{ version: number }>>;

/** The moves this person may make now, straight from the transition table. */
export function WorkflowPanel({ messages: m, articleId, allowed, sections, layout, stageName, singleStage, signOffRule, proofreading }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ form: string; outcome: ActionResult<{ version: number }> } | null>(null);
  const { setVersion, beforeAction } = useArticleVersion();
  if (allowed.length === 0 && !signOffRule) return null;

  const run = (form: string, action: Action, data: FormData) =>
    startTransition(async () => {
      // What was typed since the last autosave goes first, so "Submit" sends the text on screen.
      const version = await beforeAction();
      const outcome = await action({ ...Object.fromEntries(data), id: articleId, version });
      setResult({ form, outcome });
      if (outcome.ok) {
        setVersion(outcome.data.version);
        router.refresh();
      }
    });
  const error = (form: string, field: string) => (result?.form === form && !result.outcome.ok ? result.outcome.fieldErrors?.[field] : undefined);
  const has = (name: DeskMove) => allowed.includes(name);

  return (
    <section aria-label={m.workflow.reviewTitle} className="space-y-5 rounded border border-neutral-300 bg-white p-4">
      {has("submit") && (
        <form action={(data) => run("submit", submitArticle, data)}>
          <Button type="submit" disabled={pending} className="w-full">
            {m.actions.submit}
          </Button>
        </form>
      )}
      {has("recall") && (
        <form action={(data) => run("recall", recallArticle, data)} className="space-y-1">
          <h2 className="font-medium">{m.workflow.recallTitle}</h2>
          <p className="text-sm text-neutral-600">{m.workflow.recallHint}</p>
          <Button type="submit" disabled={pending} variant="secondary" className="w-full">
            {m.actions.recall}
          </Button>
        </form>
      )}
      {signOffRule && (
        <p role="note" className="text-sm text-neutral-700" data-testid="sign-off-rule">
          {signOffRule}
        </p>
      )}
      {has("approve") && !singleStage && (
        <NoteForm id="approve" title={fill(m.workflow.signOffTitle, { stage: stageName ?? "" })} label={m.fields.opinion} button={m.actions.signOff} pending={pending} error={error("approve", "note")} onSubmit={(data) => run("approve", approveArticle, data)} />
      )}
      {(has("publish") || has("schedule")) && (
        <form action={(data) => run("publish", publishArticle, data)} className="space-y-2">
          <h2 className="font-medium">{m.workflow.publishTitle}</h2>
          <LayoutFields messages={m} sections={sections} defaults={layout} sectionError={error("publish", "sectionId") ?? error("schedule", "sectionId")} />
          {proofreading?.blocked && (
            <p className="text-sm text-red-800" data-testid="proof-blocked">
              {proofreading.blocked}
            </p>
          )}
          {proofreading?.blocked && proofreading.overrideLabel && (
            <label className="block text-sm">
              {proofreading.overrideLabel}
              <TextArea name="proofOverride" rows={2} />
            </label>
          )}
          <Button type="submit" disabled={pending} variant="positive" className="w-full">
            {singleStage ? m.actions.approvePublish : m.actions.publishNow}
          </Button>
          <label className="block text-sm">
            {m.fields.publishAt}
            <Input type="datetime-local" step={1} name="publishAt" aria-describedby="publish-at-error" />
          </label>
          <p id="publish-at-error" className="text-sm text-red-700">
            {error("schedule", "publishAt")}
          </p>
          <Button type="submit" formAction={(data) => run("schedule", scheduleArticle, data)} disabled={pending} variant="positiveOutline" className="w-full">
            {m.actions.schedule}
          </Button>
        </form>
      )}
      {has("replace") && (
        <form action={(data) => run("replace", replaceArticle, data)} className="space-y-2">
          <h2 className="font-medium">{m.workflow.replaceTitle}</h2>
          <p className="text-sm text-neutral-600">{m.workflow.replaceHint}</p>
          <LayoutFields messages={m} sections={sections} defaults={layout} sectionError={error("replace", "sectionId")} />
          <Button type="submit" disabled={pending} variant="secondary" className="w-full">
            {m.actions.replace}
          </Button>
        </form>
      )}
      {has("return") && (
        <NoteForm id="return" title={m.workflow.returnTitle} label={m.fields.note} button={m.actions.returnToReporter} tone="danger" pending={pending} error={error("return", "note")} onSubmit={(data) => run("return", returnArticle, data)} />
      )}
      {has("spike") && (
        <NoteForm id="spike" title={m.workflow.spikeTitle} label={m.fields.spikeNote} button={m.actions.spike} tone="danger" pending={pending} error={error("spike", "note")} onSubmit={(data) => run("spike", spikeArticle, data)} />
      )}
      {has("retract") && (
        <NoteForm id="retract" title={m.workflow.retractTitle} label={m.fields.retractNote} button={m.actions.retract} tone="danger" pending={pending} error={error("retract", "note")} onSubmit={(data) => run("retract", retractArticle, data)} />
      )}
      <StatusMessage failed={result?.outcome.ok === false}>{result?.outcome.message}</StatusMessage>
    </section>
  );
}
