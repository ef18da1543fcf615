import { Refused } from "@/components/desk/refused";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor, pickMessages } from "@/lib/i18n/messages";
import { readPublicSettings } from "@/lib/settings";
import { listRefusedAddresses } from "@/lib/users/addresses";
import { listUsers } from "@/lib/users/manage";
import { AccessActions } from "./access-actions";
import { CreateUserForm } from "./create-user-form";
import { RefusedAddresses } from "./refused-addresses";
import { UserRowActions } from "./user-row-actions";

/** Newsroom accounts (admins only): who they are, their role, and whether they may sign in. */
export default async function UsersPage({ params }: PageProps<"/[lang]/desk/users">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "users:manage")) return <Refused page="users" role={actor.role} messages={m} />;
  const db = getDb();
  const [users, addresses, settings] = await Promise.all([listUsers(db, actor), listRefusedAddresses(db, actor), readPublicSettings(db)]);
  const accessLabels = pickMessages(m, "userAccess");
  const labels = pickMessages(m, "users", "roles");
  const th = "py-2 pr-3 font-medium";

  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">{m.users.title}</h1>
      <CreateUserForm messages={labels} />
      {/* Wider than a phone: it scrolls inside its own box, the page does not. */}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-neutral-300 text-left text-neutral-600">
              <th className={th}>{m.users.name}</th>
              <th className={th}>{m.users.email}</th>
              <th className={th}>{m.users.role}</th>
              <th className={th}>{m.users.status}</th>
              <th className={th}>{m.users.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={`border-b border-neutral-200 align-top ${user.active ? "" : "text-neutral-500"}`}>
                <td className="py-2 pr-3 font-medium">
                  {user.name} {user.id === actor.id && <span className="font-normal text-neutral-500">{m.users.you}</span>}
                </td>
                <td className="py-2 pr-3">{user.email}</td>
                <td className="py-2 pr-3" data-testid="role">{m.roles[user.role]}</td>
                <td className="py-2 pr-3" data-testid="account">
                  {user.active ? m.users.active : m.users.inactive}
                  {user.lockedUntil && (
                    <span className="ml-2 rounded bg-red-100 px-1.5 text-red-800" data-testid="locked">
                      {fill(m.userAccess.lockedUntil, { time: formatDateTime(user.lockedUntil, locale, settings.newsroom.timeZone) })}
                    </span>
                  )}
                  {user.mustChangePassword && <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900">{m.userAccess.mustChange}</span>}
                </td>
                <td className="space-y-2 py-2">
                  <UserRowActions messages={labels} user={{ id: user.id, role: user.role, active: user.active }} />
                  {user.id !== actor.id && <AccessActions messages={accessLabels} user={{ id: user.id, name: user.name, locked: !!user.lockedUntil }} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="refused-addresses" className="space-y-2">
        <h2 id="refused-addresses" className="text-lg font-semibold">
          {m.userAccess.addressesTitle}
        </h2>
        <p className="text-sm text-neutral-600">{m.userAccess.addressesNote}</p>
        <RefusedAddresses
          messages={pickMessages(m, "userAccess", "users")}
          addresses={addresses.map(({ address, until }) => ({ address, until: fill(m.userAccess.refusedUntil, { time: formatDateTime(until, locale, settings.newsroom.timeZone) }) }))}
        />
      </section>
    </div>
  );
}
