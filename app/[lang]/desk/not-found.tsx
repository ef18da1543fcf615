import Link from "next/link";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

// Inside the desk (its layout, its sidebar), in the desk's language: every
// desk page is drawn per request anyway, so reading the language here costs
// nothing a reader page would pay.
export default async function DeskNotFound() {
  const m = messagesFor(await requestLocale());
  return (
    <div className="max-w-xl" data-testid="desk-not-found">
      <h1 className="text-xl font-semibold">{m.deskRefusals.notFoundTitle}</h1>
      <p className="mt-2 text-neutral-700">{m.deskRefusals.notFoundBody}</p>
      <Link href="/desk" className="mt-3 inline-block text-sm underline">
        {m.deskRefusals.back}
      </Link>
    </div>
  );
}
