/**
 * OMOP varchar(n) columns count characters (code points in PostgreSQL), so text is cut at n code
 * points, never mid-surrogate, and a cut is marked with "…" so nobody mistakes it for the whole.
 */
export function fitVarchar(text: string, limit: number): string {
  const points = Array.from(text);
  if (points.length <= limit) return text;
  return `${points.slice(0, limit - 1).join('')}…`;
}

/** A JavaScript (UTF-16) offset as a code-point offset: what PostgreSQL's substr() counts. */
export function codePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    points += 1;
  }
  return points;
}
