// A list repeats a few labels on every row (« Aperçu de {title} », « Sélectionner {title} »). Formatting each through
// next-intl compiles or looks up the ICU message and serializes its formats once per call: on a 50-row page, about
// 7 ms of server time. A message whose one argument is plain text is formatted once, with a marker in place of
// the argument, and each row's label is the marker replaced.

/** A private-use code point: no message and no name contains it. */
const MARKER = "\u{F8FF0}";

/**
 * The message's text for any value of its one plain-text argument `name`: `format` is called once. Not for
 * messages that choose words by the value (plural, select): those still go through the translator.
 */
export function textTemplate(format: (values: Record<string, string>) => string, name: string): (value: string) => string {
  const parts = format({ [name]: MARKER }).split(MARKER);
  return (value) => parts.join(value);
}
