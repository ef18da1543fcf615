"use client";

import { useId, useRef, useState, useTransition, type KeyboardEvent, type PointerEvent } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/control";
import { StatusMessage } from "@/components/ui/status";
import type { ActionResult } from "@/lib/actions/result";
import { fill, type Messages } from "@/lib/i18n/messages";
import { MIN_REGION, REGION_SCALE } from "@/lib/validation/epaper";
import { saveRegionsAction } from "./actions";

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
  articleId: string | null;
}

interface Props {
  messages: Pick<Messages, "epaper" | "status">;
  pageId: string;
  image: { src: string; width: number; height: number; alt: string };
  regions: Region[];
  stories: { id: string; headline: string; status: keyof Messages["status"] }[];
}

// `last` is where the pointer left the region: the state may not have been drawn yet when the button comes up.
type Drag = { kind: "draw" | "move" | "resize"; index: number; from: { x: number; y: number }; origin: Region; last: Region };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const percent = (value: number) => `${value / 100}%`;

/** A region kept inside the page and at least the smallest size. */
function fit(r: Region): Region {
  const width = clamp(Math.round(r.width), MIN_REGION, REGION_SCALE);
  const height = clamp(Math.round(r.height), MIN_REGION, REGION_SCALE);
  return { ...r, width, height, x: clamp(Math.round(r.x), 0, REGION_SCALE - width), y: clamp(Math.round(r.y), 0, REGION_SCALE - height) };
}

/**
 * The stories' regions on the page image. Mouse: drag on the page to draw,
 * drag a region to move it, its corner to resize it. Keyboard: each region
 * is a button; arrows move it, Shift+arrows resize it, Delete removes it;
 * "Add a region" makes one to move into place. Saved as a whole.
 */
