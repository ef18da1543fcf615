import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import { fill, type Messages } from "@/lib/i18n/messages";

export type RefusedPage = "settings" | "users" | "sections" | "audit" | "review" | "frontPage" | "import";

/**
 * A desk page this person may not open: inside the desk, saying what the page
 * is for and who may use it, rather than pretending it does not exist.
 */
export function Refused({ page, role, messages: m }: { page: RefusedPage; role: Role; messages: Messages }) {
  return (
    <div role="alert" className="max-w-xl rounded border border-neutral-300 bg-white p-4" data-testid="desk-refused">
      <h1 className="text-xl font-semibold">{m.deskRefusals.title}</h1>
      <p className="mt-2">{m.deskRefusals[page]}</p>
      <p className="mt-1 text-sm text-neutral-600">{fill(m.deskRefusals.yourRole, { role: m.roles[role] })}</p>
      <Link href="/desk" className="mt-3 inline-block text-sm underline">
        {m.deskRefusals.back}
      </Link>
    </div>
  );
}
