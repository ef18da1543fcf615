"use client";

import { StatusLine, useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import type { Messages } from "@/lib/i18n/messages";
import { changeSectionSlugAction, moveSectionAction, renameSectionAction } from "./actions";

interface Props {
  messages: Messages["sections"];
  section: { id: string; slug: string; nameZh: string; nameEn: string; oldSlugs: string[] };
  first: boolean;
  last: boolean;
}

/** One section: rename, move, change slug. Labels are aria-labels: every row has the same fields. */
export function SectionRow({ messages: m, section, first, last }: Props) {
  const { pending, result, run } = useDeskAction();
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
          <Input compact name="nameZh" aria-label={m.nameZh} lang="zh-CN" defaultValue={section.nameZh} required className="w-28" />
          <Input compact name="nameEn" aria-label={m.nameEn} lang="en" defaultValue={section.nameEn} required className="w-40" />
          <Button type="submit" disabled={pending} variant="secondary" size="xs">
            {m.rename}
          </Button>
        </form>
      </td>
      <td className="space-x-1 py-2 pr-3 whitespace-nowrap">
        <Button type="button" disabled={pending || first} onClick={() => move("up")} variant="secondary" size="xs">
          {m.moveUp}
        </Button>
        <Button type="button" disabled={pending || last} onClick={() => move("down")} variant="secondary" size="xs">
          {m.moveDown}
        </Button>
      </td>
      <td className="py-2">
        <form action={(data) => run(() => changeSectionSlugAction({ id: section.id, slug: data.get("slug") }))} className="flex gap-2">
          <Input compact name="slug" aria-label={m.slug} defaultValue={section.slug} required className="w-40" />
          <Button type="submit" disabled={pending} variant="secondary" size="xs">
            {m.changeSlug}
          </Button>
        </form>
        <StatusLine result={result} />
      </td>
    </tr>
  );
}
