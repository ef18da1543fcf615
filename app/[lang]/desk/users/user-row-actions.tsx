"use client";

import { ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import { changeRoleAction, setActiveAction } from "./actions";
import { StatusLine, useAdminAction } from "@/components/desk/admin-action";

interface Props {
  messages: Pick<Messages, "users" | "roles">;
  user: { id: string; role: Role; active: boolean };
}

/** One user's role change and deactivate / reactivate, inside their table row. */
export function UserRowActions({ messages: m, user }: Props) {
  const { pending, result, run } = useAdminAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={(data) => run(() => changeRoleAction({ userId: user.id, role: data.get("role") }))} className="flex items-center gap-2">
        <select name="role" aria-label={m.users.role} defaultValue={user.role} className="rounded border border-neutral-400 px-2 py-1">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {m.roles[role]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded border border-neutral-400 px-3 py-1 disabled:opacity-60">
          {m.users.changeRole}
        </button>
      </form>
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => setActiveAction({ userId: user.id, active: !user.active }))}
        className={`rounded border px-3 py-1 disabled:opacity-60 ${user.active ? "border-red-300 text-red-800" : "border-neutral-400"}`}
      >
        {user.active ? m.users.deactivate : m.users.reactivate}
      </button>
      <StatusLine result={result} />
    </div>
  );
}
