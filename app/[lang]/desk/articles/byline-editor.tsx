"use client";

import { useState } from "react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import type { StaffOption } from "@/lib/articles/staff";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { ArticleFields, ArticleFieldsInput } from "@/lib/validation/article";
import { BylinePreview } from "./byline-preview";
import { Field, inputClass } from "./field";

interface Props {
  form: UseFormReturn<ArticleFieldsInput, unknown, ArticleFields>;
  messages: Messages;
  staff: StaffOption[];
  error: (name: `contributors.${number}.name` | "contributors") => string | undefined;
  initialPreview: { zh: string; en: string };
}

const ROLES = ["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER"] as const;
const CREDITS = ["TEXT", "PHOTO", "TEXT_AND_PHOTO"] as const;
const small = "rounded px-2 py-1 text-sm text-neutral-700 hover:bg-neutral-200 disabled:opacity-40";

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
    <fieldset className="space-y-2 rounded border border-neutral-300 p-3">
      <legend className="px-1 text-sm font-medium">{m.fields.contributors}</legend>
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
          className={`flex flex-wrap items-end gap-2 rounded p-1 ${dragged === index ? "opacity-50" : ""}`}
        >
          <span
            draggable
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = "move";
              setDragged(index);
            }}
            onDragEnd={() => setDragged(null)}
            aria-hidden="true"
            className="mb-2 cursor-grab select-none px-1 text-neutral-500"
          >
            ⠿
          </span>
          <Field label={m.fields.contributorName} error={error(`contributors.${index}.name`)} name={`contributors.${index}.name`}>
            {(props) => <input {...props} {...register(`contributors.${index}.name`)} className={inputClass} />}
          </Field>
          <Field label={m.fields.contributorRole} name={`contributors.${index}.role`}>
            {(props) => (
              <select {...props} {...register(`contributors.${index}.role`)} className={inputClass}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {m.contributorRoles[role]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m.fields.contributorCredit} name={`contributors.${index}.credit`}>
            {(props) => (
              <select {...props} {...register(`contributors.${index}.credit`, { setValueAs: (v) => v || null })} className={inputClass}>
                <option value="">{m.credits.none}</option>
                {CREDITS.map((credit) => (
                  <option key={credit} value={credit}>
                    {m.credits[credit]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m.editor.staffAccount} name={`contributors.${index}.userId`}>
            {(props) => (
              <select
                {...props}
                {...register(`contributors.${index}.userId`, { setValueAs: (v) => v || null, onChange: (e) => linkStaff(index, e.target.value) })}
                className={inputClass}
              >
                <option value="">{m.editor.noStaffAccount}</option>
                {staff.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="mb-1 flex gap-1">
            <button type="button" disabled={index === 0} onClick={() => contributors.move(index, index - 1)} className={small}>
              {m.editor.moveUp}
            </button>
            <button type="button" disabled={index === last} onClick={() => contributors.move(index, index + 1)} className={small}>
              {m.editor.moveDown}
            </button>
            <button type="button" onClick={() => contributors.remove(index)} className={small}>
              {m.actions.removeContributor}
            </button>
          </div>
        </div>
      ))}
      {error("contributors") && <p className="text-sm text-red-700">{error("contributors")}</p>}
      <button
        type="button"
        onClick={() => contributors.append({ name: "", role: "REPORTER", credit: "TEXT", userId: null })}
        className="rounded border border-neutral-400 px-3 py-1 text-sm hover:bg-neutral-100"
      >
        {m.actions.addContributor}
      </button>
      <BylinePreview control={control} messages={m.editor} initial={initialPreview} />
    </fieldset>
  );
}
