// The battery's plumbing: the actions the build has, calling one over HTTP,
// running many requests a few at a time, and recording what went wrong.
import { readFileSync } from "node:fs";
import { actionResult, encodeArgs, refusalWithoutMessage, type Arg } from "./fuzz-wire";

export interface ManifestAction {
  id: string;
  /** "<source file>#<exported name>", the key of ACTION_MODELS. */
  key: string;
}

/**
 * Every server action of the build, from .next/server/server-reference-manifest.json.
 * Each entry names its source file and export, so the key is stable across builds.
 */
export function manifestActions(manifestPath = ".next/server/server-reference-manifest.json"): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, key: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}` }));
}

export interface Problem {
  what: string;
  status: number;
  detail: string;
}

export class Tally {
  requests = 0;
  byStatus = new Map<number, number>();
  problems: Problem[] = [];

  count(status: number) {
    this.requests++;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  get serverErrors() {
    return [...this.byStatus].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  }

  problem(what: string, status: number, detail: unknown) {
    // Enough of the input and the answer to reproduce it; a huge string is cut.
    const text = typeof detail === "string" ? detail : JSON.stringify(detail);
    this.problems.push({ what, status, detail: text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text });
  }
}

export interface ActionCall {
  base: string;
  page: string;
  actionId: string;
  args: Arg[];
  cookie?: string;
  /** Extra headers; undefined removes one (e.g. Origin, for a request without it). */
  headers?: Record<string, string | undefined>;
}

/** One action call as the browser makes it (same Origin, the session's cookie). */
export async function callAction({ base, page, actionId, args, cookie, headers = {} }: ActionCall) {
  const { body, contentType } = encodeArgs(args);
  const all: Record<string, string | undefined> = {
    Accept: "text/x-component",
    "Next-Action": actionId,
    Origin: base,
    ...(contentType ? { "Content-Type": contentType } : {}),
    ...(cookie ? { Cookie: cookie } : {}),
    ...headers,
  };
  const sent = Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await fetch(`${base}${page}`, { method: "POST", redirect: "manual", headers: sent, body });
  const text = await response.text();
  return { status: response.status, text, result: actionResult(text) };
}

/**
 * What the battery asserts of every action answer: no 5xx; a 4xx (our
 * refusals before the action: 403 cross-site, 413 too large) says why; a
 * refusal in the result has a sentence.
 */
export function checkActionAnswer(tally: Tally, what: string, input: unknown, answer: { status: number; text: string; result: unknown }) {
  tally.count(answer.status);
  if (answer.status >= 500) tally.problem(`${what}: ${answer.status}`, answer.status, { input, answer: answer.text.slice(0, 300) });
  else if (answer.status >= 400 && answer.text.trim() === "") tally.problem(`${what}: ${answer.status} without a message`, answer.status, { input });
  else if (refusalWithoutMessage(answer.result)) tally.problem(`${what}: refusal without a message`, answer.status, { input, result: answer.result });
}

/** Runs jobs `concurrency` at a time: a few requests in flight, as a busy desk makes them. */
export async function pool<T>(items: T[], concurrency: number, job: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await job(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
