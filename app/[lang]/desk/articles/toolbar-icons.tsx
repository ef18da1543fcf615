// The body toolbar's icons, drawn as SVG: emoji (🔗 🖼) show as empty boxes on
// desktops without an emoji font, which many newsroom machines are.
const PATHS = {
  bold: "M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z",
  italic: "M10 5h8M6 19h8M14.5 5 9.5 19",
  heading: "M3 6v12M11 6v12M3 12h8M15 10.5a2.5 2.5 0 1 1 4.3 1.7L15 18h5",
  subhead: "M3 6v12M11 6v12M3 12h8M15 9h5l-3 4a2.8 2.8 0 1 1-2.5 4",
  bulletList: "M9 7h11M9 12h11M9 17h11M4.5 7h.01M4.5 12h.01M4.5 17h.01",
  numberedList: "M10 7h10M10 12h10M10 17h10M4 5.5 5.5 5v4M4 14.5a1.2 1.2 0 1 1 2 1L4 18h2.5",
  quote: "M9 7C6.5 8 5 10 5 12.5V16h4v-4H6M18 7c-2.5 1-4 3-4 5.5V16h4v-4h-3",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  image: "M4 5h16v14H4zM4 16l5-5 4 4 2.5-2.5L20 17M15.5 9h.01",
  drag: "M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01",
} as const;

export type IconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" className="block">
      <path d={PATHS[name]} />
    </svg>
  );
}
