import type { ComponentProps, ReactNode } from "react";

// Text inputs, selects and text areas look alike: full width under their
// label in a form, or compact where they sit in a row (filters, tables).
const FULL = "mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2";
const COMPACT = "rounded border border-neutral-400 bg-white px-2 py-1";

type Sized = { compact?: boolean };
const classOf = ({ compact, className }: Sized & { className?: string }) => [compact ? COMPACT : FULL, className].filter(Boolean).join(" ");

export const Input = ({ compact, className, ...props }: ComponentProps<"input"> & Sized) => <input {...props} className={classOf({ compact, className })} />;

export const TextArea = ({ compact, className, ...props }: ComponentProps<"textarea"> & Sized) => <textarea {...props} className={classOf({ compact, className })} />;

export interface Option {
  value: string | number;
  label: string;
}

/** Choices named by a table: options(ROLES, m.roles). */
export const options = <K extends string>(values: readonly K[], labels: Record<K, string>): Option[] => values.map((value) => ({ value, label: labels[value] }));

/** A select's choices; `empty` is a first choice with the value "" (none, any, choose…). */
export function Options({ items, empty }: { items: readonly Option[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={item.value} value={item.value}>
          {item.label}
        </option>
      ))}
    </>
  );
}

type Choices = { items?: readonly Option[]; empty?: string };

/** A select of `items` (or of its own children: option groups). */
export const Select = ({ compact, className, items, empty, children, ...props }: ComponentProps<"select"> & Sized & Choices) => (
  <select {...props} className={classOf({ compact, className })}>
    {items ? <Options items={items} empty={empty} /> : children}
  </select>
);

/** A control inside its label, the label's words above it (filters, settings). */
export const Labelled = ({ label, className = "block", children }: { label: string; className?: string; children: ReactNode }) => (
  <label className={className}>
    {label}
    {children}
  </label>
);
