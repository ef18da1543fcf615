import type { Messages } from "@/lib/i18n/messages";

/** The catalog's parts the import desk uses: all the page sends to the browser for it. */
export const IMPORT_MESSAGES = ["import", "importNotes", "importConfidence", "fields", "errors", "validation", "actions", "contributorRoles", "credits"] as const;
export type ImportMessages = Pick<Messages, (typeof IMPORT_MESSAGES)[number]>;
