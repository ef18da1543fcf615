"use client";

import { useRef } from "react";
import { useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { FormActions } from "@/components/ui/status";
import type { Messages } from "@/lib/i18n/messages";
import { createSectionAction } from "./actions";

export function CreateSectionForm({ messages: m }: { messages: Messages["sections"] }) {
  const form = useRef<HTMLFormElement>(null);
  const { pending, result, run, fieldError } = useDeskAction();
  return (
    <FormSection ref={form} title={m.createTitle} action={(data) => run(() => createSectionAction(Object.fromEntries(data)), () => form.current?.reset())}>
      <div className="flex flex-wrap gap-3">
        <Field label={m.slug} name="slug" hint={m.slugHint} error={fieldError("slug")}>
          {(props) => <Input {...props} name="slug" required pattern="[a-z0-9\-]+" />}
        </Field>
        <Field label={m.nameZh} name="nameZh" error={fieldError("nameZh")}>
          {(props) => <Input {...props} name="nameZh" lang="zh-CN" required />}
        </Field>
        <Field label={m.nameEn} name="nameEn" error={fieldError("nameEn")}>
          {(props) => <Input {...props} name="nameEn" lang="en" required />}
        </Field>
      </div>
      <FormActions failed={result?.ok === false} status={result?.message}>
        <Button type="submit" disabled={pending}>{m.create}</Button>
      </FormActions>
    </FormSection>
  );
}
