"use server";

import { refusableAction } from "@/lib/admin/refusable-action";
import { getDb } from "@/lib/db";
import { fill } from "@/lib/i18n/messages";
import { changeRole, createUser, setActive } from "@/lib/users/manage";
import { resetPassword, unlockAccount } from "@/lib/users/passwords";
import { changeRoleSchema, createUserSchema, setActiveSchema, userIdSchema } from "@/lib/validation/users";

// Nothing public changes here (author pages show names and slugs, which
// these do not touch), and the desk is rendered per request: the forms
// refresh the list themselves.

export const createUserAction = refusableAction(createUserSchema, async ({ actor, input, messages, origin }) => {
  const user = await createUser(getDb(), actor, input, origin);
  return { data: null, message: fill(messages.users.created, { name: user.name }) };
});

export const changeRoleAction = refusableAction(changeRoleSchema, async ({ actor, input, messages, origin }) => {
  await changeRole(getDb(), actor, input.userId, input.role, origin);
  return { data: null, message: messages.users.roleChanged };
});

export const setActiveAction = refusableAction(setActiveSchema, async ({ actor, input, messages, origin }) => {
  await setActive(getDb(), actor, input.userId, input.active, origin);
  return { data: null, message: input.active ? messages.users.reactivated : messages.users.deactivated };
});

export const unlockAction = refusableAction(userIdSchema, async ({ actor, input, messages, origin }) => {
  await unlockAccount(getDb(), actor, input.userId, origin);
  return { data: null, message: messages.userAccess.unlocked };
});

/** Answers the temporary password: the page shows it once and keeps it nowhere. */
export const resetPasswordAction = refusableAction(userIdSchema, async ({ actor, input, messages, origin }) => {
  const password = await resetPassword(getDb(), actor, input.userId, origin);
  return { data: { password }, message: messages.userAccess.resetDone };
});
