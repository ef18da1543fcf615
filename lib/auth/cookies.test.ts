// The session cookie's flags, read from the Set-Cookie header of a real
// Auth.js sign-in with our configuration (lib/auth/config.ts).
// Auth.js's core (what next-auth wraps), since next-auth itself needs Next's bundler.
import { Auth } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { describe, expect, it } from "vitest";
import { authConfig, secureCookies } from "./config";

const SECRET = "cookie-test-secret-0123456789abcdefghijklmnop";

/** Signs in through Auth.js's own routes and answers the cookies it set. */
async function signInCookies(origin: string, siteUrl: string | undefined) {
  const config = {
    ...authConfig,
    basePath: "/api/auth",
    secret: SECRET,
    useSecureCookies: secureCookies(siteUrl),
    providers: [Credentials({ credentials: { email: {}, password: {} }, authorize: () => ({ id: "u1", sessionVersion: 0 }) })],
  };
  const csrf = await Auth(new Request(`${origin}/api/auth/csrf`), config);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await Auth(
    new Request(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ csrfToken, email: "reporter@copydesk.test", password: "x" }),
    }),
    config,
  );
  const session = response.headers.getSetCookie().find((c) => /authjs\.session-token=/.test(c));
  expect(session, "a session cookie was set").toBeDefined();
  return session!;
}

const attributes = (cookie: string) =>
  cookie
    .split(";")
    .slice(1)
    .map((a) => a.trim().toLowerCase());

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and not Secure on a plain-http site (the local demo)", async () => {
    const cookie = await signInCookies("http://localhost:3000", "http://localhost:3000");
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(attributes(cookie)).not.toContain("secure");
  });

  it("is Secure with the __Secure- name when SITE_URL is https, even if the request reached us as http (a TLS proxy)", async () => {
    const cookie = await signInCookies("http://10.0.0.5:3000", "https://news.example.com");
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
  });

  it("stays Secure for a request that arrived over https without SITE_URL", async () => {
    const cookie = await signInCookies("https://news.example.com", undefined);
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(attributes(cookie)).toContain("secure");
  });

  it("is decided by the site address", () => {
    expect(secureCookies("https://news.example.com")).toBe(true);
    expect(secureCookies(" HTTPS://news.example.com ")).toBe(true);
    expect(secureCookies("http://localhost:3000")).toBeUndefined();
    expect(secureCookies(undefined)).toBeUndefined();
  });
});
