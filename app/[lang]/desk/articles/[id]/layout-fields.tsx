import type { ArticleType, Placement } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import { inputClass } from "../field";

export interface LayoutDefaults {
  sectionId: string | null;
  placement: Placement;
  type: ArticleType;
  editionDate: string | null;
  pageNumber: number | null;
  pageName: string | null;
}

const PLACEMENTS: Placement[] = ["LEAD", "TOP", "STANDARD", "BRIEF"];
const TYPES: ArticleType[] = ["NEWS", "COMMENTARY", "BRIEF", "PHOTO_STORY", "FEATURE"];

/** Section, placement, type, edition date and page: where the story runs. */
export function LayoutFields({ messages: m, sections, defaults, sectionError }: { messages: Messages; sections: { id: string; name: string }[]; defaults: LayoutDefaults; sectionError?: string }) {
  return (
    <div className="grid grid-cols-2 gap-2 text-sm">
      <label className="col-span-2 block">
        {m.fields.section}
        <select name="sectionId" defaultValue={defaults.sectionId ?? ""} className={inputClass} aria-invalid={!!sectionError} aria-describedby="section-error">
          <option value="">{m.actions.chooseSection}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <p id="section-error" className="col-span-2 text-red-700">
        {sectionError}
      </p>
      <label className="block">
        {m.fields.placement}
        <select name="placement" defaultValue={defaults.placement} className={inputClass}>
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>
              {m.placements[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {m.fields.type}
        <select name="type" defaultValue={defaults.type} className={inputClass}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {m.articleTypes[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="col-span-2 block">
        {m.fields.editionDate}
        <input type="date" name="editionDate" defaultValue={defaults.editionDate ?? ""} className={inputClass} />
      </label>
      <label className="block">
        {m.fields.pageNumber}
        <input type="number" min={1} max={99} name="pageNumber" defaultValue={defaults.pageNumber ?? ""} className={inputClass} />
      </label>
      <label className="block">
        {m.fields.pageName}
        <input name="pageName" defaultValue={defaults.pageName ?? ""} className={inputClass} />
      </label>
    </div>
  );
}
