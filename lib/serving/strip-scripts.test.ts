import { describe, expect, it } from "vitest";
import { stripScripts } from "./strip-scripts";

describe("stripScripts", () => {
  const page = [
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/css/a.css"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"开发区"}</script>',
    "</head><body><p>正文 &lt;script&gt;alert(1)&lt;/script&gt;</p>",
    '<script>self.__next_f.push([1,"0:{}\\n"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<SCRIPT nomodule src="/polyfills.js"></SCRIPT></body></html>',
  ].join("");

  it("removes the framework's scripts and script preloads", () => {
    const html = stripScripts(page);
    expect(html).not.toMatch(/<script(?![^>]*ld\+json)/i);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("__next_f");
  });

  it("keeps the page: stylesheets, JSON-LD and escaped text", () => {
    const html = stripScripts(page);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"开发区"}</script>');
    expect(html).toContain("<p>正文 &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html.endsWith("</body></html>")).toBe(true);
  });
});
