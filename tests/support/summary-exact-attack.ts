import type { LinearSystem } from '../../src/summarize/attack.js';

/**
 * An exact attacker for small summaries, independent of the suppression code: a suppressed number
 * with true value t is recovered unless another non-negative integer solution of the published
 * equations gives it a different value. If one exists, one exists with every unknown within ±1 of
 * its true value (a table's equations form a network matrix: a feasible move is a sum of cycles,
 * and one cycle moved by one unit is feasible), so a depth-first search over {t−1, t, t+1} per
 * unknown, restricted to the unknowns linked to it by equations, decides it.
 */
export function canMoveExactly(system: LinearSystem, truth: readonly number[], x: number): boolean {
  // The unknowns linked to x through equations.
  const component = new Set<number>([x]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const eq of system.equations)
      if (eq.terms.some((t) => component.has(t.unknown)))
        for (const t of eq.terms)
          if (!component.has(t.unknown)) {
            component.add(t.unknown);
            grown = true;
          }
  }
  const equations = system.equations.filter((eq) => eq.terms.some((t) => component.has(t.unknown)));
  const order = [...component];
  const domain = new Map<number, number[]>();
  for (const u of order) {
    const t = truth[u]!;
    const values = u === x ? [t - 1, t + 1] : [t, t - 1, t + 1];
    domain.set(
      u,
      values.filter((v) => v >= 0),
    );
  }
  const value = new Map<number, number>();
  const byUnknown = new Map<number, typeof equations>();
  for (const eq of equations)
    for (const t of eq.terms) byUnknown.set(t.unknown, [...(byUnknown.get(t.unknown) ?? []), eq]);

  const consistent = (u: number) =>
    (byUnknown.get(u) ?? []).every((eq) => {
      let lo = 0;
      let hi = 0;
      for (const t of eq.terms) {
        const assigned = value.get(t.unknown);
        const values = assigned === undefined ? domain.get(t.unknown)! : [assigned];
        const min = Math.min(...values.map((v) => t.sign * v));
        const max = Math.max(...values.map((v) => t.sign * v));
        lo += min;
        hi += max;
      }
      return lo <= eq.constant && eq.constant <= hi;
    });

  const search = (i: number): boolean => {
    if (i === order.length) return true;
    const u = order[i]!;
    for (const v of domain.get(u)!) {
      value.set(u, v);
      if (consistent(u) && search(i + 1)) return true;
      value.delete(u);
    }
    return false;
  };
  return search(0);
}
