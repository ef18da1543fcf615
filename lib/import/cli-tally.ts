// What an import run did, counted as it goes, and the summary it ends with.
import type { Output } from "./cli";
import type { ImportedPage } from "./types";

export class Tally {
  imported = 0;
  skipped = 0;
  failed = 0;
  stories = 0;
  guessed = 0;
  fragments = 0;
  names = 0;
  readonly types = new Map<string, number>();

  add(page: ImportedPage, types: string[], guessed: number): void {
    this.imported++;
    this.stories += types.length;
    this.guessed += guessed;
    this.fragments += page.fragments.length;
    this.names += page.convertedNames.length;
    for (const t of types) this.types.set(t, (this.types.get(t) ?? 0) + 1);
  }

  fail(out: Output, line: string): void {
    this.failed++;
    out.error(`✖ ${line}`);
  }

  summary(out: Output, run: { actor: { name: string; email: string }; publish: boolean; seconds: number; interrupted: boolean }): void {
    const pages = this.imported + this.skipped + this.failed;
    const kinds = [...this.types].map(([type, n]) => `${n} ${type.toLowerCase().replace("_", " ")}`).join(", ");
    const peak = process.resourceUsage().maxRSS / 1024;
    if (run.interrupted) out.log("Stopped: every page above is complete. Run the same command again to resume; finished pages are skipped.");
    out.log(`Pages: ${pages} (${this.imported} imported, ${this.skipped} already imported, ${this.failed} failed).`);
    out.log(`Stories: ${this.stories}${kinds ? ` (${kinds})` : ""}, ${run.publish ? "published in their editions" : "as drafts"}, as ${run.actor.name} <${run.actor.email}>.`);
    out.log(`Fields guessed: ${this.guessed}. Fragments left unassigned: ${this.fragments}. Names to confirm: ${this.names}.`);
    out.log(`Time: ${run.seconds.toFixed(1)} s (${(pages / Math.max(run.seconds, 0.001)).toFixed(1)} pages/s); peak memory ${peak.toFixed(1)} MiB.`);
  }
}
