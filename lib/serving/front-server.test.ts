import type { IncomingMessage } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { READER_POLICY, staffPolicy } from "./content-security";
import { COPY_TTL_MS, copyKey, createReaderCopies, createReaderFinisher, isReaderRequest } from "./front-server";
import { expireFrontServerCopies, readerGeneration as readGeneration } from "./purge";

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

  it("does not gzip what is too small or not text", () => {
    const finish = createReaderFinisher();
    expect(finish(null, Buffer.from("<p>x</p>"), "text/html", READER_POLICY).gzip).toBeNull();
    expect(finish(null, Buffer.alloc(4096), "image/webp", undefined).gzip).toBeNull();
  });
});

describe("copyKey", () => {
  it("keys a page by its URL and the language proxy.ts would pick", () => {
    expect(copyKey(request("GET", "/", { "accept-language": "en-GB,en;q=0.9" }))).toBe("en /");
    expect(copyKey(request("GET", "/", { "accept-language": "zh-TW" }))).toBe("zh-CN /");
    expect(copyKey(request("GET", "/?page=2", { cookie: "theme=x; lang=en", "accept-language": "zh-CN" }))).toBe("en /?page=2");
    expect(copyKey(request("GET", "/en/articles/x"))).toBe("zh-CN /en/articles/x");
  });

  it("shares nothing with a signed-in reader", () => {
    for (const cookie of ["authjs.session-token=a", "lang=en; __Secure-authjs.session-token=a", "authjs.session-token.0=a"]) {
      expect(copyKey(request("GET", "/", { cookie }))).toBeNull();
    }
  });
});

describe("the front server's copies", () => {
  const page = { status: 200, headers: { etag: '"v1"' }, finished: { body: Buffer.from("<p>头版</p>"), gzip: null } };

  it("serves a copy for its second, then lets one request refresh it while the others get the old one", () => {
    let now = 0;
    const copies = createReaderCopies(() => now);
    expect(copies.lookup("zh-CN /")).toBeNull();
    copies.keep("zh-CN /", { ...page, generation: readGeneration() });
    expect(copies.lookup("zh-CN /")?.headers.etag).toBe('"v1"');

    now = COPY_TTL_MS;
    expect(copies.lookup("zh-CN /")).toBeNull(); // this one refreshes
    expect(copies.lookup("zh-CN /")?.headers.etag).toBe('"v1"'); // the others: the old copy meanwhile
    copies.keep("zh-CN /", { ...page, headers: { etag: '"v2"' }, generation: readGeneration() });
    expect(copies.lookup("zh-CN /")?.headers.etag).toBe('"v2"');
  });

  it("keeps nothing across a public change, not even what was fetched while it happened", () => {
    const copies = createReaderCopies(() => 0);
    const before = readGeneration();
    copies.keep("zh-CN /", { ...page, generation: before });
    expireFrontServerCopies();
    expect(copies.lookup("zh-CN /")).toBeNull();
    expect(copies.lookup("zh-CN /")).toBeNull(); // no old copy for anyone
    copies.keep("zh-CN /", { ...page, generation: before }); // fetched before the change, answered after
    expect(copies.lookup("zh-CN /")).toBeNull();
  });

  it("drops a copy whose refresh brought nothing to keep", () => {
    let now = 0;
    const copies = createReaderCopies(() => now);
    copies.keep("zh-CN /", { ...page, generation: readGeneration() });
    now = COPY_TTL_MS;
    expect(copies.lookup("zh-CN /")).toBeNull();
    copies.drop("zh-CN /");
    expect(copies.lookup("zh-CN /")).toBeNull();
  });
});
