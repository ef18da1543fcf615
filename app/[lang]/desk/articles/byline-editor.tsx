"use client";

import { useState } from "react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { creditChoices, roleChoices } from "@/components/desk/contributor-choices";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/section";
import type { StaffOption } from "@/lib/articles/staff";
import { fill } from "@/lib/i18n/messages";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";
import { BylinePreview } from "./byline-preview";
import { ToolbarIcon } from "./toolbar-icons";
import type { EditorMessages } from "./messages";

interface Props {
  form: UseFormReturn<ArticleFieldsInput, unknown, ArticleFields>;
  messages: EditorMessages;
  staff: StaffOption[];
  error: (name: `contributors.${number}.name` | "contributors") => string | undefined;
  initialPreview: { zh: string; en: string };
}

/** The ordered byline (署名): drag a row by its handle, or use Move up / Move down from the keyboard. */
export function BylineEditor({ form, messages: m, staff, error, initialPreview }: Props) {
  const { register, control, getValues, setValue } = form;
  const contributors = useFieldArray({ control, name: "contributors" });
  const [dragged, setDragged] = useState<number | null>(null);
  const last = contributors.fields.length - 1;

  const linkStaff = (index: number, userId: string) => {
    // Choosing an account fills an empty name with theirs.
    const person = staff.find((s) => s.id === userId);
    if (person && !getValues(`contributors.${index}.name`)) setValue(`contributors.${index}.name`, person.name, { shouldDirty: true });
  };

  return (
    <Fieldset legend={m.fields.contributors}>
      <p className="text-xs text-neutral-600">{m.editor.dragHint}</p>
      {contributors.fields.map((field, index) => (
        <div
          key={field.id}
          role="group"
          aria-label={fill(m.editor.contributor, { n: index + 1 })}
          onDragOver={(e) => dragged !== null && e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            if (dragged !== null && dragged !== index) contributors.move(dragged, index);
            setDragged(null);
          }}
          className={`flex gap-1 rounded border border-neutral-200 p-2 ${dragged === index ? "opacity-50" : ""}`}
        >
          <span
            draggable
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = "move";
              setDragged(index);
            }}
            onDragEnd={() => setDragged(null)}
            aria-hidden="true"
            className="mt-6 cursor-grab select-none text-neutral-500"
          >
            <ToolbarIcon name="drag" />
          </span>
          <div className="min-w-0 flex-1">
            {/* As many columns as fit at 10rem or more each: a phone stacks the fields, a desk sets them three abreast, never a cut-off name or choice. */}
            <div className="grid gap-x-3 [grid-template-columns:repeat(auto-fit,minmax(10rem,1fr))]">
              <Field label={m.fields.contributorName} error={error(`contributors.${index}.name`)} name={`contributors.${index}.name`}>
                {(props) => <Input {...props} {...register(`contributors.${index}.name`)} />}
              </Field>
              <Field label={m.fields.contributorRole} name={`contributors.${index}.role`}>
                {(props) => <Select {...props} {...register(`contributors.${index}.role`)} items={roleChoices(m)} />}
              </Field>
              <Field label={m.fields.contributorCredit} name={`contributors.${index}.credit`}>
                {(props) => <Select {...props} {...register(`contributors.${index}.credit`, { setValueAs: (v) => v || null })} items={creditChoices(m)} empty={m.credits.none} />}
              </Field>
            </div>
            {/* People's names run to any length the accounts allow: the staff account has a row of its own, the whole width. */}
            <Field label={m.editor.staffAccount} name={`contributors.${index}.userId`}>
              {(props) => <Select {...props} {...register(`contributors.${index}.userId`, { setValueAs: (v) => v || null, onChange: (e) => linkStaff(index, e.target.value) })} items={staff.map((person) => ({ value: person.id, label: person.name }))} empty={m.editor.noStaffAccount} />}
            </Field>
            <div className="flex flex-wrap justify-end gap-1">
              <Button type="button" disabled={index === 0} onClick={() => contributors.move(index, index - 1)} variant="quiet" size="tight">
                {m.editor.moveUp}
              </Button>
              <Button type="button" disabled={index === last} onClick={() => contributors.move(index, index + 1)} variant="quiet" size="tight">
                {m.editor.moveDown}
              </Button>
              <Button type="button" onClick={() => contributors.remove(index)} variant="quiet" size="tight">
                {m.actions.removeContributor}
              </Button>
            </div>
          </div>
        </div>
      ))}
      {error("contributors") && <p className="text-sm text-red-700">{error("contributors")}</p>}
      <Button type="button" onClick={() => contributors.append({ name: "", role: "REPORTER", credit: "TEXT", userId: null })} variant="secondary" size="xs">
        {m.actions.addContributor}
      </Button>
      <BylinePreview control={control} messages={m.editor} initial={initialPreview} />
    </Fieldset>
  );
}
