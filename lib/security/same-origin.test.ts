import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { refuseCrossSite } from "./refuse-cross-site";
import { crossSiteVerdict, isCrossSite } from "./same-origin";

const h = (values: Record<string, string>) => new Headers(values);

describe("crossSiteVerdict", () => {
  it("never refuses a safe method, whatever the headers say", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(isCrossSite(method, h({ origin: "https://evil.example", host: "paper.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    }
  });

  it("accepts an Origin naming the host the request came to", () => {
    expect(crossSiteVerdict("POST", h({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe("same-site");
    expect(crossSiteVerdict("POST", h({ origin: "https://Paper.Example", host: "paper.example" }))).toBe("same-site");
  });

  it("accepts the host a proxy forwarded", () => {
    expect(crossSiteVerdict("POST", h({ origin: "https://paper.example", host: "10.0.0.2:3000", "x-forwarded-host": "paper.example, 10.0.0.1" }))).toBe("same-site");
  });

  it("refuses a foreign Origin, another port, 'null' and garbage", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:9999", "null", "not a url", "", "https://paper.example.evil.example"]) {
      expect(crossSiteVerdict("POST", h({ origin, host: "paper.example" })), origin).toBe("foreign-origin");
    }
    // A foreign Origin wins over a same-origin Sec-Fetch-Site (which cannot both be true from a browser).
    expect(crossSiteVerdict("DELETE", h({ origin: "https://evil.example", host: "paper.example", "sec-fetch-site": "same-origin" }))).toBe("foreign-origin");
  });

  it("refuses no Origin with Sec-Fetch-Site: cross-site, and allows other no-Origin requests", () => {
    expect(crossSiteVerdict("POST", h({ host: "paper.example", "sec-fetch-site": "cross-site" }))).toBe("cross-site-fetch");
    expect(crossSiteVerdict("PUT", h({ host: "paper.example", "sec-fetch-site": " Cross-Site " }))).toBe("cross-site-fetch");
    for (const site of ["same-origin", "same-site", "none"]) {
      expect(crossSiteVerdict("POST", h({ host: "paper.example", "sec-fetch-site": site })), site).toBe("same-site");
    }
    // curl, the scheduler's own call: no browser, no forgery.
    expect(crossSiteVerdict("POST", h({ host: "paper.example" }))).toBe("same-site");
  });

  it("refuses a request without an Origin when one is required, saying which refusal it is", () => {
    const strict = { requireOrigin: true };
    expect(crossSiteVerdict("POST", h({ host: "paper.example" }), strict)).toBe("no-origin");
    expect(crossSiteVerdict("POST", h({ host: "paper.example", "sec-fetch-site": "same-origin" }), strict)).toBe("no-origin");
    expect(crossSiteVerdict("POST", h({ host: "paper.example", "sec-fetch-site": "cross-site" }), strict)).toBe("cross-site-fetch");
    expect(crossSiteVerdict("POST", h({ origin: "http://localhost:3000", host: "localhost:3000" }), strict)).toBe("same-site");
    expect(crossSiteVerdict("POST", h({ origin: "https://paper.example", host: "10.0.0.2:3000", "x-forwarded-host": "paper.example" }), strict)).toBe("same-site");
    expect(crossSiteVerdict("POST", h({ origin: "null", host: "paper.example" }), strict)).toBe("foreign-origin");
    expect(crossSiteVerdict("GET", h({ host: "paper.example" }), strict)).toBe("same-site");
  });

  it("refuses a request without any host to compare with", () => {
    expect(crossSiteVerdict("POST", h({ origin: "https://paper.example" }))).toBe("foreign-origin");
  });
});

describe("refuseCrossSite", () => {
  it("answers 403 and the reader's sentence, or lets the request go on", async () => {
    const forged = new Request("http://paper.example/en/desk", { method: "POST", headers: { origin: "https://evil.example", host: "paper.example" } });
    const response = refuseCrossSite(forged, en);
    expect(response?.status).toBe(403);
    expect(await response?.text()).toBe(en.errors.cross_site);
    expect(refuseCrossSite(new Request("http://paper.example/en/desk", { method: "POST", headers: { origin: "http://paper.example", host: "paper.example" } }), en)).toBeNull();
  });
});
