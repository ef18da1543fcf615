import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  // The app reads its environment in one place, parsed with clear messages
  // (docs/decisions/0024). Scripts, benchmarks, tests and tool configs set
  // and pass variables themselves and may read them directly.
  {
    ignores: ["lib/env.ts", "scripts/**", "bench/**", "e2e/**", "lib/testing/**", "**/*.config.*", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read environment variables through lib/env.ts." }],
    },
  },
  // Every public change ends in lib/publication, which alone asks the
  // caching proxy to purge (docs/decisions/0031).
  {
    files: ["lib/public/**", "app/**", "lib/workflow/**", "lib/import/**", "lib/epaper/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/serving/nginx", "**/serving/nginx"], message: "Purge through lib/publication (publishChange), not nginx directly." }] },
      ],
    },
  },
  {
    files: ["lib/public/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/serving/*", "../serving/*"], message: "lib/public does not depend on the serving stack; see lib/publication." }] }],
    },
  },
];

export default config;
