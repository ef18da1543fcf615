import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["REPORTER", "EDITOR", "CHIEF_EDITOR", "ADMIN"] as const satisfies readonly Role[];

// Each role may do everything the roles before it may (PRODUCT §1).
const rank: Record<Role, number> = { REPORTER: 0, EDITOR: 1, CHIEF_EDITOR: 2, ADMIN: 3 };

export const atLeast = (role: Role, minimum: Role) => rank[role] >= rank[minimum];
