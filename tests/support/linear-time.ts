/**
 * Complexity, not speed: how much longer a run takes on a note 8 times longer. Linear work gives
 * a ratio near 8, quadratic near 64; tests bound it at 32, which leaves room for a busy machine
 * (two cores, parallel test files) without letting a quadratic path through.
 */
export function growthRatio(
  run: (text: string) => void,
  unit: string,
  smallChars: number,
  largeChars = smallChars * 8,
): number {
  const timeOf = (text: string) => {
    run(text); // warm-up: compiled code and caches, not the first run, are measured (best of 5)
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      run(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const small = unit.repeat(Math.ceil(smallChars / unit.length));
  const large = unit.repeat(Math.ceil(largeChars / unit.length));
  // A floor on the short run's time, so timer noise on a tiny run cannot inflate the ratio.
  return timeOf(large) / Math.max(timeOf(small), 1);
}
