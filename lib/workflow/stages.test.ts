// Review stages are named in each language of the desk. Stages stored with
// one (Chinese) name get their English name from migration 20261205070000.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase, testDb } from "@/lib/testing/db";
import { nameOfStage, readStages, STAGES_KEY, THREE_LEVEL_REVIEW, writeStages } from "./stages";

const db = testDb();
beforeEach(() => resetDatabase(db));

const MIGRATION = readFileSync("prisma/migrations/20261205070000_first_week_desk/migration.sql", "utf8");
// The data part of the migration, run again on rows written the old way (the column it adds exists already).
const renameStages = MIGRATION.slice(MIGRATION.indexOf("UPDATE"));

describe("review stage names", () => {
  it("are read in the desk's language", async () => {
    await writeStages(db, THREE_LEVEL_REVIEW);
    const stages = await readStages(db);
    expect(stages.map((_, i) => nameOfStage(stages, i + 1, "en"))).toEqual(["First review", "Second review", "Final review"]);
    expect(stages.map((_, i) => nameOfStage(stages, i + 1, "zh-CN"))).toEqual(["初审", "复审", "终审"]);
    expect(nameOfStage(stages, 4, "en")).toBeNull();
  });

  it("stored with one name, get an English one from the migration; the usual three by their English names", async () => {
    const old = [
      { name: "初审", role: "EDITOR" },
      { name: "编委审", role: "EDITOR" },
      { name: "终审", role: "CHIEF_EDITOR" },
    ];
    await db.setting.create({ data: { key: STAGES_KEY, value: { stages: old } } });
    await db.$executeRawUnsafe(renameStages);
    expect(await readStages(db)).toEqual([
      { name: "初审", nameEn: "First review", role: "EDITOR" },
      { name: "编委审", nameEn: "编委审", role: "EDITOR" },
      { name: "终审", nameEn: "Final review", role: "CHIEF_EDITOR" },
    ]);
    // Run again, it changes nothing; a stage already named in English keeps its name.
    await writeStages(db, [{ name: "初审", nameEn: "Desk check", role: "EDITOR" }]);
    await db.$executeRawUnsafe(renameStages);
    expect(await readStages(db)).toEqual([{ name: "初审", nameEn: "Desk check", role: "EDITOR" }]);
  });
});
