// The device cookie (OWASP, "Slow down online guessing attacks with device
// cookies"): a browser that has signed in to an account before carries a
// token saying so, signed with a key derived from AUTH_SECRET. Such a browser
// is not refused by the per-address limit — a newsroom behind one NAT address
// keeps signing in while someone in the building guesses — but the
// per-account limit still applies to it, and a token for one account does
// nothing for another (lib/auth/throttle.ts, docs/decisions/0032).
import { createHmac, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "copydesk-device";
/** How long a browser stays known without signing in again. */
export const DEVICE_MAX_AGE_S = 365 * 24 * 60 * 60;
// A shared desk computer: the last few accounts signed in on it each keep theirs.
const MAX_ACCOUNTS = 5;

const key = (secret: string) => createHmac("sha256", secret).update("copydesk device cookie").digest();
const sign = (secret: string, email: string, issued: number) => createHmac("sha256", key(secret)).update(`${email}\n${issued}`).digest("base64url");

interface Token {
  email: string;
  issued: number;
}

function read(token: string, secret: string, now: Date): Token | null {
  const [encoded = "", issuedText = "", signature = ""] = token.split(".");
  const issued = Number(issuedText);
  if (!/^\d{1,12}$/.test(issuedText) || !signature) return null;
  const email = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(sign(secret, email, issued));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const age = now.getTime() / 1000 - issued;
  return age >= 0 && age <= DEVICE_MAX_AGE_S ? { email, issued } : null;
}

const write = (secret: string, { email, issued }: Token) => `${Buffer.from(email).toString("base64url")}.${issued}.${sign(secret, email, issued)}`;

function tokens(cookie: string | undefined, secret: string, now: Date): Token[] {
  if (!cookie) return [];
  return cookie
    .split("~")
    .slice(0, MAX_ACCOUNTS)
    .map((token) => read(token, secret, now))
    .filter((token): token is Token => !!token);
}

/** The accounts (emails, lower-cased) this cookie vouches for; none for a missing, forged or expired one. */
export function knownAccounts(cookie: string | undefined, secret: string, now = new Date()): string[] {
  return tokens(cookie, secret, now).map((token) => token.email);
}

/** The cookie's new value after a successful sign-in to `email`: its token renewed, the other accounts' kept. */
export function rememberAccount(cookie: string | undefined, email: string, secret: string, now = new Date()): string {
  const renewed = { email, issued: Math.floor(now.getTime() / 1000) };
  const others = tokens(cookie, secret, now).filter((token) => token.email !== email);
  return [renewed, ...others]
    .slice(0, MAX_ACCOUNTS)
    .map((token) => write(secret, token))
    .join("~");
}
