// The importer's notes, reasons and confidence explanations are message keys
// (lib/i18n/messages, `importNotes`), so the desk shows them in the editor's
// language. The library itself stays free of any language.

import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type NoteKey = keyof Messages["importNotes"];

export interface ImportNote {
  key: NoteKey;
  /** Placeholders of the message, e.g. the fragment's text. */
  values?: Record<string, string | number>;
}

export function note(key: NoteKey, values?: Record<string, string | number>): ImportNote {
  return values ? { key, values } : { key };
}

/** The note in the reader's language. */
export function noteText(messages: Pick<Messages, "importNotes">, n: ImportNote): string {
  const template: string = messages.importNotes[n.key];
  const values = n.values ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in values ? String(values[k]) : whole));
}
