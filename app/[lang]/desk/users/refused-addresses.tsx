"use client";

import { StatusLine, useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages";
import { releaseAddressAction } from "./actions";

interface Props {
  messages: Pick<Messages, "userAccess" | "users">;
  /** Each refused address, with until when, already worded in the desk's language and time zone. */
  addresses: { address: string; until: string }[];
}

/**
 * The addresses the sign-in limit refuses, each with a Release button. The
 * status line sits below the table, not in a row: a released address's row
 * goes when the page refreshes, and what happened must still be said.
 */
export function RefusedAddresses({ messages: m, addresses }: Props) {
  const release = useDeskAction();
  const th = "py-2 pr-3 font-medium";
  return (
    <>
      {addresses.length === 0 ? (
        <p className="text-sm">{m.userAccess.noAddresses}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-neutral-300 text-left text-neutral-600">
                <th className={th}>{m.userAccess.address}</th>
                <th className={th}>{m.users.status}</th>
                <th className={th}>{m.users.actions}</th>
              </tr>
            </thead>
            <tbody>
              {addresses.map(({ address, until }) => (
                <tr key={address} className="border-b border-neutral-200 align-top">
                  <td className="py-2 pr-3 font-mono">{address}</td>
                  <td className="py-2 pr-3">{until}</td>
                  <td className="py-2">
                    <Button type="button" size="xs" variant="secondary" disabled={release.pending} onClick={() => release.run(() => releaseAddressAction({ address }))}>
                      {m.userAccess.release}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StatusLine result={release.result} />
    </>
  );
}