export function RegionEditor({ messages, pageId, image, regions: initial, stories }: Props) {
  const m = messages.epaper.desk;
  const hintId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const drag = useRef<Drag | null>(null);
  const [regions, setRegions] = useState<Region[]>(initial);
  const [selected, setSelected] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const [pending, startTransition] = useTransition();

  const headlineOf = (id: string | null) => stories.find((s) => s.id === id)?.headline ?? m.unlinked;
  const change = (next: Region[]) => {
    setRegions(next);
    setDirty(true);
  };
  const update = (index: number, region: Region) => change(regions.map((r, i) => (i === index ? fit(region) : r)));
  const remove = (index: number) => {
    change(regions.filter((_, i) => i !== index));
    setSelected(null);
    // Focus stays in the editor: on the region that took its place, or the last one.
    requestAnimationFrame(() => buttons.current[Math.min(index, regions.length - 2)]?.focus());
  };
  const add = () => {
    change([...regions, fit({ x: 4000, y: 4500, width: 2000, height: 1000, articleId: null })]);
    requestAnimationFrame(() => buttons.current[regions.length]?.focus());
  };

  /** Where a pointer is on the page, in ten-thousandths. */
  const pointOf = (event: PointerEvent) => {
    const box = frame.current!.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * REGION_SCALE, y: ((event.clientY - box.top) / box.height) * REGION_SCALE };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = event.target as HTMLElement;
    const at = target.closest<HTMLElement>("[data-region]")?.dataset.region;
    const from = pointOf(event);
    if (at !== undefined) {
      const index = Number(at);
      drag.current = { kind: target.dataset.handle ? "resize" : "move", index, from, origin: regions[index]!, last: regions[index]! };
      setSelected(index);
    } else {
      const origin = { x: from.x, y: from.y, width: 0, height: 0, articleId: null };
      drag.current = { kind: "draw", index: regions.length, from, origin, last: origin };
      setRegions([...regions, origin]);
    }
    frame.current!.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    const point = pointOf(event);
    const dx = point.x - current.from.x;
    const dy = point.y - current.from.y;
    const { origin } = current;
    const next =
      current.kind === "move"
        ? { ...origin, x: origin.x + dx, y: origin.y + dy }
        : current.kind === "resize"
          ? { ...origin, width: origin.width + dx, height: origin.height + dy }
          : { ...origin, x: Math.min(current.from.x, point.x), y: Math.min(current.from.y, point.y), width: Math.abs(dx), height: Math.abs(dy) };
    current.last = current.kind === "draw" ? next : fit(next);
    setRegions((all) => all.map((r, i) => (i === current.index ? current.last : r)));
  };

  const onPointerUp = () => {
    const current = drag.current;
    drag.current = null;
    if (!current) return;
    const region = current.last;
    // A click without a drag draws nothing.
    if (current.kind === "draw" && (region.width < MIN_REGION || region.height < MIN_REGION)) {
      setRegions((all) => all.slice(0, current.index));
      return;
    }
    setRegions((all) => all.map((r, i) => (i === current.index ? fit(region) : r)));
    setDirty(true);
    setSelected(current.index);
    requestAnimationFrame(() => buttons.current[current.index]?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const region = regions[index]!;
    const step = event.altKey ? 10 : 100;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const arrow = arrows[event.key];
    if (arrow) {
      event.preventDefault();
      const [dx, dy] = arrow;
      update(index, event.shiftKey ? { ...region, width: region.width + dx, height: region.height + dy } : { ...region, x: region.x + dx, y: region.y + dy });
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      remove(index);
    }
  };

  const save = () =>
    startTransition(async () => {
      const outcome = await saveRegionsAction({ pageId, regions });
      setResult(outcome);
      if (outcome.ok) setDirty(false);
    });

  return (
    <section aria-labelledby={`${hintId}-title`} className="space-y-3 rounded border border-neutral-300 bg-white p-4">
      <h2 id={`${hintId}-title`} className="font-medium">
        {m.regionsTitle}
      </h2>
      <p id={hintId} className="max-w-3xl text-sm text-neutral-700">
        {m.regionsHint}
      </p>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div ref={frame} className="relative cursor-crosshair touch-none select-none border border-neutral-300" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={image.src} width={image.width} height={image.height} alt={image.alt} draggable={false} className="block h-auto w-full" />
          {regions.map((region, index) => (
            <button
              key={index}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              data-region={index}
              aria-label={fill(m.regionOf, { n: index + 1, story: headlineOf(region.articleId) })}
              aria-describedby={hintId}
              onFocus={() => setSelected(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`absolute cursor-move border-2 ${selected === index ? "border-red-700 bg-red-700/20" : region.articleId ? "border-sky-700 bg-sky-700/10" : "border-amber-600 bg-amber-500/10"}`}
              style={{ left: percent(region.x), top: percent(region.y), width: percent(region.width), height: percent(region.height) }}
            >
              <span aria-hidden="true" className="absolute left-0 top-0 bg-neutral-900 px-1 text-xs text-white">
                {index + 1}
              </span>
              <span aria-hidden="true" data-region={index} data-handle="resize" className="absolute bottom-0 right-0 h-3 w-3 cursor-se-resize bg-neutral-900" />
            </button>
          ))}
        </div>
        <div className="space-y-3 text-sm">
          {regions.length === 0 && <p className="text-neutral-600">{m.noRegions}</p>}
          <ol className="space-y-2">
            {regions.map((region, index) => (
              <li key={index} className={`flex items-end gap-2 rounded p-1 ${selected === index ? "bg-red-50" : ""}`}>
                <label className="min-w-0 flex-1">
                  {fill(m.region, { n: index + 1 })} · {m.linkTo}
                  <Select
                    compact
                    className="mt-1 block w-full"
                    value={region.articleId ?? ""}
                    onChange={(event) => update(index, { ...region, articleId: event.target.value || null })}
                    empty={m.unlinked}
                    items={stories.map((s) => ({ value: s.id, label: `${s.headline}（${messages.status[s.status]}）` }))}
                  />
                </label>
                <Button type="button" variant="dangerOutline" size="tight" onClick={() => remove(index)} aria-label={`${m.removeRegion} ${fill(m.region, { n: index + 1 })}`}>
                  {m.removeRegion}
                </Button>
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" variant="secondary" size="sm" onClick={add}>
              {m.addRegion}
            </Button>
            <Button type="button" size="sm" onClick={save} disabled={pending}>
              {m.save}
            </Button>
          </div>
          {dirty && <p className="text-amber-800">{m.unsaved}</p>}
          <StatusMessage failed={result?.ok === false}>{result?.message}</StatusMessage>
        </div>
      </div>
    </section>
  );
}
