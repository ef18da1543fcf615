#!/usr/bin/env node
// Lighthouse 12 (mobile, the default) on the front page and an article, with
// Debian's Chromium; the median of N runs per page.
//   node bench/lighthouse.mjs [baseUrl] [runs] [path…]   (a running server with the demo)
// Paths given replace the front page and the article; LIGHTHOUSE_JSON=<file>
// also writes the table as JSON (bench/epaper.ts reads it).
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const runs = Number(process.argv[3] ?? 3);
const front = await fetch(base).then((r) => r.text());
const article = front.match(/href="(\/articles\/[^"]+)"/)?.[1];
const given = process.argv.slice(4);
const pages = given.length ? given : ["/", article].filter(Boolean);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
  ],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const path of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(new URL(path, base).href, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "seo", "best-practices"],
      });
      results.push(lhr);
    }
    const score = (id) => Math.round(median(results.map((r) => r.categories[id].score * 100)));
    const metric = (id) => median(results.map((r) => r.audits[id].numericValue));
    rows.push({
      page: path.length > 40 ? `${path.slice(0, 37)}…` : path,
      performance: score("performance"),
      accessibility: score("accessibility"),
      seo: score("seo"),
      bestPractices: score("best-practices"),
      lcpMs: Math.round(metric("largest-contentful-paint")),
      tbtMs: Math.round(metric("total-blocking-time")),
      cls: +metric("cumulative-layout-shift").toFixed(3),
    });
    const failing = results[0].categories.accessibility.auditRefs
      .concat(results[0].categories.seo.auditRefs)
      .filter((ref) => results[0].audits[ref.id].score === 0)
      .map((ref) => ref.id);
    if (failing.length) console.log(`${path}: failing audits: ${failing.join(", ")}`);
  }
} finally {
  await chrome.kill();
}
console.table(rows);
if (process.env.LIGHTHOUSE_JSON) writeFileSync(process.env.LIGHTHOUSE_JSON, JSON.stringify(rows));
const ok = rows.every((r) => r.performance >= 95 && r.accessibility === 100 && r.seo === 100);
console.log(ok ? "goals met (performance ≥ 95, accessibility 100, SEO 100)" : "goals NOT met");
process.exit(ok ? 0 : 1);
