import type { ReactNode } from "react";

interface FieldProps {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => ReactNode;
}

/**
 * A label, its control and its error message, wired for screen readers: the
 * control gets the id, aria-invalid and aria-describedby (hint, error); the
 * error line is always there and polite, so a new message is announced.
 */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const id = `field-${name.replaceAll(".", "-")}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="block min-w-0 flex-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-neutral-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
