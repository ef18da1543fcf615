// The admin forms' schemas: what the server accepts, and the catalog keys it answers with.
import { describe, expect, it } from "vitest";
import { createSectionSchema } from "./sections";
import { createUserSchema, setActiveSchema } from "./users";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("createUserSchema", () => {
  it("lower-cases and trims the email", () => {
    const parsed = createUserSchema.parse({ email: " New.Reporter@Copydesk.TEST ", name: " 郭坤 ", role: "REPORTER", password: "0123456789" });
    expect(parsed).toMatchObject({ email: "new.reporter@copydesk.test", name: "郭坤" });
  });

  it("answers with catalog keys", () => {
    const result = createUserSchema.safeParse({ email: "nope", name: " ", role: "OWNER", password: "short" });
    expect(issues(result)).toMatchObject({ email: "email_invalid", name: "name_required", password: "password_too_short" });
    expect(issues(result)).toHaveProperty("role");
  });

  it("reads active from a form's string", () => {
    expect(setActiveSchema.parse({ userId: "u1", active: "false" }).active).toBe(false);
    expect(setActiveSchema.parse({ userId: "u1", active: true }).active).toBe(true);
  });
});

describe("createSectionSchema", () => {
  it("accepts ASCII slugs and refuses anything else", () => {
    expect(createSectionSchema.parse({ slug: " Development-Zone ", nameZh: "开发区", nameEn: "Development Zone" }).slug).toBe("development-zone");
    for (const slug of ["开发区", "a b", "-a", "a--b", "a_b", ""]) {
      expect(issues(createSectionSchema.safeParse({ slug, nameZh: "甲", nameEn: "A" })).slug, slug).toBe("slug_invalid");
    }
    expect(issues(createSectionSchema.safeParse({ slug: "a", nameZh: " ", nameEn: "" }))).toMatchObject({ nameZh: "section_name_required", nameEn: "section_name_required" });
  });
});
