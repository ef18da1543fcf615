// Signed-in staff sessions for the benchmarks, as cookie headers.
import { readFileSync } from "node:fs";

export const DEMO_PASSWORD = "copydesk-demo";
export const DEMO_STAFF = ["reporter@copydesk.test", "editor@copydesk.test", "chief@copydesk.test", "admin@copydesk.test"];

const pairs = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Signs in through Auth.js's credentials callback, the route the login action ends in. */
export async function signIn(base: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const session = await trySignIn(base, email, password);
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session;
}

/** The same attempt, answering the session cookie, or null when refused (a wrong password, a limit). */
export async function trySignIn(base: string, email: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = pairs(csrf);
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
  });
  return pairs(login).find((c) => c.startsWith("authjs.session-token=") || c.startsWith("__Secure-authjs.session-token=")) ?? null;
}

/** The cookie header of a session Playwright saved (e2e/.auth/<role>.json). */
export function cookieFromStorageState(file: string): string {
  const state = JSON.parse(readFileSync(file, "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
