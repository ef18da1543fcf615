import { inputClass } from "../field";

/** A move that must say why: a note and one button. */
export function NoteForm(props: {
  id: string;
  title: string;
  label: string;
  button: string;
  error?: string;
  pending: boolean;
  tone?: "danger" | "neutral";
  onSubmit: (form: FormData) => void;
}) {
  const tone = props.tone === "danger" ? "border border-red-700 text-red-800" : "bg-neutral-900 text-white";
  return (
    <form action={props.onSubmit} className="space-y-2">
      <h2 className="font-medium">{props.title}</h2>
      <label className="block text-sm">
        {props.label}
        <textarea name="note" rows={3} className={inputClass} aria-invalid={!!props.error} aria-describedby={`${props.id}-error`} />
      </label>
      <p id={`${props.id}-error`} className="text-sm text-red-700">
        {props.error}
      </p>
      <button type="submit" disabled={props.pending} className={`w-full rounded px-4 py-2 font-medium disabled:opacity-60 ${tone}`}>
        {props.button}
      </button>
    </form>
  );
}
