// Shared by the user forms and the admin actions (safeParse). Messages are
// catalog keys under `validation.*`.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const MIN_PASSWORD_LENGTH = 10;

const id = z.string().min(1).max(40);
const role = z.enum(ROLES);

export const createUserSchema = z.object({
  // Stored lower-cased and trimmed: sign-in matches emails the same way.
  email: z.string().trim().toLowerCase().email("email_invalid").max(200, "too_long"),
  name: z.string().trim().min(1, "name_required").max(50, "too_long"),
  role,
  password: z.string().min(MIN_PASSWORD_LENGTH, "password_too_short").max(200, "too_long"),
});

export const changeRoleSchema = z.object({ userId: id, role });

export const setActiveSchema = z.object({
  userId: id,
  // Sent from a form as "true"/"false".
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});

export type CreateUserInput = z.output<typeof createUserSchema>;

/** Unlock or reset one account (admins). */
export const userIdSchema = z.object({ userId: id });

/** One's own new password, with the current one as proof and typed twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "current_password_required").max(200, "too_long"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "password_too_short").max(200, "too_long"),
    confirmPassword: z.string().max(200, "too_long"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password_mismatch" });
