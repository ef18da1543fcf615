import { Input, Labelled, options, Select } from "@/components/ui/control";
import type { ArticleType, Placement } from "@/lib/generated/prisma/enums";
import type { WorkflowMessages } from "../messages";

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
export function LayoutFields({ messages: m, sections, defaults, sectionError }: { messages: WorkflowMessages; sections: { id: string; name: string }[]; defaults: LayoutDefaults; sectionError?: string }) {
  return (
    <div className="grid grid-cols-2 gap-2 text-sm">
      <label className="col-span-2 block">
        {m.fields.section}
        <Select name="sectionId" defaultValue={defaults.sectionId ?? ""} aria-invalid={!!sectionError} aria-describedby="section-error" items={sections.map((s) => ({ value: s.id, label: s.name }))} empty={m.actions.chooseSection} />
      </label>
      <p id="section-error" className="col-span-2 text-red-700">
        {sectionError}
      </p>
      <Labelled label={m.fields.placement}><Select name="placement" defaultValue={defaults.placement} items={options(PLACEMENTS, m.placements)} /></Labelled>
      <Labelled label={m.fields.type}><Select name="type" defaultValue={defaults.type} items={options(TYPES, m.articleTypes)} /></Labelled>
      <Labelled label={m.fields.editionDate} className="col-span-2 block"><Input type="date" name="editionDate" defaultValue={defaults.editionDate ?? ""} /></Labelled>
      <Labelled label={m.fields.pageNumber}><Input type="number" min={1} max={99} name="pageNumber" defaultValue={defaults.pageNumber ?? ""} /></Labelled>
      <Labelled label={m.fields.pageName}><Input name="pageName" defaultValue={defaults.pageName ?? ""} /></Labelled>
    </div>
  );
}
