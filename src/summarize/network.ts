/**
 * Small-cell suppression on tables written as flow networks.
 *
 * Every published number of a table (a cell, a row or column total, a group subtotal, the grand
 * total) is the flow on one arc of a circulation: a cell carries its count from its row node to its
 * column node, a row total from the source to the row, a column total from the column to the sink,
 * and the grand total from the sink back to the source. "Totals add up" is then flow conservation
 * at every node, for 1-D distributions, 2-D cross-tabs and nested (hierarchical) cross-tabs alike.
 *
 * Why a network: the feasible values of the suppressed arcs, given everything published and
 * non-negativity, form a polytope; a suppressed arc's value can move (its feasible range has width
 * > 0) exactly when it lies on a cycle of suppressed arcs that can be pushed from the true values:
 * arcs crossed forwards can always grow, arcs crossed backwards must be positive to shrink
 * (conformal cycle decomposition of a circulation). That is an exact test, including the classic
 * traps (a zero partner, a 2×2 block of ones pinned by its margins), with no LP solver. Network
 * matrices are totally unimodular, so the same holds for integer solutions.
 */

export type QuantityKind = 'cell' | 'margin' | 'total';

/** One published number of a table, as an arc of the table's network. */
export interface Quantity {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: QuantityKind;
  /**
   * The true count, or `null` when the suppressor does not know it: in a merge, a cell that some
   * site suppressed (its protection was proven at that site; see {@link protect}).
   */
  readonly value: number | null;
  /** Distinct persons behind the count, when persons are known. */
  readonly persons: number | null;
}

/** Why a number is shown or not. */
export type Disclosure = 'published' | 'primary' | 'complementary' | 'inherited';

export interface ProtectedQuantity extends Quantity {
  readonly disclosure: Disclosure;
}

/** Whether a count is small enough to be suppressed: 0 < n < minCell (zeros are published). */
export function isSmall(quantity: Pick<Quantity, 'value' | 'persons'>, minCell: number): boolean {
  const { value, persons } = quantity;
  if (value === null || value === 0) return false;
  return value < minCell || (persons !== null && persons < minCell);
}

// Costs of suppressing a published number to protect another: cells are cheap (by count, so small
// cells go first), margins dear and the grand total dearest, so totals go only when nothing else can.
const COST: Record<QuantityKind, number> = { cell: 1, margin: 1e6, total: 1e12 };

interface Arc {
  readonly from: number;
  readonly to: number;
  readonly value: number | null;
  readonly cost: number;
  hidden: boolean;
}

class Network {
  readonly arcs: Arc[];
  readonly nodes: number;
  /** The arcs at each node (either end). */
  private readonly incident: number[][];

  constructor(quantities: readonly Quantity[], hidden: (q: Quantity) => boolean) {
    const index = new Map<string, number>();
    const node = (name: string) => {
      let i = index.get(name);
      if (i === undefined) {
        i = index.size;
        index.set(name, i);
      }
      return i;
    };
    this.arcs = quantities.map((q) => ({
      from: node(q.from),
      to: node(q.to),
      value: q.value,
      cost: COST[q.kind] + (q.value ?? 0),
      hidden: hidden(q),
    }));
    this.nodes = index.size;
    this.incident = Array.from({ length: this.nodes }, () => []);
    this.arcs.forEach((arc, a) => {
      this.incident[arc.from]!.push(a);
      if (arc.to !== arc.from) this.incident[arc.to]!.push(a);
    });
  }

  /** The node one step over arc `a` from `u`: forwards always, backwards only over a positive value. */
  private over(a: number, u: number): number {
    const arc = this.arcs[a]!;
    if (arc.from === u) return arc.to;
    return arc.to === u && arc.value !== null && arc.value > 0 ? arc.from : -1;
  }

