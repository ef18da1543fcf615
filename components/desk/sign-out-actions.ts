"use server";

import { currentActor, signOut } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { endSessions } from "@/lib/users/sessions";

export async function signOutAction() {
  // Clearing the cookie alone leaves a copied token valid until it expires.
  // Bumping the session version ends the session on the server too — on
  // every device the user is signed in on, which is what "sign out" should
  // mean for a shared newsroom computer.
  const actor = await currentActor();
  if (actor) await endSessions(getDb(), actor.id);
  await signOut({ redirectTo: "/login" });
}
