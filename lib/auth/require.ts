import "server-only";
import { redirect } from "next/navigation";
import { currentActor } from "./index";

/** Where a user whose password an admin reset must go first (docs/decisions/0029). */
export const ACCOUNT_PATH = "/desk/account";

/**
 * For desk pages: the signed-in staff member, or off to the login page. A
 * user whose password was reset is sent to set a new one before any other
 * desk page renders (so nothing of it is sent to them either).
 */
export async function requireActor(options: { whilePasswordPending?: boolean } = {}) {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !options.whilePasswordPending) redirect(ACCOUNT_PATH);
  return actor;
}
