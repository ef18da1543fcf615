"use client";

import { StatusLine, useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import { options, Select } from "@/components/ui/control";
import { ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import { changeRoleAction, setActiveAction } from "./actions";

interface Props {
  messages: Pick<Messages, "users" | "roles">;
  user: { id: string; role: Role; active: boolean };
}

/** One user's role change and deactivate / reactivate, inside their table row. */
export function UserRowActions({ messages: m, user }: Props) {
  const { pending, result, run } = useDeskAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={(data) => run(() => changeRoleAction({ userId: user.id, role: data.get("role") }))} className="flex items-center gap-2">
        <Select compact name="role" aria-label={m.users.role} defaultValue={user.role} items={options(ROLES, m.roles)} />
        <Button type="submit" disabled={pending} variant="secondary" size="xs">
          {m.users.changeRole}
        </Button>
      </form>
      <Button
        type="button"
        disabled={pending}
        onClick={() => run(() => setActiveAction({ userId: user.id, active: !user.active }))}
        variant="secondary"
        size="xs"
        className={user.active ? "border-red-300 text-red-800" : undefined}
      >
        {user.active ? m.users.deactivate : m.users.reactivate}
      </Button>
      <StatusLine result={result} />
    </div>
  );
}
