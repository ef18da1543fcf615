// Generated inputs for the fuzz battery (fast-check). Every generator starts
// from nothing or from one valid example of the action's input, so a case
// is either garbage, a wrong type, a missing or extra field, or a valid
// input with one field replaced: the near misses that reach the domain code.
import fc from "fast-check";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const CJK = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
// C0 controls, NUL, lone surrogates, right-to-left marks, zero-width joiners.
const nasty = fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\ud800", "\udfff", "\u202e", "\u200d", "\ufeff", "\r\n", "'; DROP TABLE \"User\"; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "${7*7}", "$$", "$undefined", "$@1", "$K1", "__proto__");
const someString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 3, arbitrary: CJK },
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.constantFrom("", " ", "   \t\n") },
  { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 200, max: 5_000 })).map(([s, n]) => s.repeat(n)) },
  // Now and then a huge one (up to ~400 kB): over every field's maximum, under the body limit.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("字", "a", "😀"), fc.integer({ min: 2_000, max: 100_000 })).map(([s, n]) => s.repeat(n)) },
);
const someNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -0, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, any depth up to a few levels, with hostile strings and keys. */
export const anyJson: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    someNumber,
    someString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor", "prototype", "id", "version")), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** A value of another type than `value` (or the same type, other content). */
function otherValue(value: Json): fc.Arbitrary<Json> {
  if (typeof value === "string") return fc.oneof(someString, someNumber, fc.boolean(), fc.constant(null), fc.array(someString, { maxLength: 3 }));
  if (typeof value === "number") return fc.oneof(someNumber, someString, fc.constantFrom("1", "1e3", "0x10", "NaN", "", "2.5"), fc.constant(null));
  if (typeof value === "boolean") return fc.oneof(fc.constantFrom("true", "false", "yes", 1, 0), anyJson);
  if (Array.isArray(value)) {
    return fc.oneof(
      fc.constant([] as Json[]),
      fc.array(anyJson, { maxLength: 4 }),
      // The same list, far too long.
      fc.integer({ min: 21, max: 400 }).map((n) => Array.from({ length: n }, () => value[0] ?? null)),
      value.length > 0 ? mutate(value) : anyJson,
      anyJson,
    );
  }
  if (value && typeof value === "object") return fc.oneof(mutate(value), anyJson);
  return anyJson;
}

/** One field of a valid example changed, dropped, or one added: the near misses. */
export function mutate(example: Json): fc.Arbitrary<Json> {
  if (Array.isArray(example)) {
    if (example.length === 0) return fc.array(anyJson, { maxLength: 3 });
    return fc.integer({ min: 0, max: example.length - 1 }).chain((i) => otherValue(example[i]!).map((v) => example.map((item, j) => (j === i ? v : item))));
  }
  if (example === null || typeof example !== "object") return otherValue(example);
  const keys = Object.keys(example);
  const replaceOne = keys.length === 0 ? anyJson : fc.constantFrom(...keys).chain((key) => otherValue(example[key]!).map((v) => ({ ...example, [key]: v })));
  const dropSome = fc.subarray(keys).map((dropped) => Object.fromEntries(Object.entries(example).filter(([k]) => !dropped.includes(k))));
  // JSON.parse makes "__proto__" an own key, which is what the server decodes.
  const addOne = fc.tuple(fc.constantFrom("__proto__", "constructor", "extra", "id", "role", "status", "createdById", "isAdmin"), anyJson).map(([key, v]) =>
    // A function, not a replacement string: "$'" or "$&" in a generated value must stay as it is.
    JSON.parse(JSON.stringify({ ...example }).replace(/^\{/, () => `{${JSON.stringify(key)}:${JSON.stringify(v)}${keys.length ? "," : ""}`)),
  );
  return fc.oneof({ weight: 5, arbitrary: replaceOne }, { weight: 2, arbitrary: dropSome }, { weight: 2, arbitrary: addOne });
}

/** An action's input: mostly near misses of its example, then wrong shapes and garbage. */
export function actionInput(example: Json): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 6, arbitrary: mutate(example) },
    { weight: 1, arbitrary: fc.constant(example) },
    { weight: 3, arbitrary: anyJson },
  );
}

/** Form fields (FormData actions): strings only, as a form sends them, plus stray ones. */
export function formInput(example: Record<string, string>): fc.Arbitrary<Record<string, string>> {
  const keys = Object.keys(example);
  return fc.oneof(
    fc.constantFrom(...keys).chain((key) => someString.map((v) => ({ ...example, [key]: v }))),
    fc.subarray(keys).map((dropped) => Object.fromEntries(Object.entries(example).filter(([k]) => !dropped.includes(k)))),
    fc.dictionary(fc.string({ maxLength: 10 }), someString, { maxKeys: 4 }),
  );
}
