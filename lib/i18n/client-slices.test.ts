// Whatever a server component hands a client component is sent to the
// browser: client components take the slice of the catalog they use
// (Messages["editor"], Pick<Messages, ...>), never the whole of it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { pickMessages } from "./messages";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("client components", () => {
  it("type their messages as a slice of the catalog", () => {
    const clientFiles = [...sources("app"), ...sources("components")].filter((file) => /^["']use client["']/.test(readFileSync(path.join(root, file), "utf8")));
    expect(clientFiles.length).toBeGreaterThan(20);
    const whole = clientFiles.filter((file) => /:\s*Messages\s*[;,})]/.test(readFileSync(path.join(root, file), "utf8")));
    expect(whole).toEqual([]);
  });
});

describe("pickMessages", () => {
  it("keeps only the parts asked for", () => {
    const slice = pickMessages(en, "settings", "roles");
    expect(Object.keys(slice).sort()).toEqual(["roles", "settings"]);
    expect(slice.roles).toBe(en.roles);
  });
});