  /** Whether hidden arcs other than `skip` lead from `start` to `goal` (breadth-first). */
  private reachable(start: number, goal: number, skip: number): boolean {
    const seen = new Array<boolean>(this.nodes).fill(false);
    const queue = [start];
    seen[start] = true;
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      if (u === goal) return true;
      for (const a of this.incident[u]!) {
        if (a === skip || !this.arcs[a]!.hidden) continue;
        const next = this.over(a, u);
        if (next >= 0 && !seen[next]) {
          seen[next] = true;
          queue.push(next);
        }
      }
    }
    return false;
  }

  /**
   * Cheapest path from `start` to `goal` that does not use arc `skip`. Hidden arcs cost nothing;
   * published arcs may be used too, at their cost (they would have to be hidden).
   * An arc is crossed forwards always, backwards only when its value is known to be positive.
   * Returns the arcs of the path, or undefined.
   */
  path(start: number, goal: number, skip: number): number[] | undefined {
    const distance = new Array<number>(this.nodes).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(this.nodes).fill(-1);
    const previous = new Array<number>(this.nodes).fill(-1);
    const done = new Array<boolean>(this.nodes).fill(false);
    distance[start] = 0;
    for (;;) {
      let u = -1;
      for (let i = 0; i < this.nodes; i++)
        if (
          !done[i] &&
          distance[i]! < Number.POSITIVE_INFINITY &&
          (u < 0 || distance[i]! < distance[u]!)
        )
          u = i;
      if (u < 0) return undefined;
      if (u === goal) break;
      done[u] = true;
      for (const a of this.incident[u]!) {
        if (a === skip) continue;
        const arc = this.arcs[a]!;
        const step = arc.hidden ? 0 : arc.cost;
        const next = this.over(a, u);
        if (next < 0 || done[next]) continue;
        const d = distance[u]! + step;
        if (d < distance[next]!) {
          distance[next] = d;
          via[next] = a;
          previous[next] = u;
        }
      }
    }
    const arcs: number[] = [];
    for (let v = goal; v !== start; v = previous[v]!) arcs.push(via[v]!);
    return arcs;
  }

  /** Whether hidden arc `a` can move: a cycle of hidden arcs through it, pushable either way. */
  canMove(a: number): boolean {
    const arc = this.arcs[a]!;
    // Grow `a`: flow returns from its head to its tail through other hidden arcs.
    if (this.reachable(arc.to, arc.from, a)) return true;
    // Shrink `a` (only when positive): its tail reaches its head another way.
    return arc.value !== null && arc.value > 0 && this.reachable(arc.from, arc.to, a);
  }

  /** The published arcs to hide so that `a` can move, the cheapest way found. */
  partners(a: number): number[] {
    const arc = this.arcs[a]!;
    const grow = this.path(arc.to, arc.from, a);
    const shrink = arc.value !== null && arc.value > 0 ? this.path(arc.from, arc.to, a) : undefined;
    const cost = (p: number[] | undefined) =>
      p === undefined
        ? Number.POSITIVE_INFINITY
        : p.reduce((sum, i) => sum + (this.arcs[i]!.hidden ? 0 : this.arcs[i]!.cost), 0);
    const best = cost(grow) <= cost(shrink) ? grow : shrink;
    // Every arc lies on a forward cycle through the grand total, so a path always exists.
    if (!best) throw new Error('suppression: no cycle through a suppressed number');
    return best.filter((i) => !this.arcs[i]!.hidden);
  }
}

/**
 * Primary and complementary suppression of one table.
 *
 * 1. Primary: every known count with 0 < n < minCell (or fewer than minCell distinct persons, when
 *    persons are known) is suppressed. Zeros are published.
 * 2. Complementary, to a fixed point: every suppressed number whose value is known must be able to
 *    move given all published numbers ({@link Network.canMove}); when one cannot, the cheapest set
 *    of published numbers that puts it on a movable cycle is suppressed too (small cells first,
 *    margins before the grand total only when needed). Hiding more never pins a number that could
 *    move, so one pass that re-checks until nothing changes reaches the fixed point.
 *
 * Numbers whose value is `null` (inherited in a merge) are already suppressed; they are never
 * counted on as shrinkable (their true value may be 0), and not re-checked: each of them hides at
 * least one site's suppressed number, whose range already had width > 0 given everything that
 * site published, and every number a merge publishes is a sum of numbers the sites published.
 */
export function protect(quantities: readonly Quantity[], minCell: number): ProtectedQuantity[] {
  const disclosure: Disclosure[] = quantities.map((q) =>
    q.value === null ? 'inherited' : isSmall(q, minCell) ? 'primary' : 'published',
  );
  const network = new Network(quantities, (q) => q.value === null || isSmall(q, minCell));
  for (let changed = true; changed; ) {
    changed = false;
    for (let a = 0; a < network.arcs.length; a++) {
      const arc = network.arcs[a]!;
      if (!arc.hidden || arc.value === null || network.canMove(a)) continue;
      for (const p of network.partners(a)) {
        network.arcs[p]!.hidden = true;
        disclosure[p] = 'complementary';
      }
      changed = true;
    }
  }
  return quantities.map((q, i) => ({ ...q, disclosure: disclosure[i]! }));
}

/** Whether each hidden quantity with a known value can move (the property {@link protect} ensures). */
export function movable(quantities: readonly ProtectedQuantity[]): boolean[] {
  const network = new Network(
    quantities,
    (q) => (q as ProtectedQuantity).disclosure !== 'published',
  );
  return network.arcs.map((arc, a) => !arc.hidden || network.canMove(a));
}
