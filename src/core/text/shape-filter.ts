/**
 * A compact filter over a fixed set of strings, for a large map looked up with many strings it
 * mostly does not hold (the gene lexicon, asked about every capitalised word of a note): one bit
 * per shape (the first two characters, the last one and the length, hashed) of its members. A
 * string whose bit is clear is not in the set, so the map need not be asked; a set bit says
 * nothing (no false negatives, some false positives). 2^20 bits (128 KiB): a bit is read from
 * a table that stays in cache where a map probe of a 100,000-entry map misses.
 */
export class ShapeFilter {
  private readonly bits = new Int32Array(1 << 15);

  constructor(members: Iterable<string>) {
    for (const member of members) {
      const h = shapeOf(member);
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** False when `form` is certainly no member; true when it may be one. */
  mayHold(form: string): boolean {
    const h = shapeOf(form);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

/** A 20-bit hash of a string's first two characters, last character and length. */
function shapeOf(form: string): number {
  const n = form.length;
  if (n === 0) return 0;
  let h = Math.imul(form.charCodeAt(0), 0x9e3779b1);
  h = Math.imul(h ^ form.charCodeAt(n > 1 ? 1 : 0), 0x85ebca6b);
  h = Math.imul(h ^ form.charCodeAt(n - 1), 0xc2b2ae35);
  h = Math.imul(h ^ n, 0x27d4eb2f);
  return (h ^ (h >>> 15)) & 0xfffff;
}
