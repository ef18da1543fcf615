// Calling a server action over HTTP exactly as the browser does: a POST to
// the page with the action's id in `Next-Action` and the arguments as a JSON
// array in a text/plain body; the answer is React's flight format, whose
// row 1 is the action's return value (row 0 points at it).
import { readFileSync } from "node:fs";
import path from "node:path";

interface Manifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

/** The id Next gave an exported action at build time (.next/server/server-reference-manifest.json). */
export function actionId(filename: string, exportedName: string, root = process.cwd()): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === filename && a.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}: build the app first (npx next build)`);
  return found[0];
}

export function actionRequest(base: string, pagePath: string, cookie: string, id: string, args: unknown[]) {
  return {
    url: `${base}${pagePath}`,
    init: {
      method: "POST",
      headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie, origin: base },
      body: JSON.stringify(args),
    } satisfies RequestInit,
  };
}

/** The action's return value from a flight response; null when there is none (an error page). */
export function actionResult<T>(flight: string): T | null {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = root?.a?.startsWith("$@") ? root.a.slice(2) : null;
    return ref ? (JSON.parse(rows.get(ref) ?? "null") as T) : null;
  } catch {
    return null;
  }
}

export async function callAction<T>(base: string, pagePath: string, cookie: string, id: string, args: unknown[]): Promise<{ status: number; result: T | null }> {
  const { url, init } = actionRequest(base, pagePath, cookie, id, args);
  const response = await fetch(url, init);
  return { status: response.status, result: actionResult<T>(await response.text()) };
}
