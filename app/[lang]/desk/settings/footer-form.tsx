"use client";

import { StatusLine, useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n/messages";
import type { FooterSettings } from "@/lib/settings";
import { saveFooter } from "./actions";

/** The reader pages' footer: copyright lines, ICP number and link, contacts. */
export function FooterForm({ messages: m, initial }: { messages: Pick<Messages, "footerSettings">; initial: FooterSettings }) {
  const { pending, result, run, fieldError } = useDeskAction();
  const f = m.footerSettings;
  const field = (name: keyof FooterSettings, label: string, hint?: string) => (
    <Field label={label} name={`footer-${name}`} hint={hint} error={fieldError(name)}>
      {(props) => <Input {...props} name={name} defaultValue={initial[name]} />}
    </Field>
  );
  return (
    <form action={(data) => run(() => saveFooter(Object.fromEntries(data)))} className="max-w-2xl space-y-3 text-sm" aria-labelledby="footer-settings">
      <h2 id="footer-settings" className="font-medium">
        {f.title}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {field("copyrightZh", f.copyrightZh, f.copyrightHint)}
        {field("copyrightEn", f.copyrightEn)}
        {field("icpNumber", f.icpNumber, f.icpNumberHint)}
        {field("icpUrl", f.icpUrl, f.icpUrlHint)}
        {field("contact", f.contact)}
        {field("reportContact", f.reportContact)}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {f.save}
        </Button>
        <StatusLine result={result} />
      </div>
    </form>
  );
}
