import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/control";

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
  return (
    <form action={props.onSubmit} className="space-y-2">
      <h2 className="font-medium">{props.title}</h2>
      <label className="block text-sm">
        {props.label}
        <TextArea name="note" rows={3} aria-invalid={!!props.error} aria-describedby={`${props.id}-error`} />
      </label>
      <p id={`${props.id}-error`} className="text-sm text-red-700">
        {props.error}
      </p>
      <Button type="submit" disabled={props.pending} variant={props.tone === "danger" ? "dangerOutline" : "primary"} className="w-full">
        {props.button}
      </Button>
    </form>
  );
}
