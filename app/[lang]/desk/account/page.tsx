import { requireActor } from "@/lib/auth/require";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor, pickMessages } from "@/lib/i18n/messages";
import { PasswordForm } from "./password-form";

/** One's own account: change the password. After an admin's reset, every desk page sends the user here first. */
export default async function AccountPage({ params, searchParams }: PageProps<"/[lang]/desk/account">) {
  const { lang } = await params;
  const m = messagesFor(localeOf(lang));
  const actor = await requireActor({ whilePasswordPending: true });
  const changed = (await searchParams).changed === "1";
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{m.account.title}</h1>
      {actor.mustChangePassword && (
        <div role="alert" className="max-w-xl rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="must-change-password">
          <p className="font-medium">{m.account.mustChangeTitle}</p>
          <p className="mt-1">{m.account.mustChangeBody}</p>
        </div>
      )}
      {changed && !actor.mustChangePassword && (
        <p role="status" className="text-sm text-emerald-800">
          {m.account.changed}
        </p>
      )}
      <h2 className="font-medium">{m.account.changePassword}</h2>
      <PasswordForm messages={pickMessages(m, "account", "users")} />
    </div>
  );
}
