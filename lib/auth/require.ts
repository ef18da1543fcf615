import "server-only";
import { redirect } from "next/navigation";
import { currentActor } from "./index";

/** For desk pages: the signed-in staff member, or off to the login page. */
export async function requireActor() {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
