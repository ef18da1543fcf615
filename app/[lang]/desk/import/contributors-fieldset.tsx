"use client";

import type { ReactNode } from "react";
import { creditChoices, roleChoices } from "@/components/desk/contributor-choices";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/control";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/section";
import type { ContributorRole, Credit } from "@/lib/import";
import type { ImportCard } from "@/lib/import/edit";
import type { ImportMessages } from "./messages";

type Contributor = ImportCard["contributors"][number];

interface Props {
  messages: Pick<ImportMessages, "fields" | "actions" | "contributorRoles" | "credits">;
  cardKey: string;
  contributors: Contributor[];
  /** Whether the importer read the byline or guessed it. */
  mark?: ReactNode;
  /** This article's errors; contributor ones are "contributors.0.name". */
  errors: Record<string, string>;
  onChange: (contributors: Contributor[]) => void;
}

/** The byline's people: name, role and credit each; add and remove. */
export function ContributorsFieldset({ messages: m, cardKey, contributors, mark, errors, onChange }: Props) {
  const set = (index: number, patch: Partial<Contributor>) =>
    onChange(contributors.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <Fieldset legend={m.fields.contributors}>
      {mark && <div className="text-xs text-neutral-600">{mark}</div>}
      {contributors.map((contributor, index) => {
        const name = `${cardKey}.contributors.${index}`;
        return (
          <div key={index} className="flex flex-wrap items-end gap-2">
            <Field label={m.fields.contributorName} name={`${name}.name`} error={errors[`contributors.${index}.name`]}>
              {(props) => <Input {...props} value={contributor.name} onChange={(e) => set(index, { name: e.target.value })} />}
            </Field>
            <Field label={m.fields.contributorRole} name={`${name}.role`}>
              {(props) => <Select {...props} value={contributor.role} onChange={(e) => set(index, { role: e.target.value as ContributorRole })} items={roleChoices(m)} />}
            </Field>
            <Field label={m.fields.contributorCredit} name={`${name}.credit`}>
              {(props) => <Select {...props} value={contributor.credit ?? ""} onChange={(e) => set(index, { credit: (e.target.value || null) as Credit | null })} items={creditChoices(m)} empty={m.credits.none} />}
            </Field>
            <Button type="button" onClick={() => onChange(contributors.filter((_, i) => i !== index))} variant="quiet" size="tight" className="mb-1">
              {m.actions.removeContributor}
            </Button>
          </div>
        );
      })}
      <Button type="button" onClick={() => onChange([...contributors, { name: "", role: "REPORTER", credit: "TEXT" }])} variant="secondary" size="xs">
        {m.actions.addContributor}
      </Button>
    </Fieldset>
  );
}
