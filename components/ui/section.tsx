import { useId, type ComponentProps, type ReactNode } from "react";

/** A form in its own box, named by its heading (so it is found as a form by that name). */
export function FormSection({ title, className, children, ...props }: ComponentProps<"form"> & { title: string }) {
  const titleId = useId();
  return (
    <form {...props} aria-labelledby={titleId} className={["space-y-3 rounded border border-neutral-300 bg-white p-4", className].filter(Boolean).join(" ")}>
      <h2 id={titleId} className="font-medium">
        {title}
      </h2>
      {children}
    </form>
  );
}

/** Related fields in a thin box under a small legend. */
export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    // min-w-0: a fieldset is at least as wide as its content by default, which pushes a phone's page sideways.
    <fieldset className="min-w-0 space-y-2 rounded border border-neutral-300 p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * A part of a page named by its heading (found as a region by that name);
 * `level` for a part inside another.
 */
export function Panel({ title, titleClassName = "font-medium", level = 2, className, children, ...props }: ComponentProps<"section"> & { title: string; titleClassName?: string; level?: 2 | 3 | 4 }) {
  const titleId = useId();
  const Heading = `h${level}` as const;
  return (
    <section {...props} aria-labelledby={titleId} className={className}>
      <Heading id={titleId} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
