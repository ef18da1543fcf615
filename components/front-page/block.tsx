import type { ReactNode } from "react";

/** A block of the page under its heading and the red rule (报红). */
export function Block({ id, title, href, titleLang, children }: { id: string; title: string; href?: string; titleLang?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} lang={titleLang} className="border-b-2 border-[var(--color-press)] pb-1 font-sans text-lg font-bold text-[var(--color-press)]">
        {href ? (
          <a href={href} className="hover:underline">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      {children}
    </section>
  );
}

// Whole class names, so Tailwind finds them: as many columns as stories, up to four.
const WIDE_COLUMNS = ["lg:grid-cols-1", "lg:grid-cols-1", "lg:grid-cols-2", "lg:grid-cols-3", "lg:grid-cols-4"];

/** Stories side by side on wide screens, with thin column rules between them. */
export function Columns({ count, children }: { count: number; children: ReactNode }) {
  const wide = WIDE_COLUMNS[Math.min(count, 4)];
  return <div className={`mt-3 grid gap-y-5 sm:grid-cols-2 ${wide} lg:divide-x lg:divide-neutral-300 [&>*]:lg:px-4 [&>*:first-child]:lg:pl-0`}>{children}</div>;
}
