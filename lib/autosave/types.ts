import type { ArticleFields } from "@/lib/validation/article";
import type { FormSnapshot } from "./queue";

export type SaveState = { kind: "idle" | "dirty" | "saving" | "offline" | "conflict" } | { kind: "saved"; at: Date } | { kind: "error"; message: string };

export type SendOutcome =
  | { ok: true; id: string; version: number }
  | { ok: false; reason: "conflict" }
  | { ok: false; reason: "offline" }
  | { ok: false; reason: "refused"; message: string };

export interface AutosaverOptions {
  userId: string;
  articleId?: string;
  /** Drafts and review copies autosave; corrections and approved articles do not. */
  enabled: boolean;
  /** The text and version the server had when the page loaded. */
  serverValues: FormSnapshot;
  serverVersion?: number;
  /** The version as the rest of the page knows it (workflow moves bump it). */
  pageVersion?: number;
  getValues: () => FormSnapshot;
  storage: () => Pick<Storage, "getItem" | "setItem" | "removeItem">;
  online: () => boolean;
  send: (fields: ArticleFields, id: string | undefined, version: number | undefined, leaving: boolean) => Promise<SendOutcome>;
  beacon: (id: string, fields: ArticleFields, version: number) => void;
  onState: (state: SaveState) => void;
  onSaved: (saved: { id: string; version: number }, wasNew: boolean) => void;
  onConflict: (mine: FormSnapshot) => void;
}
