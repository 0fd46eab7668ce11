/**
 * JSON-LD is printed inside a <script> element, so "<" in any editor-supplied string must not
 * be able to close it. Escaping it as \u003c keeps the JSON identical for parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
