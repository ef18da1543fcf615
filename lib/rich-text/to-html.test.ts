import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "./sanitize";
import { richTextToHtml } from "./to-html";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const link = (href: string) => p(text("点此", [{ type: "link", attrs: { href } }]));

// Nothing executable may reach a reader's browser, whatever was stored.
const DANGEROUS = /<script|<svg|<iframe|<math|<object|<embed|<style|\son\w+=|javascript:|vbscript:|data:|style=|srcdoc|formaction/i;

describe("richTextToHtml", () => {
  it("renders the editor's structure", () => {
    const html = richTextToHtml(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("小标题")] },
        { type: "heading", attrs: { level: 3 }, content: [text("三级")] },
        p(text("粗", [{ type: "bold" }]), text("斜", [{ type: "italic" }]), { type: "hardBreak" }, text("下一行")),
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("一"))] }] },
        { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [p(text("二"))] }] },
        { type: "blockquote", content: [p(text("引语"))] },
        link("https://example.com/a?b=1"),
        link("mailto:desk@example.com"),
        { type: "figure", attrs: { src: "/media/abc/800", alt: "公园", caption: "图为公园。", credit: "郭坤 摄" } },
      ),
    );
    expect(html).toBe(
      "<h2>小标题</h2><h3>三级</h3><p><strong>粗</strong><em>斜</em><br />下一行</p>" +
        "<ul><li><p>一</p></li></ul><ol><li><p>二</p></li></ol><blockquote><p>引语</p></blockquote>" +
        '<p><a rel="noopener nofollow" href="https://example.com/a?b=1">点此</a></p>' +
        '<p><a rel="noopener nofollow" href="mailto:desk@example.com">点此</a></p>' +
        '<figure><img src="/media/abc/800" alt="公园" /><figcaption>图为公园。 郭坤 摄</figcaption></figure>',
    );
  });

  it("escapes markup typed as text", () => {
    const html = richTextToHtml(doc(p(text('<script>alert(1)</script><img src=x onerror="alert(1)">'))))!;
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<script|<img/);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "jav\tascript:alert(1)",
    "jav\u0000ascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/x",
  ])("refuses the link %j", (href) => {
    expect(richTextToHtml(doc(link(href)))).toBeNull();
  });

  it.each(["javascript:alert(1)", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=", "//evil.example/x.png"])("refuses the picture %j", (src) => {
    expect(richTextToHtml(doc({ type: "figure", attrs: { src, alt: "", caption: "", credit: "" } }))).toBeNull();
  });

  it("ignores attributes the editor does not have", () => {
    const html = richTextToHtml(
      doc(
        { type: "paragraph", attrs: { style: "color:red", onclick: "alert(1)" }, content: [text("a", [{ type: "link", attrs: { href: "https://a.example", onclick: "x", class: "evil", target: "_blank" } }])] },
        { type: "figure", attrs: { src: "/x.png", onerror: "alert(1)", style: "x" } },
      ),
    )!;
    expect(html).toBe('<p><a rel="noopener nofollow" href="https://a.example">a</a></p><figure><img src="/x.png" alt="" /></figure>');
  });

  it("refuses unknown nodes and malformed documents", () => {
    expect(richTextToHtml(doc({ type: "script", content: [text("alert(1)")] }))).toBeNull();
    expect(richTextToHtml(doc({ type: "iframe", attrs: { src: "https://evil.example" } }))).toBeNull();
    expect(richTextToHtml(doc(p({ type: "bulletList", content: [] })))).toBeNull();
    expect(richTextToHtml({ type: "paragraph" })).toBeNull();
    expect(richTextToHtml("<p>hi</p>")).toBeNull();
    expect(richTextToHtml(null)).toBeNull();
  });
});

describe("sanitizeArticleHtml", () => {
  it.each([
    "<script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<img src="javascript:alert(1)">',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<p onclick="alert(1)" class="x" id="y">x</p>',
    '<details open ontoggle="alert(1)">x</details>',
  ])("nothing executable survives %s", (payload) => {
    expect(sanitizeArticleHtml(payload)).not.toMatch(DANGEROUS);
  });

  it("keeps the allowlist and marks every link", () => {
    expect(sanitizeArticleHtml('<h2 class="x">a</h2><a href="https://a.example" target="_blank" rel="opener">b</a><img src="https://a.example/p.jpg" alt="c" width="10" height="5" title="t">')).toBe(
      '<h2>a</h2><a href="https://a.example" rel="noopener nofollow">b</a><img src="https://a.example/p.jpg" alt="c" width="10" height="5" />',
    );
  });
});
