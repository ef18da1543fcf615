// Server actions called over HTTP as Next's client calls them: a POST to a
// page with the action's id in `Next-Action` and the arguments encoded as
// React's encodeReply encodes them (a JSON string for plain values, a
// multipart form when an argument is a FormData). The answer is an RSC
// stream whose row 0 points at the action's return value.

export type Arg = unknown | FormData;

/** encodeReply's escaping of plain values: a string starting with "$" gets one more. */
const escape = (_key: string, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value);

export function encodeArgs(args: Arg[]): { body: string | FormData; contentType?: string } {
  const forms = args.filter((a): a is FormData => a instanceof FormData);
  if (forms.length === 0) return { body: JSON.stringify(args, escape), contentType: "text/plain;charset=UTF-8" };
  // Each FormData argument becomes "$K<n>" in the root row; its fields are sent as "<n>_<name>".
  const body = new FormData();
  let next = 1;
  const root = args.map((arg) => {
    if (!(arg instanceof FormData)) return arg;
    const id = next++;
    for (const [name, value] of arg.entries()) body.append(`${id}_${name}`, value);
    return `$K${id.toString(16)}`;
  });
  body.set("0", JSON.stringify(root, (key, value) => (typeof value === "string" && value.startsWith("$K") ? value : escape(key, value))));
  return { body };
}

/** The rows of an RSC answer, by id; only JSON rows are read (all an action result needs). */
function rows(text: string): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!match) continue;
    try {
      byId.set(match[1]!, JSON.parse(match[2]!));
    } catch {
      // A text or error row: not an action result.
    }
  }
  return byId;
}

/** The action's return value, or undefined when the answer carries none (a redirect, an error). */
export function actionResult(text: string): unknown {
  const all = rows(text);
  const root = all.get("0") as { a?: unknown } | undefined;
  if (!root || typeof root.a !== "string" || !root.a.startsWith("$@")) return undefined;
  return all.get(root.a.slice(2));
}

/**
 * What a refusal must carry: a non-empty sentence for the person. Actions
 * answer { ok: false, message } (staffAction) or { message } (the login form).
 */
export function refusalWithoutMessage(result: unknown): boolean {
  if (result === null || typeof result !== "object") return false;
  const r = result as { ok?: unknown; message?: unknown };
  const refused = r.ok === false || ("ok" in r === false && "message" in r);
  return refused && !(typeof r.message === "string" && r.message.trim().length > 0);
}
