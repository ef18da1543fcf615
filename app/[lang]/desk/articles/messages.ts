import type { Messages } from "@/lib/i18n/messages";

/** The catalog's parts the article editor uses: all the page sends to the browser for it. */
export const EDITOR_MESSAGES = ["fields", "editor", "actions", "validation", "contributorRoles", "credits", "myDesk", "results", "proofread"] as const;
export type EditorMessages = Pick<Messages, (typeof EDITOR_MESSAGES)[number]>;

/** The workflow panel's parts: its moves, the layout fields and their choices. */
export const WORKFLOW_MESSAGES = ["workflow", "fields", "actions", "placements", "articleTypes"] as const;
export type WorkflowMessages = Pick<Messages, (typeof WORKFLOW_MESSAGES)[number]>;
