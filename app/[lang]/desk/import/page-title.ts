import { fill } from "@/lib/i18n/messages";
import type { DeskPage } from "@/lib/import/desk-pages";
import type { ImportMessages } from "./messages";

/** 第02版 经济 → "Page 2: 经济"; a text without a header → "Page 1 (no page header)". */
export function pageTitle(m: Pick<ImportMessages, "import">, page: Pick<DeskPage, "label">, index: number): string {
  if (!page.label) return fill(m.import.pageUnlabelled, { n: index + 1 });
  const { number, name } = page.label;
  return name ? fill(m.import.pageLabel, { number, name }) : fill(m.import.pageNumberOnly, { number });
}
