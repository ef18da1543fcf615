import { options } from "@/components/ui/control";
import type { Messages } from "@/lib/i18n/messages";

// A byline contributor's role and credit, as the editor and the importer offer them.
const ROLES = ["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER"] as const;
const CREDITS = ["TEXT", "PHOTO", "TEXT_AND_PHOTO"] as const;

export const roleChoices = (m: Pick<Messages, "contributorRoles">) => options(ROLES, m.contributorRoles);

/** Offered after "—" (m.credits.none): a contributor may have no credit. */
export const creditChoices = (m: Pick<Messages, "credits">) => options(CREDITS, m.credits);
