import type { Confidence } from "@/lib/import";
import { noteText } from "@/lib/import/notes";
import type { ImportMessages } from "./messages";

const PILL = {
  read: "bg-neutral-200 text-neutral-800",
  guessed: "bg-amber-200 text-amber-950",
} as const;

/**
 * Whether the importer read a field from a mark on the page or guessed it
 * from a line's shape, and why, in the editor's language. Nothing for a card
 * the editor made by splitting: the importer said nothing about it.
 */
export function ConfidenceMark({ messages: m, confidence }: { messages: Pick<ImportMessages, "importConfidence" | "importNotes">; confidence: Confidence | undefined }) {
  if (!confidence) return null;
  return (
    <span className="block">
      <span className={`rounded px-1 font-medium ${PILL[confidence.how]}`}>{m.importConfidence[confidence.how]}</span> {noteText(m, { key: confidence.reason })}
    </span>
  );
}
