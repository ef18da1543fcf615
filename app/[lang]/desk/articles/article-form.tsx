"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Editor } from "@tiptap/core";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/status";
import type { ArticleFormValues } from "@/lib/articles/form-values";
import type { StaffOption } from "@/lib/articles/staff";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { validationMessage } from "@/lib/i18n/messages";
import { plainToRichText } from "@/lib/rich-text/from-text";
import type { RichDoc } from "@/lib/rich-text/schema";
import { articleFieldsSchema, type ArticleFields, type ArticleFieldsInput } from "@/lib/validation/article";
import { BodyEditor } from "./body-editor";
import { BylineEditor } from "./byline-editor";
import { ConflictView } from "./conflict-view";
import { BodyCounts } from "./counts";
import type { EditorMessages } from "./messages";
import { ProofPanel, type ProofreadSetup } from "./proofread/panel";
import { RestorePrompt } from "./restore-prompt";
import { SaveStateLine } from "./save-state";
import { useUnsent } from "./unsent";
import { useArticleSave } from "./use-article-save";

interface Props {
  messages: EditorMessages;
  locale: Locale;
  /** The newsroom's time zone, for "Saved at 10:42". */
  timeZone: string;
  initial: ArticleFormValues;
  /** Absent for a new article; its version comes from the VersionProvider. */
  article?: { id: string; status: ArticleStatus };
  saveLabel: string;
  /** A published article: saving publishes a correction with a public note (更正). */
  correction?: boolean;
  userId: string;
  /** Accounts a byline contributor may be linked to. */
  staff: StaffOption[];
  initialByline: { zh: string; en: string };
  /** The proofreading panel's data; absent where the panel is not shown. */
  proofread?: ProofreadSetup;
}

export function ArticleForm({ messages: m, locale, timeZone, initial, article, saveLabel, correction = false, userId, staff, initialByline, proofread }: Props) {
  const [correctionNote, setCorrectionNote] = useState("");
  const form = useForm<ArticleFieldsInput, unknown, ArticleFields>({ resolver: zodResolver(articleFieldsSchema), defaultValues: initial });
  const { register, control, handleSubmit, formState, setValue } = form;
  const editing = useArticleSave({ form, messages: m, initial, article, correction, correctionNote, userId });
  const { saver, conflict } = editing;
  const [bodyEditor, setBodyEditor] = useState<Editor | null>(null);
  // A new article is saved (as autosave would) before anything is remembered for it.
  const articleIdNow = async () => {
    if (article) return article.id;
    if (!saver.id()) await saver.flush();
    return saver.id() ?? undefined;
  };
  const unsent = useUnsent(saver.storageKey(), initial as unknown as Record<string, unknown>, article ? saver.version() : undefined);
  const error = (name: FieldPath<ArticleFieldsInput>) => {
    let node: unknown = formState.errors;
    for (const part of name.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: string } | undefined)?.message;
    return message ? validationMessage(m, message) : undefined;
  };

  const line = (name: "kicker" | "headline" | "subheadline" | "dateline", className?: string) => (
    <Field label={m.fields[name]} error={error(name)} name={name}>
      {(props) => <Input {...props} {...register(name)} className={className} />}
    </Field>
  );

  const restore = () => {
    const taken = unsent.take();
    if (!taken) return;
    editing.replaceText(taken.fields);
    // Typed over a version someone has since replaced: choose in the conflict view.
    if (taken.stale) saver.conflict(taken.fields);
    else saver.restored();
  };

  return (
    <form
      onSubmit={(event) => {
        saver.hold(); // this Save replaces the autosave a blur just scheduled
        void handleSubmit((fields) => editing.save(fields))(event);
      }}
      onBlurCapture={() => saver.soon()}
      noValidate
      className="max-w-3xl space-y-4"
    >
      {unsent.unsent && <RestorePrompt entry={unsent.unsent} messages={m.editor} locale={locale} timeZone={timeZone} onRestore={restore} onDiscard={unsent.discard} />}
      {conflict && (
        <ConflictView
          key={conflict.theirs.version}
          mine={conflict.mine}
          theirs={conflict.theirs.values}
          messages={m.editor}
          pending={editing.pending}
          onKeepMine={editing.keepMine}
          onTakeTheirs={editing.takeTheirs}
          onMerge={(body) => editing.merge({ ...form.getValues(), body, bodyJson: plainToRichText(body) })}
        />
      )}
      {line("kicker")}
      {line("headline", "text-lg font-semibold")}
      {line("subheadline")}
      {line("dateline", "max-w-xs")}

      <BylineEditor form={form} messages={m} staff={staff} error={error} initialPreview={initialByline} />

      <Field label={m.fields.summary} error={error("summary")} name="summary">
        {(props) => <TextArea {...props} {...register("summary")} rows={2} />}
      </Field>
      <BodyEditor
        key={editing.bodyKey}
        initial={form.getValues("bodyJson") as RichDoc}
        label={m.fields.body}
        hint={m.editor.bodyHint}
        error={error("body") ?? error("bodyJson")}
        messages={m.editor}
        articleId={saver.id}
        autoFocus={editing.focusBody}
        onEditor={setBodyEditor}
        onChange={(doc, text) => {
          setValue("bodyJson", doc, { shouldDirty: true });
          setValue("body", text, { shouldDirty: true });
        }}
      />
      <BodyCounts control={control} messages={m} />
      {proofread && <ProofPanel messages={m} editor={bodyEditor} form={form} articleId={articleIdNow} {...proofread} />}

      {correction && (
        <Field label={m.fields.correctionNote} name="correctionNote" error={editing.status?.fieldErrors?.correctionNote}>
          {(props) => <TextArea {...props} value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} rows={2} />}
        </Field>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={editing.pending}>
          {editing.pending ? m.actions.working : saveLabel}
        </Button>
        <StatusMessage failed={editing.status?.ok === false}>{editing.status?.text}</StatusMessage>
        <SaveStateLine state={editing.state} messages={m.editor} locale={locale} timeZone={timeZone} />
      </div>
    </form>
  );
}
