"use client";

import { StatusLine, useAdminAction } from "@/components/desk/admin-action";
import type { Messages } from "@/lib/i18n/messages";
import { changeSectionSlugAction, moveSectionAction, renameSectionAction } from "./actions";

interface Props {
  messages: Messages["sections"];
  section: { id: string; slug: string; nameZh: string; nameEn: string; oldSlugs: string[] };
  first: boolean;
  last: boolean;
}

const input = "rounded border border-neutral-400 px-2 py-1";
const button = "rounded border border-neutral-400 px-3 py-1 disabled:opacity-60";

/** One section: rename, move, change slug. Labels are aria-labels: every row has the same fields. */
export function SectionRow({ messages: m, section, first, last }: Props) {
  const { pending, result, run } = useAdminAction();
  const move = (direction: "up" | "down") => run(() => moveSectionAction({ id: section.id, direction }));
  return (
    <tr className="border-b border-neutral-200 align-top">
      <td className="py-2 pr-3">
        <code data-testid="slug">{section.slug}</code>
        {section.oldSlugs.length > 0 && (
          <p className="text-xs text-neutral-500">
            {m.oldSlugs}: {section.oldSlugs.join(", ")}
          </p>
        )}
      </td>
      <td className="py-2 pr-3">
        <form action={(data) => run(() => renameSectionAction({ id: section.id, nameZh: data.get("nameZh"), nameEn: data.get("nameEn") }))} className="flex flex-wrap gap-2">
          <input name="nameZh" aria-label={m.nameZh} lang="zh-CN" defaultValue={section.nameZh} required className={`${input} w-28`} />
          <input name="nameEn" aria-label={m.nameEn} lang="en" defaultValue={section.nameEn} required className={`${input} w-40`} />
          <button type="submit" disabled={pending} className={button}>
            {m.rename}
          </button>
        </form>
      </td>
      <td className="space-x-1 py-2 pr-3 whitespace-nowrap">
        <button type="button" disabled={pending || first} onClick={() => move("up")} className={button}>
          {m.moveUp}
        </button>
        <button type="button" disabled={pending || last} onClick={() => move("down")} className={button}>
          {m.moveDown}
        </button>
      </td>
      <td className="py-2">
        <form action={(data) => run(() => changeSectionSlugAction({ id: section.id, slug: data.get("slug") }))} className="flex gap-2">
          <input name="slug" aria-label={m.slug} defaultValue={section.slug} required className={`${input} w-40`} />
          <button type="submit" disabled={pending} className={button}>
            {m.changeSlug}
          </button>
        </form>
        <StatusLine result={result} />
      </td>
    </tr>
  );
}
