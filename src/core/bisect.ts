/**
 * Binary search over anything in text order (tokens, sentences, mentions, line starts): the
 * number of leading entries for which `before(index)` holds, which must hold for a prefix of the
 * list and fail for the rest. Per-mention lookups stay logarithmic, so a note of thousands of
 * mentions is read in linear-log time, never quadratic.
 *
 * `countBefore(list.length, (i) => list[i].start < at)` is the index of the first entry starting
 * at or after `at`; with `<=` it is one past the last entry starting at or before it.
 */
export function countBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
