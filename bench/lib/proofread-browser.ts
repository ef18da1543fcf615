// The browser bundle's entry: the checker and the typing loop, as the
// editor will load them (esbuild, minified), exposed to the page.
import { typeAndCheck } from "./proofread-typing";

(globalThis as unknown as { proofreadBench: unknown }).proofreadBench = { typeAndCheck };
