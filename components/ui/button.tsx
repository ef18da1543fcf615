import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-neutral-900 text-white",
  secondary: "border border-neutral-400 hover:bg-neutral-100",
  quiet: "text-neutral-700 hover:bg-neutral-200",
  positive: "bg-emerald-800 text-white",
  positiveOutline: "border border-emerald-800 text-emerald-900",
  danger: "bg-red-800 text-white",
  dangerOutline: "border border-red-700 text-red-800",
} as const;

// The small sizes sit in the desk's side panels and rows, all set in text-sm.
const SIZES = {
  md: "px-4 py-2 font-medium",
  sm: "px-3 py-1.5 text-sm",
  xs: "px-3 py-1 text-sm",
  tight: "px-2 py-1 text-sm",
} as const;

export interface ButtonStyle {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
  className?: string;
}

/** The classes of a button (or a link that looks like one). */
export const buttonClass = ({ variant = "primary", size = "md", className }: ButtonStyle = {}) =>
  ["rounded disabled:opacity-60", VARIANTS[variant], SIZES[size], className].filter(Boolean).join(" ");

/** Callers say `type` themselves: "submit" or "button", never left to the default. */
export const Button = ({ variant, size, className, ...props }: ComponentProps<"button"> & ButtonStyle) => (
  <button {...props} className={buttonClass({ variant, size, className })} />
);
