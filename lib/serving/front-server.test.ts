import type { IncomingMessage } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { READER_POLICY, staffPolicy } from "./content-security";
import { createReaderFinisher, isReaderRequest } from "./front-server";

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as IncomingMessage;

describe("isReaderRequest", () => {
  it("takes reader pages in either language", () => {
    for (const url of ["/", "/zh-CN", "/en/articles/x?utm=1", "/sections/a/page/2", "/feed.xml"]) expect(isReaderRequest(request("GET", url))).toBe(true);
    expect(isReaderRequest(request("HEAD", "/"))).toBe(true);
  });

  it("leaves the desk, sign-in, actions, assets, media, the API and React's own requests to Next", () => {
    for (const url of ["/desk", "/en/desk/review", "/login", "/zh-CN/login", "/_next/static/a.js", "/media/1/640", "/api/health"]) {
      expect(isReaderRequest(request("GET", url))).toBe(false);
    }
    expect(isReaderRequest(request("POST", "/"))).toBe(false);
    expect(isReaderRequest(request("GET", "/", { rsc: "1" }))).toBe(false);
  });
});

describe("the reader-page finisher", () => {
  const html = `<html><head><script src="/_next/a.js"></script></head><body>${"<p>开发区新闻</p>".repeat(100)}<script>self.__next_f.push([1])</script></body></html>`;

  it("drops scripts only under a policy that forbids them, and gzips", () => {
    const finish = createReaderFinisher();
    const reader = finish(null, Buffer.from(html), "text/html; charset=utf-8", READER_POLICY);
    expect(reader.body.toString()).not.toContain("<script");
    expect(gunzipSync(reader.gzip!).toString()).toBe(reader.body.toString());

    const staff = finish(null, Buffer.from(html), "text/html; charset=utf-8", staffPolicy("n", false));
    expect(staff.body.toString()).toContain("<script");
  });

  it("finishes each cached version once", () => {
    const finish = createReaderFinisher();
    const first = finish("/\n\"v1\"", Buffer.from(html), "text/html", READER_POLICY);
    expect(finish("/\n\"v1\"", Buffer.from("anything"), "text/html", READER_POLICY)).toBe(first);
    expect(finish("/\n\"v2\"", Buffer.from(html), "text/html", READER_POLICY)).not.toBe(first);
  });

  it("asks for a 404 when the page says it found nothing (page-status.ts), and only then", () => {
    const finish = createReaderFinisher();
    const missing = `<html><head><meta name="copydesk-status" content="404"/></head><body><h1>找不到这个页面</h1>${"<p>x</p>".repeat(80)}</body></html>`;
    expect(finish(null, Buffer.from(missing), "text/html", READER_POLICY).status).toBe(404);
    expect(finish(null, Buffer.from(html), "text/html", READER_POLICY).status).toBeNull();
    // Words in an article, or the marker inside the framework's script payload, are not the marker.
    const mentions = `<html><body><p>&lt;meta name="copydesk-status" content="404"&gt;</p><script>self.__next_f.push([1,"<meta name=\"copydesk-status\" content=\"404\"/>"])</script></body></html>`;
    expect(finish(null, Buffer.from(mentions), "text/html", READER_POLICY).status).toBeNull();
  });

  it("does not gzip what is too small or not text", () => {
    const finish = createReaderFinisher();
    expect(finish(null, Buffer.from("<p>x</p>"), "text/html", READER_POLICY).gzip).toBeNull();
    expect(finish(null, Buffer.alloc(4096), "image/webp", undefined).gzip).toBeNull();
  });
});
