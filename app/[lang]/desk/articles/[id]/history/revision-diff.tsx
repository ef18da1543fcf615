import type { Messages } from "@/lib/i18n/messages";
import type { FieldDiff, Segment } from "@/lib/revisions/diff";

/** The text of one field with insertions in green, deletions in red and long unchanged stretches as "…". */
function Segments({ segments, omitted }: { segments: Segment[]; omitted: string }) {
  return (
    <p className="whitespace-pre-wrap break-words leading-7">
      {segments.map((s, i) =>
        s.kind === "gap" ? (
          <span key={i} className="px-1 text-neutral-500">
            <span aria-hidden="true">…</span>
            <span className="sr-only">{omitted}</span>
          </span>
        ) : s.kind === "ins" ? (
          <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900">
            {s.text}
          </ins>
        ) : s.kind === "del" ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-800">
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

interface Props {
  fields: FieldDiff[];
  labels: Record<FieldDiff["field"], string>;
  heading: string;
  messages: Messages;
}

/** Every text field of the two versions; fields empty in both are left out. */
export function RevisionDiff({ fields, labels, heading, messages: m }: Props) {
  const shown = fields.filter((f) => f.segments.length > 0);
  const anyChange = fields.some((f) => f.changed);
  return (
    <section aria-labelledby="diff-heading" className="mb-8 max-w-3xl" data-testid="revision-diff">
      <h2 id="diff-heading" className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      {!anyChange && <p className="mb-3 text-sm text-neutral-700">{m.revisions.noChanges}</p>}
      <dl className="divide-y divide-neutral-200 rounded border border-neutral-300">
        {shown.map((f) => (
          <div key={f.field} className="grid gap-1 p-3 sm:grid-cols-[7rem_1fr]" data-testid={`diff-${f.field}`}>
            <dt className="text-sm font-medium text-neutral-700">
              {labels[f.field]}
              {!f.changed && <span className="block text-xs font-normal text-neutral-600">{m.revisions.unchanged}</span>}
            </dt>
            <dd className={f.changed ? "" : "text-neutral-600"}>
              <Segments segments={f.segments} omitted={m.revisions.omitted} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
