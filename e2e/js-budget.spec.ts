import { execFileSync } from "node:child_process";
import { expect, test } from "@/lib/testing/browser/fixtures";

// Reader pages ship the framework's own JavaScript plus at most 10 kB gzip of
// ours, and none of the article editor. The measuring script lives in bench/.
test("reader pages stay within the JavaScript budget and load no editor code", ({ baseURL }) => {
  const output = execFileSync("node", ["bench/js-budget.mjs", baseURL!], { encoding: "utf8" });
  expect(output).toContain("editor chunks on reader pages: 0");
  expect(output).toMatch(/ours at most \d+(\.\d+)? KiB gzip/);
});
