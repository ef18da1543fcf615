"use client";

import { StatusLine, useDeskAction } from "@/components/desk/desk-action";
import { Button } from "@/components/ui/button";
import type { Messages } from "@/lib/i18n/messages";
import { releaseAddressAction } from "./actions";

interface Props {
  messages: Pick<Messages, "userAccess">;
  address: string;
}

/** Releases one address the sign-in limit refuses. */
export function ReleaseAddress({ messages: m, address }: Props) {
  const release = useDeskAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" size="xs" variant="secondary" disabled={release.pending} onClick={() => release.run(() => releaseAddressAction({ address }))}>
        {m.userAccess.release}
      </Button>
      <StatusLine result={release.result} />
    </div>
  );
}
