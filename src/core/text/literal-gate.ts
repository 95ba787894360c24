/**
 * Literal gates: for a compiled rule, a set of lower-case literal strings of which at least
 * one occurs in any text the rule matches. A sentence that holds none of them cannot match, so
 * the rule's regular expression is not run on it. Derived from the pattern's own source at
 * compile time and conservative: where the source does not prove a literal is required (an
 * optional or repeated part, a lookaround, a character class, an escape other than `\.` or `\/`),
 * it is not taken, and a rule with an alternative that has no required literal gets no gate (null).
 */

/**
 * Characters a gate may hold. Case-insensitive matching (`iu`) of these is exactly
 * `toLowerCase()` equality, except U+017F (long s), which folds to "s": see {@link gateText}.
 * Checked over every code point for the ASCII ones; kana and CJK ideographs have no case, nor
 * have {@link CASELESS}'s.
 */
function gateChar(ch: string): boolean {
  return (
    /^[A-Za-z0-9 '\-/:,.\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff]$/.test(ch) || CASELESS.test(ch)
  );
}

/**
 * Punctuation and symbols without case: ASCII punctuation, dashes, quotes and bullets, arrows, circled numbers ①-⑳, box
 * drawing, shapes and dingbats (□ ☐ ■ ✓), full-width punctuation and digits (（ ） ／ ～ ０).
 * Under `iu` each matches itself only (checked over every code point: literal-gate.test.ts).
 */
export const CASELESS =
  /^[!-/:-@[-`{-~\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2460-\u2473\u2500-\u27bf\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]$/u;

/** The form of a text that gates are looked up in (once per text). */
export function gateText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

const GATE_SEARCHES = new WeakMap<readonly string[], RegExp>();

/**
 * True when `lower` (from {@link gateText}) may hold a match of the gated rule: it holds one of
 * the gate's literals and, where {@link literalGate} proved more (every literal an alternative
 * needs, not only one: "former" and "smoker"), one literal of every clause of some alternative.
 */
export function passesGate(gate: readonly string[] | null, lower: string): boolean {
  if (gate === null) return true;
  const indexed = INDEXED.get(gate);
  if (indexed !== undefined) {
    const found = indexed.index.found(lower, indexed.size);
    if (found !== null) return indexed.passes(found, indexed.index.stamp);
  }
  if (!holdsAny(gate, lower)) return false;
  const all = GATE_CLAUSES.get(gate);
  return all === undefined || passesClauses(all, lower);
}

/**
 * Checks many gates against one text with one scan of it: the literals of a set of gates (a
 * rule set's, see {@link indexGates}) numbered, and an Aho-Corasick automaton over all of them
 * that finds which of them a text holds in one pass, instead of one `includes` (or one search)
 * per literal of each gate checked. Exact: a literal is found iff `lower.includes(literal)`.
 * A text checked against a few gates only is not scanned ({@link SCAN_AFTER}); the last texts
 * scanned are remembered (two: a sentence and its line), nothing else.
 */
class GateIndex {
  private readonly ids = new Map<string, number>();
  private readonly literals: string[] = [];
  private automaton: Automaton | null = null;
  /** `marks[k][id] === stamp`: the text `scanned[k]` holds literal `id`. */
  private readonly marks: [Uint32Array, Uint32Array] = [new Uint32Array(0), new Uint32Array(0)];
  private readonly scanned: [string | null, string | null] = [null, null];
  /** The stamp of the scans still remembered (one per scan, shared by both slots). */
  private readonly stamps: [number, number] = [0, 0];
  /** The literal ids each remembered scan found, and how many. */
  private readonly foundIdsBy: [Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0)];
  private readonly foundCounts: [number, number] = [0, 0];
  /** The slot of the scan {@link found} or {@link scanned} last returned. */
  private slot = 0;
  /**
   * `touchedBy[k][node] === stamp`: the text `scanned[k]` holds a literal somewhere under the
   * tree node `node` (see {@link IdTree}); only those nodes can hold.
   */
  private readonly touchedBy: [Uint32Array, Uint32Array] = [new Uint32Array(0), new Uint32Array(0)];
  /** The touched marks of the scan {@link found} last returned. */
  touched: Uint32Array = this.touchedBy[0];
  /** The trees of the gates indexed here (their numbered nodes are {@link touched}'s). */
  private readonly trees: IdTree[] = [];
  /** How many tree nodes are numbered. */
  private nodes = 0;
  /**
   * Built with the automaton from {@link trees}: each numbered node's nearest numbered node above
   * it (-1: none), and per literal id the numbered nodes nearest above (or at) the tree nodes
   * listing it: `holderNodes[holderStart[id]]` up to `holderNodes[holderStart[id + 1]]`.
   */
  private parents = new Int32Array(0);
  private holderStart = new Int32Array(1);
  private holderNodes = new Int32Array(0);
  /** The slot the next scan overwrites. */
  private oldest = 0;
  /** The stamp of the marks {@link found} last returned. */
  stamp = 0;
  private nextStamp = 0;
  /** The text last asked about, not yet scanned, and how many literals were checked in it. */
  private asked: string | null = null;
  private checked = 0;

  /**
   * The ids of `literals`, numbering the new ones. (A plain array: thousands of short lists,
   * where a typed array would cost about 190 bytes more each.)
   */
  idsOf(literals: readonly string[]): readonly number[] {
    if (literals.length === 0) return NO_IDS;
    // (map: a packed array of exactly this length.)
    return literals.map((literal) => {
      let id = this.ids.get(literal);
      if (id === undefined) {
        id = this.literals.length;
        this.literals.push(literal);
        this.ids.set(literal, id);
        this.automaton = null;
        this.scanned[0] = null;
        this.scanned[1] = null;
      }
      return id;
    });
  }

  /** A number for a tree node that {@link touched} marks (see {@link IdTree.node}). */
  numberNode(): number {
    return this.nodes++;
  }

  /**
   * A gate's tree, its nodes numbered ({@link numberNode}): scans remembered so far did not
   * touch them, so they are forgotten.
   */
  addTree(tree: IdTree): IdTree {
    this.trees.push(tree);
    this.automaton = null;
    this.scanned[0] = null;
    this.scanned[1] = null;
    return tree;
  }

  /** {@link parents} and {@link holderNodes} from the trees (with the automaton). */
  private linkTrees(): void {
    this.parents = new Int32Array(this.nodes);
    const pairs: number[] = [];
    const counts = new Int32Array(this.literals.length + 1);
    const walk = (tree: IdTree, above: number) => {
      const at = tree.node >= 0 ? tree.node : above;
      if (tree.node >= 0) this.parents[tree.node] = above;
      if (at >= 0)
        for (let i = 0; i < tree.ids.length; i++) {
          pairs.push(tree.ids[i]!, at);
          counts[tree.ids[i]! + 1]!++;
        }
      for (const kid of tree.kids) walk(kid, at);
    };
    for (const tree of this.trees) walk(tree, -1);
    for (let id = 0; id < this.literals.length; id++) counts[id + 1]! += counts[id]!;
    this.holderStart = counts.slice();
    this.holderNodes = new Int32Array(pairs.length >> 1);
    for (let k = 0; k < pairs.length; k += 2)
      this.holderNodes[counts[pairs[k]!]!++] = pairs[k + 1]!;
  }

  /**
   * The marks of `lower` (see {@link stamp}), scanning it now once gates of more than
   * {@link SCAN_AFTER} literals in all have been checked against it (`size`: this gate's); null
   * before that (the caller checks the gate itself).
   */
  found(lower: string, size: number): Uint32Array | null {
    for (let k = 0; k < 2; k++) {
      if (this.scanned[k] === lower) {
        this.stamp = this.stamps[k]!;
        this.slot = k;
        this.touched = this.touchedBy[k]!;
        return this.marks[k]!;
      }
    }
    if (lower !== this.asked) {
      this.asked = lower;
      this.checked = 0;
    }
    this.checked += size;
    if (this.checked <= SCAN_AFTER) return null;
    this.asked = null;
    return this.scan(lower);
  }

  /** The marks of `lower`, scanning it now unless it is remembered (see {@link found}). */
  marksOf(lower: string): Uint32Array {
    return this.found(lower, SCAN_AFTER + 1)!;
  }

  /** The ids of the literals the text of the last {@link marksOf} holds (the first {@link foundCount}). */
  foundIds(): Int32Array {
    return this.foundIdsBy[this.slot]!;
  }

  foundCount(): number {
    return this.foundCounts[this.slot]!;
  }

  /** How many literals are numbered. */
  get size(): number {
    return this.literals.length;
  }

  private scan(lower: string): Uint32Array {
    if (this.automaton === null) {
      this.automaton = new Automaton(this.literals);
      this.marks[0] = new Uint32Array(this.literals.length);
      this.marks[1] = new Uint32Array(this.literals.length);
      this.foundIdsBy[0] = new Int32Array(this.literals.length);
      this.foundIdsBy[1] = new Int32Array(this.literals.length);
      this.touchedBy[0] = new Uint32Array(this.nodes);
      this.touchedBy[1] = new Uint32Array(this.nodes);
      this.linkTrees();
      this.nextStamp = 0;
    }
    this.nextStamp = this.nextStamp === 0xffffffff ? 1 : this.nextStamp + 1;
    if (this.nextStamp === 1) {
      this.marks[0].fill(0);
      this.marks[1].fill(0);
      this.touchedBy[0].fill(0);
      this.touchedBy[1].fill(0);
      this.scanned[0] = null;
      this.scanned[1] = null;
      this.automaton.reset();
    }
    const k = this.oldest;
    this.oldest = 1 - k;
    const marks = this.marks[k]!;
    const stamp = this.nextStamp;
    const count = this.automaton.mark(lower, marks, stamp, this.foundIdsBy[k]!);
    this.foundCounts[k] = count;
    // Every tree node listing a found literal, and the nodes above it, is touched (a node
    // already touched by this scan has its nodes above touched too: the walk up stops there).
    const touched = this.touchedBy[k]!;
    const found = this.foundIdsBy[k]!;
    const { parents, holderStart, holderNodes } = this;
    for (let i = 0; i < count; i++) {
      const id = found[i]!;
      const end = holderStart[id + 1]!;
      for (let j = holderStart[id]!; j < end; j++)
        for (
          let node = holderNodes[j]!;
          node >= 0 && touched[node] !== stamp;
          node = parents[node]!
        )
          touched[node] = stamp;
    }
    this.touched = touched;
    this.slot = k;
    this.scanned[k] = lower;
    this.stamps[k] = this.nextStamp;
    this.stamp = this.nextStamp;
    return marks;
  }
}

const NO_IDS: readonly number[] = [];

/** {@link Automaton.wideUsed}: one bit per UTF-16 code (8 KiB, one for all automata). */
const WIDE_USED = new Int32Array(2048);

/**
 * Aho-Corasick over a set of literals: a dense transition table for the ASCII characters the
 * literals use (every other ASCII character leads to the root), goto maps and failure links for
 * the others (kana, kanji).
 */
class Automaton {
  /** ASCII code → column of `next` (0: a character no literal holds). */
  private readonly column = new Uint8Array(128);
  private readonly width: number;
  /** The ASCII transitions, `width` per state (16 bits while the states fit: half the memory). */
  private readonly next: Uint16Array | Int32Array;
  /**
   * One bit per UTF-16 code above ASCII that some literal holds: any other such character leads
   * to the root from every state, with no goto map to look into. Shared by every automaton (the
   * codes of all their literals); null where this one's literals are all ASCII.
   */
  private readonly wideUsed: Int32Array | null = null;
  /** Non-ASCII goto edges, per state (absent: none). */
  private readonly wide: (Map<number, number> | undefined)[];
  private readonly fail: Int32Array;
  /**
   * Literal ids ending at each state (its own and its failure chain's): state `s`'s are
   * `outIds[outStart[s]]` up to `outIds[outStart[s + 1]]` (one flat array, not one per state).
   */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** `emitted[state] === stamp`: the state's literals are already marked in this scan. */
  private readonly emitted: Uint32Array;

  constructor(literals: readonly string[]) {
    let width = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code < 128 && this.column[code] === 0) this.column[code] = width++;
        else if (code >= 128) {
          this.wideUsed = WIDE_USED;
          WIDE_USED[code >>> 5]! |= 1 << (code & 31);
        }
      }
    }
    this.width = width;
    // The trie.
    const edges: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        let to = edges[state]!.get(code);
        if (to === undefined) {
          to = edges.length;
          edges.push(new Map());
          ends.push([]);
          edges[state]!.set(code, to);
        }
        state = to;
      }
      ends[state]!.push(id);
    });
    const states = edges.length;
    this.next = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
    this.fail = new Int32Array(states);
    this.wide = new Array(states);
    this.emitted = new Uint32Array(states);
    // Breadth first: a state's failure link is shallower, so done before it.
    const order: number[] = [0];
    const outs: number[][] = new Array(states);
    outs[0] = ends[0]!;
    for (let k = 0; k < order.length; k++) {
      const state = order[k]!;
      const base = state * width;
      const failBase = this.fail[state]! * width;
      // ASCII columns: the trie edge, else (below the root) the failure state's transition.
      if (state !== 0)
        for (let c = 1; c < width; c++) this.next[base + c] = this.next[failBase + c]!;
      for (const [code, to] of edges[state]!) {
        let link = 0;
        if (state !== 0) {
          let f = this.fail[state]!;
          for (;;) {
            const via = edges[f]!.get(code);
            if (via !== undefined) {
              link = via;
              break;
            }
            if (f === 0) break;
            f = this.fail[f]!;
          }
        }
        this.fail[to] = link;
        outs[to] = ends[to]!.length > 0 ? [...ends[to]!, ...outs[link]!] : outs[link]!;
        if (code < 128) this.next[base + this.column[code]!] = to;
        else {
          let map = this.wide[state];
          if (map === undefined) {
            map = new Map();
            this.wide[state] = map;
          }
          map.set(code, to);
        }
        order.push(to);
      }
    }
    this.outStart = new Int32Array(states + 1);
    for (let state = 0; state < states; state++)
      this.outStart[state + 1] = this.outStart[state]! + outs[state]!.length;
    this.outIds = new Int32Array(this.outStart[states]!);
    for (let state = 0; state < states; state++)
      this.outIds.set(outs[state]!, this.outStart[state]!);
  }

  /** Forgets the scans so far (their stamps are about to be reused). */
  reset(): void {
    this.emitted.fill(0);
  }

  /**
   * Sets `found[id] = stamp` for every literal `text` holds (`stamp`: new for each text), and
   * lists those ids in `ids` (each once); returns how many.
   */
  mark(text: string, found: Uint32Array, stamp: number, ids: Int32Array): number {
    let count = 0;
    const { column, width, next, wide, wideUsed, fail, outStart, outIds, emitted } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        state = next[state * width + column[code]!]!;
      } else if (wideUsed === null || (wideUsed[code >>> 5]! & (1 << (code & 31))) === 0) {
        state = 0;
      } else {
        for (;;) {
          const to = wide[state]?.get(code);
          if (to !== undefined) {
            state = to;
            break;
          }
          if (state === 0) break;
          state = fail[state]!;
        }
      }
      if (emitted[state] === stamp) continue;
      emitted[state] = stamp;
      const end = outStart[state + 1]!;
      for (let k = outStart[state]!; k < end; k++) {
        const id = outIds[k]!;
        if (found[id] === stamp) continue;
        found[id] = stamp;
        ids[count++] = id;
      }
    }
    return count;
  }
}

/**
 * Literals checked one by one against a text before it is scanned instead: a scan costs about as
 * much as this many `includes` (a sentence checked against a rule set passes it at once; a note
 * checked against a few gates is never scanned).
 */
const SCAN_AFTER = 48;

/** A gate's index, its literal ids and its clauses' (see GATE_CLAUSES). */
class IndexedGate {
  constructor(
    readonly index: GateIndex,
    readonly ids: readonly number[],
    private readonly clauses: readonly (readonly (readonly number[])[])[] | null,
    /** How many literals checking the gate one by one may take. */
    readonly size: number,
    /** The gate's {@link GATE_TREES} form, its literals numbered; null: none kept. */
    private readonly tree: IdTree | null = null,
  ) {}

  /** {@link passesGate} from the marks of the text's scan. */
  passes(found: Uint32Array, stamp: number): boolean {
    if (!anyFound(this.ids, found, stamp)) return false;
    // The tree says all the clauses do, and more.
    if (this.tree !== null) return treeHolds(this.tree, found, stamp, this.index.touched);
    const clauses = this.clauses;
    if (clauses === null) return true;
    for (const alternative of clauses) {
      let all = true;
      for (const clause of alternative) {
        if (!anyFound(clause, found, stamp)) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}

function anyFound(ids: readonly number[], found: Uint32Array, stamp: number): boolean {
  for (let i = 0; i < ids.length; i++) if (found[ids[i]!] === stamp) return true;
  return false;
}

/**
 * A {@link GateTree} with its literals numbered: an `and` node holds when all its parts do; an
 * `or` node when one of its literals is found or one of its other parts holds.
 */
interface IdTree {
  readonly and: boolean;
  readonly ids: readonly number[];
  readonly kids: readonly IdTree[];
  /**
   * The node's number in its index (see {@link GateIndex.touched}) when it cannot hold unless
   * the text holds a literal under it (an `and` node with a literal or such a part; an `or`
   * node whose parts are all literals or such parts): one that no found literal touched is not
   * walked. -1: a node that may hold without (not numbered).
   */
  readonly node: number;
}

/**
 * Whether `tree` holds for the marks of a scan. A part that needs a literal and that no found
 * literal touched ({@link GateIndex.touched}) does not hold and is not walked: a large tree
 * costs the parts the text reaches, not all of them.
 */
function treeHolds(tree: IdTree, found: Uint32Array, stamp: number, touched: Uint32Array): boolean {
  const kids = tree.kids;
  if (tree.and) {
    const ids = tree.ids;
    for (let i = 0; i < ids.length; i++) if (found[ids[i]!] !== stamp) return false;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (kid.node >= 0 && touched[kid.node] !== stamp) return false;
    }
    for (let i = 0; i < kids.length; i++)
      if (!treeHolds(kids[i]!, found, stamp, touched)) return false;
    return true;
  }
  if (anyFound(tree.ids, found, stamp)) return true;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    if (kid.node >= 0 && touched[kid.node] !== stamp) continue;
    if (treeHolds(kid, found, stamp, touched)) return true;
  }
  return false;
}

const NO_KIDS: readonly IdTree[] = [];

function numberTree(tree: GateTree, index: GateIndex): IdTree {
  const literals = tree.parts.filter((p): p is string => typeof p === 'string');
  const ids = index.idsOf(literals);
  const parts = tree.parts.filter((p): p is GateTree => typeof p !== 'string');
  const kids = parts.length === 0 ? NO_KIDS : parts.map((p) => numberTree(p, index));
  const needs = tree.and
    ? ids.length > 0 || kids.some((kid) => kid.node >= 0)
    : kids.every((kid) => kid.node >= 0);
  return { and: tree.and, ids, kids, node: needs ? index.numberNode() : -1 };
}

const INDEXED = new WeakMap<readonly string[], IndexedGate>();

/**
 * Makes {@link passesGate} check these gates (a rule set's, checked one after another against
 * each sentence) through one shared {@link GateIndex}: a sentence is scanned once for all their
 * literals, and each gate is then a few array reads. The same answers as without. A gate already
 * indexed (by an earlier call) keeps its index.
 */
export function indexGates(gates: Iterable<readonly string[] | null>): void {
  const index = new GateIndex();
  for (const gate of gates) {
    if (gate === null || INDEXED.has(gate)) continue;
    const clauses = GATE_CLAUSES.get(gate) ?? null;
    const tree = GATE_TREES.get(gate);
    INDEXED.set(
      gate,
      new IndexedGate(
        index,
        index.idsOf(gate),
        clauses === null ? null : clauses.map((c) => c.map((l) => index.idsOf(l))),
        gate.length + (clauses ?? []).flat(2).length,
        tree === undefined ? null : index.addTree(numberTree(tree, index)),
      ),
    );
  }
}

/** A rule (or anything) checked through its literal gate. */
export interface Gated {
  readonly gate: readonly string[] | null;
}

/**
 * A list of gated rules whose gates share one index: for each literal, the rules whose gate
 * names it, so a text is checked by the few literals it holds, not by every rule's gate. Flat
 * typed arrays over the list's range of literal ids (no array per literal); at most 65,535
 * rules (see {@link passingRules}).
 */
class GatedList<T extends Gated> {
  /** The lowest literal id a gate of the list names. */
  private readonly low: number;
  /**
   * Literal id `low + k`: the positions of the rules whose gate names it (ascending) are
   * `positions[starts[k]]` up to `positions[starts[k + 1]]`.
   */
  private readonly starts: Int32Array;
  private readonly positions: Uint16Array;
  /** The positions of the rules with no gate: always kept. */
  private readonly ungated: Uint16Array;
  private readonly gates: (IndexedGate | null)[];

  constructor(
    private readonly rules: readonly T[],
    private readonly index: GateIndex,
  ) {
    this.gates = rules.map((rule) => (rule.gate === null ? null : INDEXED.get(rule.gate)!));
    let low = Number.POSITIVE_INFINITY;
    let high = -1;
    const ungated: number[] = [];
    this.gates.forEach((gate, position) => {
      if (gate === null) ungated.push(position);
      else
        for (const id of gate.ids) {
          if (id < low) low = id;
          if (id > high) high = id;
        }
    });
    this.low = high < 0 ? 0 : low;
    this.ungated = Uint16Array.from(ungated);
    const span = high < 0 ? 0 : high - low + 1;
    // Counted, then placed: each gate's distinct ids once, in rule order.
    const starts = new Int32Array(span + 1);
    const eachId = (visit: (k: number, position: number) => void) =>
      this.gates.forEach((gate, position) => {
        if (gate === null) return;
        const ids = gate.ids;
        for (let i = 0; i < ids.length; i++)
          if (ids.indexOf(ids[i]!) === i) visit(ids[i]! - this.low, position);
      });
    eachId((k) => starts[k + 1]!++);
    for (let k = 0; k < span; k++) starts[k + 1]! += starts[k]!;
    this.positions = new Uint16Array(starts[span]!);
    const fill = starts.slice(0, span);
    eachId((k, position) => {
      this.positions[fill[k]!++] = position;
    });
    this.starts = starts;
  }

  passing(lower: string): T[] {
    const marks = this.index.marksOf(lower);
    const stamp = this.index.stamp;
    const ids = this.index.foundIds();
    const count = this.index.foundCount();
    const rules = this.rules.length;
    if (SEEN.length < rules) {
      SEEN = new Uint32Array(rules);
      CANDIDATES = new Int32Array(rules);
      visits = 0;
    }
    visits = visits === 0xffffffff ? 1 : visits + 1;
    if (visits === 1) SEEN.fill(0);
    const visit = visits;
    const seen = SEEN;
    const candidates = CANDIDATES;
    const { ungated, starts, positions, low } = this;
    const span = starts.length - 1;
    let n = 0;
    for (; n < ungated.length; n++) candidates[n] = ungated[n]!;
    for (let i = 0; i < count; i++) {
      const k = ids[i]! - low;
      if (k < 0 || k >= span) continue;
      const end = starts[k + 1]!;
      for (let j = starts[k]!; j < end; j++) {
        const position = positions[j]!;
        if (seen[position] === visit) continue;
        seen[position] = visit;
        candidates[n++] = position;
      }
    }
    // (In rule order: a typed array sorts by number.)
    if (n > 1) candidates.subarray(0, n).sort();
    const out: T[] = [];
    for (let i = 0; i < n; i++) {
      const position = candidates[i]!;
      const gate = this.gates[position]!;
      if (gate === null || gate.passes(marks, stamp)) out.push(this.rules[position]!);
    }
    return out;
  }
}

/**
 * Scratch of {@link GatedList.passing} shared by every list (one visit at a time), as long as
 * the longest list: `SEEN[position] === visits`: the rule is already a candidate in this visit;
 * `CANDIDATES`: the visit's candidates (each position once).
 */
let SEEN = new Uint32Array(0);
let CANDIDATES = new Int32Array(0);
let visits = 0;

const GATED_LISTS = new WeakMap<readonly Gated[], GatedList<Gated> | null>();

/**
 * The rules of `rules` whose gates `lower` (from {@link gateText}) passes, in their order:
 * `rules.filter((rule) => passesGate(rule.gate, lower))` as it is once the text is scanned (so a
 * rule that can match there is never dropped). Where every gate is indexed in one index
 * ({@link indexGates}), the text is scanned once and only the rules naming a literal it holds
 * are checked, so a long rule list costs what the text holds, not its length. The list's lookup
 * is built on first use and kept with the list (which must not change).
 */
export function passingRules<T extends Gated>(rules: readonly T[], lower: string): T[] {
  let list = GATED_LISTS.get(rules);
  if (list === undefined) {
    const indexes = new Set(
      rules.map((rule) => (rule.gate === null ? null : (INDEXED.get(rule.gate)?.index ?? 0))),
    );
    indexes.delete(null);
    const [index] = indexes;
    list =
      indexes.size === 1 && index instanceof GateIndex && rules.length <= 0xffff
        ? new GatedList(rules, index)
        : null;
    GATED_LISTS.set(rules, list);
  }
  if (list === null) return rules.filter((rule) => passesGate(rule.gate, lower));
  return (list as GatedList<T>).passing(lower);
}

/** True when `lower` holds one of `literals`. */
function holdsAny(gate: readonly string[], lower: string): boolean {
  if (gate.length <= 4) {
    for (const literal of gate) if (lower.includes(literal)) return true;
    return false;
  }
  // Many literals: one search for all of them beats one `includes` each.
  let search = GATE_SEARCHES.get(gate);
  if (!search) {
    search = new RegExp(gate.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
    GATE_SEARCHES.set(gate, search);
  }
  return search.test(lower);
}

/** Per expression: its own literal gate ({@link mayMatchIn}); null: none proved. */
const TEST_GATES = new WeakMap<RegExp, readonly string[] | null>();
/** The last text {@link mayMatchIn} lower-cased, and its {@link gateText}: one entry, no more. */
let testedText: string | null = null;
let testedLower = '';

/**
 * False when `text` cannot hold a match of `regex`: it holds none of the literals the
 * expression's source requires ({@link literalGate}, derived once per expression; an expression
 * without one, not `iu`, may always match). A text asked about for several expressions in a row
 * is lower-cased once.
 */
export function mayMatchIn(regex: RegExp, text: string): boolean {
  let gate = TEST_GATES.get(regex);
  if (gate === undefined) {
    // (Not indexed: an automaton per expression would cost memory for little; its literals are
    // looked for one by one, then its clauses.)
    gate = literalGate(regex);
    TEST_GATES.set(regex, gate);
  }
  if (gate === null) return true;
  if (text !== testedText) {
    testedText = text;
    testedLower = gateText(text);
  }
  return passesGate(gate, testedLower);
}

/**
 * `regex.test(text)` from the text's start (`lastIndex` reset first, and left as `test` leaves
 * it), skipped where {@link mayMatchIn} says it cannot match: the same answer as the plain test.
 */
export function gatedTest(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return mayMatchIn(regex, text) && regex.test(text);
}

const GATE_SCANS = new WeakMap<readonly string[], RegExp>();

/**
 * Where literals of `gate` start in `lower` (from {@link gateText}): leftmost, not overlapping.
 * A literal holds no line break, so every line of the text that holds one holds one of these
 * offsets: a rule run line by line need only read those lines. (Offsets are the text's own only
 * where lower-casing kept its length; callers check.)
 */
export function gateOffsets(gate: readonly string[], lower: string): number[] {
  let scan = GATE_SCANS.get(gate);
  if (!scan) {
    scan = new RegExp(gate.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
    GATE_SCANS.set(gate, scan);
  }
  const offsets: number[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(lower); m; m = scan.exec(lower)) offsets.push(m.index);
  return offsets;
}

type Requirement = string[] | null;

/** Better requirement: longer shortest literal, then fewer literals. */
function better(a: Requirement, b: Requirement): Requirement {
  if (a === null) return b;
  if (b === null) return a;
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

class GateParser {
  protected pos = 0;
  constructor(protected readonly source: string) {}

  /** An alternation up to `)` or the end: the union of its alternatives' requirements. */
  alternation(): Requirement {
    const alternatives: Requirement[] = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos += 1;
      alternatives.push(this.sequence());
    }
    if (alternatives.some((a) => a === null)) return null;
    return [...new Set(alternatives.flatMap((a) => a!))];
  }

  protected isQuantifier(): boolean {
    const ch = this.source[this.pos];
    return ch === '?' || ch === '*' || ch === '+' || ch === '{';
  }

  protected skipQuantifier(): void {
    if (this.source[this.pos] === '{') {
      const close = this.source.indexOf('}', this.pos);
      if (close < 0) throw new Error('unclosed quantifier');
      this.pos = close + 1;
    } else {
      this.pos += 1;
    }
    if (this.source[this.pos] === '?') this.pos += 1;
  }

  protected skipEscape(): void {
    const s = this.source;
    const next = s[this.pos + 1];
    if (next === undefined) throw new Error('trailing backslash');
    if ((next === 'p' || next === 'P' || next === 'u') && s[this.pos + 2] === '{') {
      const close = s.indexOf('}', this.pos);
      if (close < 0) throw new Error('unclosed escape');
      this.pos = close + 1;
    } else if (next === 'u') {
      this.pos += 6;
    } else if (next === 'x') {
      this.pos += 4;
    } else if (next === 'c') {
      this.pos += 3;
    } else if (next === 'k' && s[this.pos + 2] === '<') {
      const close = s.indexOf('>', this.pos);
      if (close < 0) throw new Error('unclosed backreference');
      this.pos = close + 1;
    } else if (next >= '0' && next <= '9') {
      this.pos += 2;
      while (/[0-9]/.test(s[this.pos] ?? '')) this.pos += 1;
    } else {
      this.pos += 2;
    }
  }

  protected skipClass(): void {
    const s = this.source;
    this.pos += 1;
    while (this.pos < s.length && s[this.pos] !== ']') {
      this.pos += s[this.pos] === '\\' ? 2 : 1;
    }
    if (s[this.pos] !== ']') throw new Error('unclosed class');
    this.pos += 1;
  }

  /** One alternative: the best requirement among its required parts. */
  private sequence(): Requirement {
    let best: Requirement = null;
    this.walkSequence(
      (run) => {
        best = better(best, [run]);
      },
      () => this.alternation(),
      (inner) => {
        best = better(best, inner);
      },
      (members) => {
        best = better(best, members);
      },
    );
    return best;
  }

  /**
   * A character class at `pos` (moved past it): its members in lower case when it is a short
   * list of gate characters and ranges of them ("[（(]", "[□☐]", "[RHS]", "[①-⑳]"); null when it
   * is negated, holds a class escape (\d, \p{…}) or another escape, or has more than 32 members.
   */
  protected classMembers(): string[] | null {
    const s = this.source;
    const start = this.pos;
    this.skipClass();
    const end = this.pos - 1;
    if (s[start + 1] === '^') return null;
    const chars: string[] = [];
    // One member at `at`: its character and its length in the source, or null.
    const member = (at: number): [string, number] | null => {
      const c = s[at]!;
      if (c !== '\\') return at < end ? [c, 1] : null;
      const next = s[at + 1]!;
      return /[\^$\\.*+?()[\]{}|/-]/.test(next) ? [next, 2] : null;
    };
    for (let at = start + 1; at < end; ) {
      const first = member(at);
      if (first === null || first[0].length !== 1) return null;
      at += first[1];
      if (s[at] === '-' && at + 1 < end) {
        const last = member(at + 1);
        if (last === null) return null;
        at += 1 + last[1];
        const from = first[0].charCodeAt(0);
        const to = last[0].charCodeAt(0);
        if (to < from || to - from > 32) return null;
        for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
      } else chars.push(first[0]);
      if (chars.length > 32) return null;
    }
    if (chars.length === 0 || !chars.every(gateChar)) return null;
    return [...new Set(chars.map((c) => c.toLowerCase()))];
  }

  /**
   * Walks one alternative up to `|`, `)` or the end, handing each maximal literal run (lower
   * case) to `literal` and each group that must match (not a lookaround, not optional) to
   * `counted`, after `group` has parsed its inside, and each class that must match one of a few
   * gate characters to `oneOf`. Both gate parsers share it: they differ only in what they keep of
   * runs, groups and classes.
   */
  protected walkSequence<T>(
    literal: (run: string) => void,
    group: () => T,
    counted: (inner: T) => void,
    oneOf: (members: string[]) => void,
  ): void {
    const s = this.source;
    let run = '';
    // Whether the last atom was a character appended to `run` (a quantifier takes it back).
    let lastInRun = false;
    const flush = () => {
      if (run.length > 0) literal(run.toLowerCase());
      run = '';
    };
    while (this.pos < s.length) {
      const ch = s[this.pos]!;
      if (ch === '|' || ch === ')') break;
      if (this.isQuantifier()) {
        if (lastInRun) run = run.slice(0, -1);
        flush();
        this.skipQuantifier();
        lastInRun = false;
        continue;
      }
      lastInRun = false;
      if (ch === '\\' && /[\^$\\.*+?()[\]{}|/-]/.test(s[this.pos + 1] ?? '')) {
        // An escaped syntax character is that character ("b\.\s?i\.", "d\/c", "\(\s*\)"):
        // part of the run.
        run += s[this.pos + 1];
        lastInRun = true;
        this.pos += 2;
      } else if (ch === '\\') {
        flush();
        this.skipEscape();
      } else if (ch === '[') {
        flush();
        const members = this.classMembers();
        if (members !== null && !this.isQuantifier()) oneOf(members);
      } else if (ch === '(') {
        flush();
        let lookaround = false;
        if (s.startsWith('(?:', this.pos)) this.pos += 3;
        else if (s.startsWith('(?=', this.pos) || s.startsWith('(?!', this.pos)) {
          lookaround = true;
          this.pos += 3;
        } else if (s.startsWith('(?<=', this.pos) || s.startsWith('(?<!', this.pos)) {
          lookaround = true;
          this.pos += 4;
        } else if (s.startsWith('(?<', this.pos)) {
          const close = s.indexOf('>', this.pos);
          if (close < 0) throw new Error('unclosed group name');
          this.pos = close + 1;
        } else if (s.startsWith('(?', this.pos)) {
          throw new Error('unknown group');
        } else this.pos += 1;
        const inner = group();
        if (s[this.pos] !== ')') throw new Error('unclosed group');
        this.pos += 1;
        const optional = this.isQuantifier();
        if (!lookaround && !optional) counted(inner);
      } else if (ch === '.' || ch === '^' || ch === '$') {
        flush();
        this.pos += 1;
      } else if (gateChar(ch)) {
        run += ch;
        lastInRun = true;
        this.pos += 1;
      } else {
        flush();
        this.pos += 1;
      }
    }
    flush();
  }

  done(): boolean {
    return this.pos === this.source.length;
  }
}

/**
 * The literal gate of a compiled regular expression, or null when none can be proved. Only
 * case-insensitive Unicode expressions (`iu`) are gated: gates are looked up in lower case.
 */
export function literalGate(regex: RegExp): readonly string[] | null {
  if (!regex.flags.includes('i') || !regex.flags.includes('u')) return null;
  let gate: string[] | null;
  try {
    const parser = new GateParser(regex.source);
    gate = parser.alternation();
    if (!parser.done() || gate === null || gate.some((literal) => literal.length === 0))
      return null;
  } catch {
    return null;
  }
  const clauses = clauseGate(regex.source);
  if (clauses !== null) GATE_CLAUSES.set(gate, clauses);
  const tree = treeGate(regex.source);
  if (tree !== null) GATE_TREES.set(gate, tree);
  return gate;
}

/**
 * The whole requirement of a pattern, kept beside its gate for gates checked through an index
 * ({@link indexGates}): every literal run, short class and required group of an alternative is
 * required together (`and`), any one alternative of a group will do (`or`), nested as the
 * pattern nests. What {@link GATE_CLAUSES} keeps is a weaker reading of the same tree (it keeps
 * only the best literal of each nested alternative): "b&h" in "(?:marlboro|b&h|…)\s+\d+ a day"
 * needs "b&h", not just "b". A match holds every literal its path through the pattern requires,
 * so a text where the tree does not hold has no match.
 */
interface GateTree {
  readonly and: boolean;
  /** Literals (lower case) and nested trees. */
  readonly parts: readonly (string | GateTree)[];
}

/** A requirement: a tree, a literal, or true (nothing required). */
type Need = GateTree | string | true;

const GATE_TREES = new WeakMap<readonly string[], GateTree>();

/** At most this many nodes per tree: a larger one is not kept (the clauses stay). */
const MAX_TREE_NODES = 4000;

function treeGate(source: string): GateTree | null {
  try {
    const parser = new TreeParser(source);
    const need = parser.alternatives();
    if (!parser.done() || need === true || typeof need === 'string') return null;
    if (!hasAnd(need) || parser.nodes > MAX_TREE_NODES) return null;
    return need;
  } catch {
    return null;
  }
}

function hasAnd(tree: GateTree): boolean {
  return tree.and || tree.parts.some((p) => typeof p !== 'string' && hasAnd(p));
}

function allOf(parts: Need[]): Need {
  const kept: (string | GateTree)[] = [];
  for (const part of parts) {
    if (part === true) continue;
    if (typeof part !== 'string' && part.and) kept.push(...part.parts);
    else kept.push(part);
  }
  if (kept.length === 0) return true;
  if (kept.length === 1) return kept[0]!;
  return { and: true, parts: [...new Set(kept)] };
}

function anyOf(parts: Need[]): Need {
  const kept: (string | GateTree)[] = [];
  for (const part of parts) {
    if (part === true) return true;
    if (typeof part !== 'string' && !part.and) kept.push(...part.parts);
    else kept.push(part);
  }
  if (kept.length === 0) return true;
  if (kept.length === 1) return kept[0]!;
  return { and: false, parts: [...new Set(kept)] };
}

/**
 * {@link GateParser}'s reading of a source, keeping the whole and/or structure: a sequence needs
 * all its literal runs, short classes and required groups; an alternation one of its
 * alternatives (none when an alternative needs nothing). Optional and quantified parts,
 * lookarounds, other classes and escapes need nothing.
 */
class TreeParser extends GateParser {
  nodes = 0;

  alternatives(): Need {
    const alternatives: Need[] = [this.needs()];
    while (this.source[this.pos] === '|') {
      this.pos += 1;
      alternatives.push(this.needs());
    }
    this.nodes += alternatives.length;
    return anyOf(alternatives);
  }

  private needs(): Need {
    const parts: Need[] = [];
    this.walkSequence<Need>(
      (run) => {
        parts.push(run);
      },
      () => this.alternatives(),
      (inner) => {
        parts.push(inner);
      },
      (members) => {
        parts.push(anyOf(members));
      },
    );
    this.nodes += parts.length;
    return allOf(parts);
  }
}

/**
 * A stronger form of a gate, kept beside it (keyed by the gate's array, so every caller of
 * {@link passesGate} uses it): for each top-level alternative, every literal clause its
 * sequence requires (a clause is satisfied by any one of its literals). A text must satisfy
 * every clause of at least one alternative. Only kept where some alternative has two clauses
 * or more (otherwise it says no more than the gate).
 */
const GATE_CLAUSES = new WeakMap<readonly string[], readonly (readonly Clause[])[]>();

/** Any one of these lower-case literals. */
type Clause = readonly string[];

/** At most this many clauses per alternative are checked (the longest literals first). */
const MAX_CLAUSES = 6;

function passesClauses(alternatives: readonly (readonly Clause[])[], lower: string): boolean {
  for (const clauses of alternatives) {
    let all = true;
    for (const clause of clauses) {
      if (!holdsAny(clause, lower)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

function clauseGate(source: string): (readonly Clause[])[] | null {
  try {
    const parser = new ClauseParser(source);
    const alternatives = parser.alternatives();
    if (!parser.done()) return null;
    if (alternatives.some((clauses) => clauses.length === 0)) return null;
    if (alternatives.some((clauses) => clauses.some((c) => c.some((l) => l.length === 0))))
      return null;
    if (alternatives.every((clauses) => clauses.length < 2)) return null;
    return alternatives.map((clauses) =>
      [...clauses]
        .sort((a, b) => minLength(b) - minLength(a) || a.length - b.length)
        .slice(0, MAX_CLAUSES),
    );
  } catch {
    return null;
  }
}

const minLength = (clause: Clause) => Math.min(...clause.map((l) => l.length));

/**
 * {@link GateParser}'s reading of a source, keeping every required clause of a sequence rather
 * than the best one. A required group with one alternative adds its clauses; one with several
 * adds one clause, the union of each alternative's best (as GateParser does), or none when an
 * alternative requires nothing. A class of a few gate characters is a clause of its own. Optional
 * and quantified parts, lookarounds, other classes and escapes require nothing.
 */
class ClauseParser extends GateParser {
  alternatives(): Clause[][] {
    const alternatives: Clause[][] = [this.clauses()];
    while (this.source[this.pos] === '|') {
      this.pos += 1;
      alternatives.push(this.clauses());
    }
    return alternatives;
  }

  private clauses(): Clause[] {
    const clauses: Clause[] = [];
    this.walkSequence<Clause[][]>(
      (run) => {
        clauses.push([run]);
      },
      () => this.alternatives(),
      (inner) => {
        if (inner.length === 1) clauses.push(...inner[0]!);
        else if (inner.every((alternative) => alternative.length > 0)) {
          const bests = inner.map((alternative) =>
            alternative.reduce<Requirement>((best, c) => better(best, [...c]), null),
          );
          clauses.push([...new Set(bests.flatMap((b) => b!))]);
        }
      },
      (members) => {
        clauses.push(members);
      },
    );
    return clauses;
  }
}

/** True when every character of `text` is ASCII. */
export function isAscii(text: string): boolean {
  return !/[\u0080-\uffff]/.test(text);
}

const TWINS = new WeakMap<RegExp, RegExp | null>();

/**
 * A twin of a case-insensitive Unicode expression (`iu`) compiled without `u`, for ASCII-only
 * texts, where V8 runs it many times faster; null when the twin could differ. On an ASCII text
 * the two differ only where the pattern can match U+017F (long s) or U+212A (Kelvin), the two
 * characters that fold to ASCII letters under `iu` and not under `i`, or holds an astral
 * character (one unit under `u`, two without) or an escape that means something else without
 * `u` (\p, \u{…}); such patterns get no twin. `\w`, `\W`, `\b`, `.`, negated classes: checked
 * equal on every ASCII character.
 */
export function asciiTwin(regex: RegExp): RegExp | null {
  const known = TWINS.get(regex);
  if (known !== undefined) return known;
  const source = regex.flags.includes('u') ? withAsciiProperties(regex.source) : null;
  const safe = source !== null && !canDenoteFoldingOrAstral(source);
  const twin = safe ? compiledOrNull(source, regex.flags.replace('u', '')) : null;
  TWINS.set(regex, twin);
  return twin;
}

/** `new RegExp(source, flags)`, or null where the source does not compile with those flags. */
function compiledOrNull(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** Characters that fold to an ASCII letter under `iu` but not under `i` (long s, Kelvin). */
const FOLDS_TO_ASCII = [0x017f, 0x212a];

/**
 * True when a pattern source may denote a character that makes its `iu` and `i` forms differ on
 * ASCII text: U+017F or U+212A, written as a character, an escape or inside a class range
 * (`[ā-ǿ]`); a surrogate (an astral character is one unit under `u`, two without); or an escape
 * read differently without `u` (`\u{…}`, a property, `\c`, `\k` without named groups). A `-` that
 * is not a range (`[-–]`, `(?:-|–)`) is a character, not a reason: the old check refused every
 * non-ASCII character next to a dash.
 */
function canDenoteFoldingOrAstral(source: string): boolean {
  const unsafe = (code: number) =>
    FOLDS_TO_ASCII.includes(code) || (code >= 0xd800 && code <= 0xdfff);
  const namedGroups = /\(\?<[A-Za-z_$]/.test(source);
  // One atom at `at`: its code point (null for a class escape such as \d) and its length.
  const atom = (at: number): { code: number | null; length: number } | undefined => {
    const c = source[at]!;
    if (c !== '\\') return { code: source.charCodeAt(at), length: 1 };
    const next = source[at + 1];
    if (next === undefined) return undefined;
    if (next === 'u') {
      const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(at + 2, at + 6));
      return hex ? { code: Number.parseInt(hex[0], 16), length: 6 } : undefined;
    }
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(source.slice(at + 2, at + 4));
      return hex ? { code: Number.parseInt(hex[0], 16), length: 4 } : undefined;
    }
    if (next === 'p' || next === 'P' || next === 'c') return undefined;
    if (next === 'k') return namedGroups ? { code: null, length: 2 } : undefined;
    if ('dDwWsSbB'.includes(next) || (next >= '0' && next <= '9')) return { code: null, length: 2 };
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    return { code: controls[next] ?? next.charCodeAt(0), length: 2 };
  };
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (!inClass && c === '[') {
      inClass = true;
      i += source[i + 1] === '^' ? 2 : 1;
      continue;
    }
    if (inClass && c === ']') {
      inClass = false;
      i += 1;
      continue;
    }
    const first = atom(i);
    if (!first) return true;
    if (first.code !== null && unsafe(first.code)) return true;
    i += first.length;
    // A range inside a class: `a-b` where `b` is not the class's end.
    if (inClass && source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      const last = atom(i + 1);
      if (!last) return true;
      if (first.code === null || last.code === null) return true;
      if (last.code !== null && unsafe(last.code)) return true;
      for (const code of FOLDS_TO_ASCII) if (first.code <= code && code <= last.code) return true;
      if (first.code <= 0xdfff && last.code >= 0xd800) return true;
      i += 1 + last.length;
    }
  }
  return false;
}

/**
 * On ASCII text a letter or digit property is its ASCII range: `\p{L}` is `[a-zA-Z]`, `\p{Lu}`
 * `[A-Z]`, `\p{Ll}` `[a-z]`, `\p{N}` and `\p{Nd}` `[0-9]` (checked equal on every ASCII character,
 * with and without `i`). The source with those written out, for the twin; null when it holds
 * another property escape (`\P{…}`, scripts), which stays without a twin.
 */
function withAsciiProperties(source: string): string | null {
  if (!source.includes('\\p') && !source.includes('\\P')) return source;
  const ranges: Record<string, string> = { L: 'a-zA-Z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', Nd: '0-9' };
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\') {
      const property = /^\\p\{(\w+)\}/.exec(source.slice(i, i + 8));
      if (property) {
        const range = ranges[property[1]!];
        if (range === undefined) return null;
        out += inClass ? range : `[${range}]`;
        i += property[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'P' || source[i + 1] === 'p') return null;
      out += c + (source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Characters a case-insensitive Unicode expression may match by case (see {@link caselessTwin}). */
export const CASED = /[\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u;

const CASELESS_TWINS = new WeakMap<RegExp, RegExp | null>();

/**
 * A twin of a case-insensitive Unicode expression (`iu`) compiled without `i`, its ASCII letters
 * written as both cases (`smok` → `[sS][mM][oO][kK]`), for texts that are not ASCII (a Japanese
 * note) but hold neither U+017F (long s) nor U+212A (Kelvin); null when the twin could differ. V8
 * runs an `iu` expression over such a text many times slower (the Japanese smoking prefilter about
 * five times). On such a text the two are the same: an ASCII letter matches under `iu` only its two
 * cases and those two characters, and `\w` and `\b` differ only by them. Refused: any other
 * character with case (Greek, full-width Latin, also in a class range), a property escape, a
 * back-reference, `\u{…}`, `\c`, an escaped letter code (`\u0041`, `\x41`).
 */
export function caselessTwin(regex: RegExp): RegExp | null {
  const known = CASELESS_TWINS.get(regex);
  if (known !== undefined) return known;
  const source =
    regex.flags.includes('i') && regex.flags.includes('u') ? caselessSource(regex.source) : null;
  const twin = source !== null ? compiledOrNull(source, regex.flags.replace('i', '')) : null;
  CASELESS_TWINS.set(regex, twin);
  return twin;
}

/** Whether {@link caselessTwin} may read `text`: it holds neither U+017F nor U+212A. */
export function caselessText(text: string): boolean {
  return !text.includes('\u017f') && !text.includes('\u212a');
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The source with every ASCII letter as both its cases, or null (see {@link caselessTwin}). */
function caselessSource(source: string): string | null {
  const points = [...source];
  const cased = (ch: string) => ch.charCodeAt(0) >= 128 && CASED.test(ch);
  const both = (ch: string) => ch.toLowerCase() + ch.toUpperCase();
  let out = '';
  let inClass = false;
  for (let i = 0; i < points.length; i++) {
    const ch = points[i]!;
    if (ch === '\\') {
      const next = points[i + 1];
      if (next === undefined) return null;
      // Escapes that are no letter of the text: classes, boundaries, controls, punctuation.
      if (!/[dDwWsSbBnrtfv0.\\/^$|?*+()[\]{}\-'’"<>=!:,&@#%~`;_ ]/.test(next)) return null;
      if (next === '0' && /\d/.test(points[i + 2] ?? '')) return null;
      out += ch + next;
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        out += ch;
        continue;
      }
      // A range: both ends as written, plus the other case of its letters.
      if (points[i + 1] === '-' && points[i + 2] !== undefined && points[i + 2] !== ']') {
        const last = points[i + 2]!;
        if (last === '\\') return null;
        const from = ch.codePointAt(0)!;
        const to = last.codePointAt(0)!;
        if (from > to) return null;
        for (let code = Math.max(from, 128); code <= to; code++)
          if (cased(String.fromCodePoint(code))) return null;
        out += `${ch}-${last}`;
        const lo = Math.max(from, 65);
        const hi = Math.min(to, 122);
        for (let code = lo; code <= hi; code++) {
          if (!isLetter(code)) continue;
          const other = String.fromCharCode(code ^ 32);
          out += other === '-' ? '\\-' : other;
        }
        i += 2;
        continue;
      }
      if (cased(ch)) return null;
      out += isLetter(ch.charCodeAt(0)) ? both(ch) : ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (points[i + 1] === '^') {
        out += '^';
        i += 1;
      }
      continue;
    }
    if (ch === '(' && points[i + 1] === '?') {
      // A group's opening: (?: (?= (?! (?<= (?<! or a named group (?<name>), copied whole.
      const opening = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(
        points.slice(i, i + 40).join(''),
      );
      if (!opening) return null;
      out += opening[0];
      i += [...opening[0]].length - 1;
      continue;
    }
    if (cased(ch)) return null;
    out += isLetter(ch.charCodeAt(0)) ? `[${both(ch)}]` : ch;
  }
  return inClass ? null : out;
}

/**
 * The fastest form of `regex` that matches the same in `text`: its {@link asciiTwin} on an ASCII
 * text, its {@link caselessTwin} on another text that allows one, else `regex` itself.
 */
export function twinFor(regex: RegExp, text: string): RegExp {
  if (isAscii(text)) return asciiTwin(regex) ?? regex;
  return (caselessText(text) && caselessTwin(regex)) || regex;
}
