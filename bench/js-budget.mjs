#!/usr/bin/env node
// How much JavaScript a reader page ships, gzipped: the framework's own
// floor (Next's root main files) and what is ours on top. Also checks that
// no chunk of the article editor is loaded by a reader page.
//   node bench/js-budget.mjs [baseUrl]   (a running `next start`, demo seeded)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const BUDGET = 10 * 1024;
const manifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8"));
const floorFiles = new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));

const sizes = new Map();
async function gzipSize(src) {
  if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length);
  return sizes.get(src);
}

const scriptsOf = (html) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));

async function pageScripts(path, headers = {}) {
  const response = await fetch(new URL(path, base), { headers, redirect: "manual" });
  return scriptsOf(await response.text());
}

async function signedInCookie() {
  const csrf = await fetch(new URL("/api/auth/csrf", base));
  const { csrfToken } = await csrf.json();
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email: "reporter@copydesk.test", password: "copydesk-demo" });
  const login = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body,
    redirect: "manual",
  });
  return [cookie, ...login.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

const front = await fetch(new URL("/", base)).then((r) => r.text());
const article = front.match(/href="(\/articles\/[^"]+)"/)?.[1];
const readerPages = ["/", article, "/sections/development-zone", "/editions/2021-11-02"].filter(Boolean);
// Editor code: chunks of the article editor page that hold the form — found
// by names that survive minification (react-hook-form's options, the
// contributor field paths).
const EDITOR_MARKERS = ["shouldUnregister", "contributors."];
const editorScripts = new Set();
for (const src of await pageScripts("/desk/articles/new", { cookie: await signedInCookie() })) {
  const text = await (await fetch(new URL(src, base))).text();
  if (EDITOR_MARKERS.some((marker) => text.includes(marker))) editorScripts.add(src);
}
if (editorScripts.size === 0) throw new Error("could not find the editor's chunks: is the reporter signed in?");

const rows = [];
for (const path of readerPages) {
  const scripts = await pageScripts(path);
  let floor = 0;
  let ours = 0;
  for (const src of scripts) {
    if (floorFiles.has(src.split("?")[0])) floor += await gzipSize(src);
    else ours += await gzipSize(src);
  }
  const editorOnly = scripts.filter((s) => editorScripts.has(s));
  rows.push({ path, scripts: scripts.length, floorKiB: +(floor / 1024).toFixed(1), oursKiB: +(ours / 1024).toFixed(1), editorChunks: editorOnly.length, withinBudget: ours <= BUDGET });
}

console.table(rows);
const worst = Math.max(...rows.map((r) => r.oursKiB));
console.log(`ours at most ${worst} KiB gzip (budget 10 KiB); editor chunks on reader pages: ${rows.reduce((n, r) => n + r.editorChunks, 0)}`);
process.exit(rows.every((r) => r.withinBudget && r.editorChunks === 0) ? 0 : 1);
