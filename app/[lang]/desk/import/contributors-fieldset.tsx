"use client";

import type { ImportCard } from "@/lib/import/edit";
import type { ContributorRole, Credit } from "@/lib/import";
import type { Messages } from "@/lib/i18n/messages";
import { Field, inputClass } from "../articles/field";

const ROLES: ContributorRole[] = ["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER"];
const CREDITS: Credit[] = ["TEXT", "PHOTO", "TEXT_AND_PHOTO"];
type Contributor = ImportCard["contributors"][number];

interface Props {
  messages: Messages;
  cardKey: string;
  contributors: Contributor[];
  /** This article's errors; contributor ones are "contributors.0.name". */
  errors: Record<string, string>;
  onChange: (contributors: Contributor[]) => void;
}

/** The byline's people: name, role and credit each; add and remove. */
export function ContributorsFieldset({ messages: m, cardKey, contributors, errors, onChange }: Props) {
  const set = (index: number, patch: Partial<Contributor>) =>
    onChange(contributors.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <fieldset className="space-y-2 rounded border border-neutral-300 p-3">
      <legend className="px-1 text-sm font-medium">{m.fields.contributors}</legend>
      {contributors.map((contributor, index) => {
        const name = `${cardKey}.contributors.${index}`;
        return (
          <div key={index} className="flex flex-wrap items-end gap-2">
            <Field label={m.fields.contributorName} name={`${name}.name`} error={errors[`contributors.${index}.name`]}>
              {(props) => <input {...props} value={contributor.name} onChange={(e) => set(index, { name: e.target.value })} className={inputClass} />}
            </Field>
            <Field label={m.fields.contributorRole} name={`${name}.role`}>
              {(props) => (
                <select {...props} value={contributor.role} onChange={(e) => set(index, { role: e.target.value as ContributorRole })} className={inputClass}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {m.contributorRoles[role]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={m.fields.contributorCredit} name={`${name}.credit`}>
              {(props) => (
                <select {...props} value={contributor.credit ?? ""} onChange={(e) => set(index, { credit: (e.target.value || null) as Credit | null })} className={inputClass}>
                  <option value="">{m.credits.none}</option>
                  {CREDITS.map((credit) => (
                    <option key={credit} value={credit}>
                      {m.credits[credit]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              onClick={() => onChange(contributors.filter((_, i) => i !== index))}
              className="mb-1 rounded px-2 py-1 text-sm text-neutral-700 hover:bg-neutral-200"
            >
              {m.actions.removeContributor}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...contributors, { name: "", role: "REPORTER", credit: "TEXT" }])}
        className="rounded border border-neutral-400 px-3 py-1 text-sm hover:bg-neutral-100"
      >
        {m.actions.addContributor}
      </button>
    </fieldset>
  );
}
