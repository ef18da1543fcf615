"use server";

import { refusableAction } from "@/lib/admin/refusable-action";
import { getDb } from "@/lib/db";
import { fill } from "@/lib/i18n/messages";
import { changeRole, createUser, setActive } from "@/lib/users/manage";
import { changeRoleSchema, createUserSchema, setActiveSchema } from "@/lib/validation/users";

// Nothing public changes here (author pages show names and slugs, which
// these do not touch), and the desk is rendered per request: the forms
// refresh the list themselves.

export const createUserAction = refusableAction(createUserSchema, async ({ actor, input, messages }) => {
  const user = await createUser(getDb(), actor, input);
  return { data: null, message: fill(messages.users.created, { name: user.name }) };
});

export const changeRoleAction = refusableAction(changeRoleSchema, async ({ actor, input, messages }) => {
  await changeRole(getDb(), actor, input.userId, input.role);
  return { data: null, message: messages.users.roleChanged };
});

export const setActiveAction = refusableAction(setActiveSchema, async ({ actor, input, messages }) => {
  await setActive(getDb(), actor, input.userId, input.active);
  return { data: null, message: input.active ? messages.users.reactivated : messages.users.deactivated };
});
