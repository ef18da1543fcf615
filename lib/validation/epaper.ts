// 数字报: the upload form's fields (the file itself is checked by its bytes,
// lib/epaper/check.ts) and the region editor's save. Messages are catalog
// keys under `validation.*`.
import { z } from "zod";
import { isoDate } from "./import";

/** Regions are in ten-thousandths of the page's width and height, so they fit every size of its image. */
export const REGION_SCALE = 10_000;
/** A region smaller than this (ten-thousandths of the page) is a slip of the mouse. */
export const MIN_REGION = 50;
export const MAX_REGIONS = 200;

export const pageNumber = z.coerce.number("page_number_invalid").int("page_number_invalid").min(1, "page_number_invalid").max(999, "page_number_invalid");

/** The upload form: which page, and whether a PDF of several pages is meant as the edition's pages from this one on. */
export const pageUploadSchema = z.object({
  editionDate: isoDate,
  number: pageNumber,
  several: z
    .enum(["on", "true", "false"])
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

const coordinate = z.number().int().min(0).max(REGION_SCALE);

export const regionSchema = z
  .object({
    x: coordinate,
    y: coordinate,
    width: z.number().int().min(MIN_REGION, "region_too_small").max(REGION_SCALE),
    height: z.number().int().min(MIN_REGION, "region_too_small").max(REGION_SCALE),
    articleId: z.string().min(1).max(40).nullable(),
  })
  .refine((r) => r.x + r.width <= REGION_SCALE && r.y + r.height <= REGION_SCALE, "region_outside");

export const saveRegionsSchema = z.object({
  pageId: z.string().min(1).max(40),
  regions: z.array(regionSchema).max(MAX_REGIONS, "too_many"),
});

export type RegionInput = z.output<typeof regionSchema>;
