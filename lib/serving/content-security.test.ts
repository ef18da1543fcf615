import { describe, expect, it } from "vitest";
import { forbidsScripts, isStaffPath, makeNonce, READER_POLICY, staffPolicy } from "./content-security";

describe("content security policies", () => {
  it("tells staff pages from reader pages by path", () => {
    for (const path of ["/desk", "/desk/articles/1", "/login"]) expect(isStaffPath(path)).toBe(true);
    for (const path of ["/", "/articles/desk-news", "/sections/desk", "/loginx", "/search"]) expect(isStaffPath(path)).toBe(false);
  });

  it("forbids every script on reader pages, framing everywhere", () => {
    expect(READER_POLICY).toContain("script-src 'none'");
    expect(READER_POLICY).not.toContain("unsafe-inline'; script");
    expect(forbidsScripts(READER_POLICY)).toBe(true);
    for (const policy of [READER_POLICY, staffPolicy("abc", false)]) {
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
    }
  });

  it("lets only nonce-bearing scripts run on staff pages, never inline or eval in production", () => {
    const policy = staffPolicy("n0nce", false);
    const script = policy.split("; ").find((directive) => directive.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(forbidsScripts(policy)).toBe(false);
    expect(staffPolicy("n0nce", true)).toContain("'unsafe-eval'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
