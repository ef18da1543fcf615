import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { RevisionHistory } from "@/lib/revisions/list";
import { RestoreButton } from "./restore-button";

interface Props {
  history: RevisionHistory;
  /** May the viewer edit the article now (and so restore)? */
  canRestore: boolean;
  locale: Locale;
  timeZone: string;
  messages: Messages;
}

/** Every revision, newest first; any older text can be restored as a new version. */
export function RevisionList({ history, canRestore, locale, timeZone, messages: m }: Props) {
  const { article, revisions } = history;
  const current = revisions[0];
  if (!current) return <p className="text-neutral-600">{m.revisions.empty}</p>;
  return (
    <table className="w-full max-w-4xl border-collapse text-sm">
      <thead>
        <tr className="border-b border-neutral-300 text-left text-neutral-600">
          <th className="py-2 pr-3 font-medium">{m.revisions.versionColumn}</th>
          <th className="py-2 pr-3 font-medium">{m.revisions.kind}</th>
          <th className="py-2 pr-3 font-medium">{m.revisions.author}</th>
          <th className="py-2 pr-3 font-medium">{m.revisions.time}</th>
          <th className="py-2 font-medium">
            <span className="sr-only">{m.revisions.restore}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.id} className="border-b border-neutral-200" data-testid={`revision-${r.version}`}>
            <td className="py-2 pr-3 font-medium">
              {fill(m.revisions.version, { n: r.version })}
              {r.id === current.id && <span className="ml-2 rounded bg-neutral-100 px-1.5 py-0.5 text-xs font-normal">{m.revisions.current}</span>}
            </td>
            <td className="py-2 pr-3">{m.revisions.kinds[r.kind]}</td>
            <td className="py-2 pr-3">{r.author.name}</td>
            <td className="py-2 pr-3 text-neutral-600">{formatDateTime(r.createdAt, locale, timeZone)}</td>
            <td className="py-2">
              {/* The current text needs no restoring, nor does an older one identical to it. */}
              {canRestore && r.textHash !== current.textHash && (
                <RestoreButton articleId={article.id} revisionId={r.id} version={article.version} label={m.revisions.restore} working={m.actions.working} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
