import { gateText, indexGates, literalGate, passingRules } from '../../core/text/literal-gate.js';
import { ShapeFilter } from '../../core/text/shape-filter.js';

/** One approved HGNC gene with the other symbols it has been written as. */
export interface HgncGene {
  readonly symbol: string;
  /** `HGNC:3236`: FHIR's gene coding and OMOP Genomic's concept_code (without the prefix). */
  readonly hgncId: string;
  readonly aliases: readonly string[];
  readonly previous: readonly string[];
}

/** The reviewed clinical supplement (`vocab/genetics/genes.yaml`). */
export interface GeneSupplement {
  /** Clinical forms HGNC lacks or maps wrongly for a clinic; matched ignoring case. */
  readonly aliases: readonly { readonly forms: readonly string[]; readonly gene: string }[];
  /** Forms naming several genes at once ("BRCA1/2", "NTRK1-3"): regular expressions. */
  readonly families: readonly { readonly pattern: string; readonly genes: readonly string[] }[];
  /** Extra forms that count only in genetic context (besides the HGNC ambiguity table). */
  readonly context_only: readonly string[];
  /** Forms never read as a gene ("COPD", an old ARCN1 symbol). */
  readonly never: readonly string[];
  /** Hyphenated tokens none of whose parts is read as a gene ("AR-V7"). */
  readonly never_tokens?: readonly string[];
  /** Words that introduce a specimen label ("block C2", "slide A1"): the label is no gene. */
  readonly specimen_label_words: readonly string[];
  /** Words that introduce a treatment cycle label ("post C3"): the label is no gene. */
  readonly cycle_label_words?: readonly string[];
  /** A copy count right after a gene ("(ABL1 44,000)"): the gene is an assay's control. */
  readonly control_count_after?: string;
  /** Symbols that abbreviate a disease named in full in the same note (FH). */
  readonly disease_abbreviations?: readonly {
    readonly form: string;
    readonly names?: readonly string[];
    /** A term's words right after the form ("APC resistance"), read from its end. */
    readonly after?: string;
  }[];
}

export interface GeneLexiconSource {
  readonly hgnc: readonly HgncGene[];
  /** geneOncoX clinical aliases, case as written: alias → symbol (a broad alias may name two genes). */
  readonly supplementary: readonly { readonly alias: string; readonly symbol: string }[];
  /** Upper-cased terms of the HGNC ambiguity table with their category. */
  readonly ambiguous: ReadonlyMap<string, string>;
  readonly supplement: GeneSupplement;
}

export interface GeneMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Approved symbols; more than one for a family form ("BRCA1/2"). */
  readonly genes: readonly string[];
  /** A word or clinical abbreviation as well as a gene (MET, KIT, ROS, ER): needs genetic context. */
  readonly contextOnly: boolean;
  /** Written with the germline prefix `g` ("gBRCA2", "gBRCA1/2"), which is not part of the span. */
  readonly germline?: true;
  /** Written with the tumour prefix `t` ("tBRCA1", "tBRCA1/2m"), which is not part of the span. */
  readonly somatic?: true;
}

/** The germline prefix of BRCA shorthand ("gBRCA2m", "gBRCA1/2 wt"; en decision 110, ja 91). */
const GERMLINE_PREFIX = /^g[A-Z]/;
/** The tumour prefix of the same shorthand ("tBRCA1変異陽性", "tBRCA1/2m", "sBRCA2"): somatic. */
const ORIGIN_PREFIX = /^[gst][A-Z]/;

interface Entry {
  readonly genes: readonly string[];
  readonly contextOnly: boolean;
}

// Candidate tokens: a letter, then letters/digits, hyphen-joined parts ("NKX2-1", "EML4-ALK"),
// holding a capital or a digit: gene symbols do, ordinary words (most of a note) do not.
const TOKEN =
  /(?<![A-Za-z0-9])(?=[a-z0-9-]*[A-Z0-9])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])/g;

// A symbol typed with a capital first letter only: letters, then a number and at most a letter.
const CAPITALISED_SYMBOL = /^[A-Z][a-z]{2,7}\d{1,2}[a-z]?$/;

// A specimen label's shape ("C2", "A1", "B12", "C4A"); the words that introduce one are the
// supplement's `specimen_label_words` (see GeneLexicon.labelBefore).
const LABEL_SHAPE = /^[A-Z]{1,2}\d{1,2}[A-Z]?$/;

// A treatment cycle label's shape ("C3"); the words that introduce one are the supplement's
// `cycle_label_words` (see GeneLexicon.cycleBefore).
const CYCLE_SHAPE = /^C\d{1,2}$/;

// A symbol joined to the one before it ("BCR-ABL1", "BCR::ABL1", "NPM1/ABL1"): a fusion's or a
// ratio's part, whose count is no control's.
const JOINED_BEFORE = /(?:::|[-–/])[ \t]?$/;

// A symbol with an exon shorthand glued on: "METex14", "EGFRex19del", "EGFRex20ins".
const EXON_GLUED = /^([A-Z][A-Z0-9]*?[A-Z0-9])ex\d{1,2}(?:del|ins|dup|skip)?$/;

// After a symbol, its siblings' last characters: "/3", "/2/3" (digits), "/B" (a letter).
const SIBLING_DIGITS = /^(?:[ \t]?[/／][ \t]?\d{1,2}){1,3}(?![A-Za-z0-9])/;
const SIBLING_LETTERS = /^(?:[ \t]?[/／][ \t]?[A-Z]){1,3}(?![A-Za-z0-9])/;
// So with a Japanese comma, a middle dot or と: "BRCA1、2ともに陰性", "IDH1・2：陰性", "NTRK1、2、3融合遺
// 伝子", "BRCA1と2はいずれも"; not a count or a date after the gene, "RUNX1、2か月後", "TP53、2例".
const SIBLING_DIGITS_JA =
  /^(?:[ \t]?[、・と][ \t]?\d{1,2}){1,3}(?![A-Za-z0-9０-９.．,，/／]|[ \t]?(?:か月|ヶ月|カ月|[回例年月日週名人歳度番つ個本次件施行%％倍]))/;

const FUNCTION_WORDS = /^(?:WAS|IS|ARE|WERE|HAS|HAD|CAN|MAY|FOR|AND|NOT|THE|ALL|BUT|END)$/;

/**
 * Every approved HGNC symbol, with unambiguous aliases and previous symbols, plus a reviewed
 * clinical supplement. Approved symbols and aliases are matched as written (gene symbols are
 * case-sensitive: "EGFR" the gene, "eGFR" the kidney function); clinical forms ignoring case.
 * Strings that are also words or clinical abbreviations are flagged `contextOnly`.
 */
export class GeneLexicon {
  private readonly exact = new Map<string, Entry>();
  private readonly folded = new Map<string, Entry>();
  private readonly families: readonly {
    readonly re: RegExp;
    readonly genes: readonly string[];
    /** Lower-case literals one of which any match holds (null: none proved). */
    readonly gate: readonly string[] | null;
  }[];
  private readonly lowerCase: RegExp;
  /** Folded forms with a slash ("her2/neu"): a slash match names a gene only if it is one. */
  private readonly slashForms: readonly string[];
  /** `foldedLengths[n]`: some folded form has `n` characters. */
  private readonly foldedLengths: boolean[] = [];
  /** The shapes of the `exact` forms, set once they are all in: most tokens are none of them. */
  private exactShapes: ShapeFilter | null = null;
  /** Any of the forms `lowerCase` matches (as written): a text without one is not searched. */
  private readonly lowerCaseAny: RegExp;
  readonly approved: ReadonlySet<string>;
  /** Symbols that are English words (HGNC ambiguity table): WAS, SET, CAT. */
  private readonly words: ReadonlySet<string>;
  /**
   * Text ending in a word that introduces a specimen label ("block", "slides"), maybe after
   * other labels of a list ("blocks A1 and C2", "slides B3, C2").
   */
  private readonly labelBefore: RegExp;
  /** Text ending in a word that introduces a treatment cycle label ("post", "after", "pre-"). */
  private readonly cycleBefore: RegExp | null;
  /** Hyphenated tokens none of whose parts is a gene (supplement `never_tokens`), upper case. */
  private readonly neverTokens: ReadonlySet<string>;
  /** A copy count read from a gene's end: the gene is an assay's control. */
  private readonly controlCountAfter: RegExp | null;
  private readonly diseaseAbbreviations: readonly {
    form: string;
    names: RegExp | null;
    after: RegExp | null;
  }[];

  constructor(source: GeneLexiconSource) {
    this.diseaseAbbreviations = (source.supplement.disease_abbreviations ?? []).map((d) => ({
      form: d.form.toUpperCase(),
      names: d.names?.length ? new RegExp(d.names.join('|'), 'iu') : null,
      after: d.after ? new RegExp(`^(?:${d.after})`, 'iu') : null,
    }));
    // Only function words (verbs, conjunctions): a noun such as KIT in "KIT MUTATION PCR" is
    // the gene.
    this.words = new Set(
      [...source.ambiguous]
        .filter(([term, c]) => c === 'english_word' && FUNCTION_WORDS.test(term))
        .map(([term]) => term),
    );
    const labelWords = source.supplement.specimen_label_words.map((w) => `${w}s?`).join('|');
    this.labelBefore = new RegExp(
      `(?<![A-Za-z])(?:${labelWords})[ \\t]*(?:#|no\\.?)?[ \\t]*(?:[A-Za-z]{0,2}\\d{0,3}[A-Za-z]?[ \\t]*(?:,|&|\\/|and)[ \\t]*)*$`,
      'i',
    );
    const cycleWords = source.supplement.cycle_label_words ?? [];
    this.cycleBefore =
      cycleWords.length > 0
        ? new RegExp(`(?<![A-Za-z])(?:${cycleWords.join('|')})[ \\t]*[-–]?[ \\t]*$`, 'i')
        : null;
    const countAfter = source.supplement.control_count_after;
    this.controlCountAfter = countAfter ? new RegExp(`^(?:${countAfter})`, 'i') : null;
    const never = new Set(source.supplement.never.map((f) => f.toUpperCase()));
    this.neverTokens = new Set((source.supplement.never_tokens ?? []).map((f) => f.toUpperCase()));
    const contextOnlyTerms = new Set(source.supplement.context_only.map((f) => f.toUpperCase()));
    const risky = (form: string) => {
      const category = source.ambiguous.get(form.toUpperCase());
      return (
        category === 'clinical_abbreviation' ||
        category === 'english_word' ||
        contextOnlyTerms.has(form.toUpperCase())
      );
    };
    this.approved = new Set(source.hgnc.map((g) => g.symbol));
    // One shared entry per gene and flag: the lexicon holds ~90,000 forms in a small heap.
    const entries = new Map<string, Entry>();
    const entryOf = (symbol: string, contextOnly: boolean): Entry => {
      const key = contextOnly ? `?${symbol}` : symbol;
      let entry = entries.get(key);
      if (!entry) {
        entry = { genes: [symbol], contextOnly };
        entries.set(key, entry);
      }
      return entry;
    };
    // Aliases and previous symbols count only when they name one gene and are no other
    // gene's approved symbol (HGNC's aliases are not made for text mining).
    const owner = new Map<string, string | null>();
    for (const gene of source.hgnc) {
      for (const form of [...gene.aliases, ...gene.previous]) {
        const known = owner.get(form);
        owner.set(form, known === undefined || known === gene.symbol ? gene.symbol : null);
      }
    }
    for (const [form, symbol] of owner) {
      if (symbol === null || this.approved.has(form) || form.length < 3) continue;
      if (never.has(form.toUpperCase()) || !/[A-Z]/.test(form)) continue;
      // An alias that is also an English word ("NOT" for NR4A2, "ALL" for BCR) is read as the
      // word: only approved symbols that are words (KIT, SET) are kept, as context-only.
      const category = source.ambiguous.get(form.toUpperCase());
      if (category === 'multi_gene' || category === 'english_word') continue;
      // An alias or old symbol in clinical text is as often an abbreviation ("FDG" is a SMUG1
      // alias): it counts only in genetic context, like the words above.
      this.exact.set(form, entryOf(symbol, true));
    }
    owner.clear();
    for (const gene of source.hgnc) {
      if (never.has(gene.symbol)) continue;
      // Two-letter symbols (TF, HR, AR, CP) are abbreviations far more often than genes.
      const short = gene.symbol.length <= 2;
      this.exact.set(gene.symbol, entryOf(gene.symbol, short || risky(gene.symbol)));
    }
    const addFolded = (form: string, genes: readonly string[]) => {
      const key = form.toLowerCase();
      const known = this.folded.get(key);
      const all = [...new Set([...(known?.genes ?? []), ...genes])];
      this.folded.set(key, { genes: all, contextOnly: risky(form) });
    };
    // geneOncoX forms are case-specific ("EGFr" must not make "eGFR", the kidney value, a gene).
    for (const row of source.supplementary) {
      if (never.has(row.alias.toUpperCase())) continue;
      const known = this.exact.get(row.alias);
      if (known && this.approved.has(row.alias)) continue;
      const genes = [...new Set([...(known?.genes ?? []), row.symbol])];
      this.exact.set(row.alias, { genes, contextOnly: risky(row.alias) });
    }
    for (const alias of source.supplement.aliases) {
      for (const form of alias.forms) addFolded(form, [alias.gene]);
    }
    // Clinical forms typed all in lower case ("c-met", "neu", "k-ras") escape TOKEN: one
    // pattern for them.
    const lowerForms = [...this.folded.keys()].filter((form) => !/\d/.test(form));
    this.slashForms = [...this.folded.keys()].filter((form) => form.includes('/'));
    for (const form of this.folded.keys()) this.foldedLengths[form.length] = true;
    this.lowerCase = new RegExp(
      `(?<![A-Za-z0-9])(?:${lowerForms
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('|')})(?![A-Za-z0-9])`,
      'g',
    );
    this.families = source.supplement.families.map((f) => ({
      // (Or right after a germline prefix: "gBRCA1/2". One negative lookbehind, not an
      // alternation of lookbehinds: V8 runs it about five times faster over a note.)
      // (So after the tumour prefix: "tBRCA1/2", "sBRCA1/2".)
      re: new RegExp(
        `(?<![A-FH-RU-Za-fh-ru-z0-9]|[A-Za-z0-9][gst])(?:${f.pattern})(?![A-Za-z0-9])`,
        'gi',
      ),
      genes: f.genes,
      gate: familyGate(f.pattern),
    }));
    this.lowerCaseAny = new RegExp(
      lowerForms.map((f) => f.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'),
    );
    this.exactShapes = new ShapeFilter(this.exact.keys());
    indexGates(this.families.map((family) => family.gate));
  }

  /**
   * A symbol that names something else at this place: a treatment cycle ("post C3", "pre-C4"),
   * or an assay's control gene with its copy count ("(ABL1 44,000)"; not a fusion's or a ratio's
   * part, "BCR::ABL1 44,000 copies"). Windows of constant size around the symbol.
   */
  private notGeneHere(token: string, text: string, start: number, end: number): boolean {
    if (
      this.cycleBefore !== null &&
      CYCLE_SHAPE.test(token) &&
      this.cycleBefore.test(text.slice(Math.max(0, start - 24), start))
    )
      return true;
    return (
      this.controlCountAfter !== null &&
      !JOINED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
      this.controlCountAfter.test(text.slice(end, end + 48))
    );
  }

  private shouted(text: string, start: number, end: number): boolean {
    const before = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 25), start))?.[1];
    const after = /^[ \t]+([A-Za-z]+)/.exec(text.slice(end, end + 25))?.[1];
    // (Or stressed alone before a participle: "the deletion WAS detected".)
    if (after !== undefined && /^[a-z]{2,}ed$/.test(after)) return true;
    return [before, after].some(
      (w) => w !== undefined && /^[A-Z]{2,}$/.test(w) && this.lookup(w) === undefined,
    );
  }

  /**
   * "FGFR2/3", "MSH2/6", "RAD51C/D": an approved symbol followed by the last characters of its
   * siblings after slashes names each of them, when every one is an approved symbol (the families
   * of `genes.yaml` list forms that need more, such as "BRCA 1 & 2"). Null when there is none.
   */
  private siblings(
    token: string,
    text: string,
    end: number,
  ): { end: number; genes: readonly string[] } | null {
    const code = text.charCodeAt(end);
    const japanese = code === 0x3001 || code === 0x30fb || code === 0x3068;
    if (code !== 47 && code !== 0xff0f && code !== 32 && !japanese) return null;
    if (!this.approved.has(token)) return null;
    const stem = /^([A-Z][A-Z0-9]*?)(\d{1,2}|(?<=\d)[A-Z])$/.exec(token);
    if (!stem) return null;
    const digits = /\d/.test(stem[2]!);
    if (japanese && !digits) return null;
    const tail = (japanese ? SIBLING_DIGITS_JA : digits ? SIBLING_DIGITS : SIBLING_LETTERS).exec(
      text.slice(end, end + 24),
    );
    if (!tail) return null;
    const genes = [token];
    for (const suffix of tail[0].split(/[/／、・と]/).slice(1)) {
      const gene = stem[1]! + suffix.trim();
      if (!this.approved.has(gene) || genes.includes(gene)) return null;
      genes.push(gene);
    }
    return { end: end + tail[0].length, genes };
  }

  /**
   * The gene mentions of `text` that abbreviate a disease the note names in full ("FHヘテロ接合体"
   * in a note on 家族性高コレステロール血症): not the gene, unless written as it ("FH遺伝子", "FH
   * gene", "FH c.1431_1433dup").
   */
  diseaseAbbreviationsIn(text: string, mentions: readonly GeneMention[]): Set<GeneMention> {
    const out = new Set<GeneMention>();
    if (this.diseaseAbbreviations.length === 0) return out;
    const named = this.diseaseAbbreviations
      .filter((d) => d.names?.test(text) === true)
      .map((d) => d.form);
    // (A term's words after the form count at that mention only: "APC resistance".)
    const followed = this.diseaseAbbreviations.filter((d) => d.after !== null);
    if (named.length === 0 && followed.length === 0) return out;
    for (const m of mentions) {
      const form = m.text.toUpperCase();
      if (
        !named.includes(form) &&
        !followed.some((d) => d.form === form && d.after!.test(text.slice(m.end, m.end + 80)))
      )
        continue;
      if (/^[ \t:：]*(?:遺伝子|genes?\b|[cp]\.|[（(]?\s*NM_)/i.test(text.slice(m.end, m.end + 12)))
        continue;
      out.add(m);
    }
    return out;
  }

  /**
   * "Cdkn2a", "Smad4", "Brca2": an approved symbol with letters and a number, typed with only its
   * first letter a capital, names that gene (counted in genetic context only). The number keeps
   * plain capitalised words ("Met", "Kit") out.
   */
  private capitalised(token: string): Entry | undefined {
    if (!CAPITALISED_SYMBOL.test(token)) return undefined;
    const symbol = token.toUpperCase();
    return this.approved.has(symbol) ? { genes: [symbol], contextOnly: true } : undefined;
  }

  /** The gene named by one form as written, if any. */
  lookup(form: string): Entry | undefined {
    const entry = this.exactShapes?.mayHold(form) === false ? undefined : this.exact.get(form);
    if (entry !== undefined) return entry;
    // Case folding keeps the length of the ASCII forms the folded map holds; a form of another
    // length is none of them (a non-ASCII form, whose length may change, is always looked up).
    if (this.foldedLengths[form.length] !== true && isAsciiForm(form)) return undefined;
    return this.folded.get(form.toLowerCase());
  }

  /** Gene mentions in `text` (already width-folded), in order, not overlapping. */
  find(text: string): GeneMention[] {
    const found: GeneMention[] = [];
    const taken: [number, number][] = [];
    const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
    // The lower-cased text, for literal gates: a text without a rule's literals has no match.
    let lower: string | undefined;
    const lowered = () => {
      lower ??= gateText(text);
      return lower;
    };
    // (One scan of the note for every family's literals: only the families it may hold.)
    for (const family of passingRules(this.families, lowered())) {
      family.re.lastIndex = 0;
      for (let m = family.re.exec(text); m; m = family.re.exec(text)) {
        if (overlaps(m.index, m.index + m[0].length)) continue;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          genes: family.genes,
          contextOnly: false,
          ...(text[m.index - 1] === 'g' ? { germline: true as const } : {}),
          ...(text[m.index - 1] === 't' || text[m.index - 1] === 's'
            ? { somatic: true as const }
            : {}),
        });
        taken.push([m.index, m.index + m[0].length]);
      }
    }
    // Clinical forms with a slash ("HER2/neu") are not single tokens: try them first. A match
    // names a gene only when it is a folded form, so a text holding none of them is skipped.
    const slashGate =
      text.includes('/') && this.slashForms.some((form) => lowered().includes(form));
    if (slashGate)
      for (const m of text.matchAll(
        /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9-]*\/[A-Za-z]+(?![A-Za-z0-9])/g,
      )) {
        const entry = this.folded.get(m[0].toLowerCase());
        if (!entry || overlaps(m.index, m.index + m[0].length)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...entry });
        taken.push([m.index, m.index + m[0].length]);
      }
    this.lowerCase.lastIndex = 0;
    // (A text holding none of the forms as written has no match: not searched.)
    const lowerCase = this.lowerCaseAny.test(text) ? this.lowerCase : null;
    for (let m = lowerCase?.exec(text); m; m = this.lowerCase.exec(text)) {
      const entry = this.folded.get(m[0]);
      if (!entry || overlaps(m.index, m.index + m[0].length)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...entry });
      taken.push([m.index, m.index + m[0].length]);
    }
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) {
        // "bcr-abl1", "bcr-ABL1": a lower-case form took one hyphen-joined part; the others are
        // still looked up on their own.
        if (!m[0].includes('-')) continue;
        let offset = m.index;
        for (const part of m[0].split('-')) {
          const partEnd = offset + part.length;
          const entry =
            part.length > 1 && !overlaps(offset, partEnd) ? this.lookup(part) : undefined;
          if (entry) found.push({ start: offset, end: partEnd, text: part, ...entry });
          offset = partEnd + 1;
        }
        continue;
      }
      // "gBRCA2": the gene after the germline prefix (a whole token that is a gene stays one).
      // (So is "tBRCA1", after the tumour prefix.)
      const prefixed = ORIGIN_PREFIX.test(m[0]) && this.lookup(m[0]) === undefined;
      const start = prefixed ? m.index + 1 : m.index;
      const token = prefixed ? m[0].slice(1) : m[0];
      const mark = !prefixed
        ? {}
        : GERMLINE_PREFIX.test(m[0])
          ? { germline: true as const }
          : { somatic: true as const };
      const whole = this.lookup(token) ?? this.capitalised(token);
      // "block C2", "slide A1", "cassette B3", "part 2 block A4": a specimen label that happens
      // to spell a symbol (C2, C3, F5 are genes) names the block, not a gene.
      if (
        whole &&
        LABEL_SHAPE.test(token) &&
        this.labelBefore.test(text.slice(Math.max(0, start - 60), start))
      )
        continue;
      if (whole && this.notGeneHere(token, text, start, end)) continue;
      if (whole) {
        // "the familial variant WAS DETECTED": a symbol that is an English word, written in
        // capitals beside another capitalised word that is no gene, is the word.
        if (this.words.has(token) && this.shouted(text, start, end)) continue;
        const siblings = this.siblings(token, text, end);
        if (siblings) {
          found.push({
            start,
            end: siblings.end,
            text: text.slice(start, siblings.end),
            genes: siblings.genes,
            contextOnly: whole.contextOnly,
            ...mark,
          });
          TOKEN.lastIndex = siblings.end;
          continue;
        }
        found.push({ start, end, text: token, ...whole, ...mark });
        continue;
      }
      // "METex14", "EGFRex19del": an exon shorthand glued to the symbol is the symbol's (the
      // class words after it are the rules' events).
      const exonGlued = token.includes('ex') ? EXON_GLUED.exec(token) : null;
      const exonEntry = exonGlued ? this.lookup(exonGlued[1]!) : undefined;
      if (exonGlued && exonEntry) {
        const symbol = exonGlued[1]!;
        found.push({ start, end: start + symbol.length, text: symbol, ...exonEntry, ...mark });
        continue;
      }
      // A token without a hyphen, ending in neither "m", "t" nor "I", is none of the forms below.
      const last = token.charCodeAt(token.length - 1);
      const hyphen = token.includes('-');
      if (!hyphen && last !== 109 && last !== 116 && last !== 73) continue;
      // "EGFRm+", "KRASmt": mutation shorthand glued to the symbol; "EGFRvIII", its variant III.
      const glued =
        last === 109 || last === 116 || last === 73
          ? /^([A-Z][A-Z0-9-]*[A-Z0-9])(?:m|mt|mut|vIII)$/.exec(token)
          : null;
      const gluedEntry = glued ? this.lookup(glued[1]!) : undefined;
      if (glued && gluedEntry) {
        found.push({
          start,
          end: start + glued[1]!.length,
          text: glued[1]!,
          ...gluedEntry,
          ...mark,
        });
        continue;
      }
      // "EML4-ALK", "EGFR-TKI", "c-MET": the hyphen-joined parts, each on its own (a token
      // without a hyphen is its one part, already looked up above).
      if (!hyphen) continue;
      // "S21-2290", "KV24-M-07713": a specimen or accession number, not a gene and a number.
      if (/-\d{3,}(?:-|$)/.test(token)) continue;
      // "AR-V7": an isoform's name, none of its parts a gene (`never_tokens`).
      if (this.neverTokens.has(token.toUpperCase())) continue;
      let offset = start;
      for (const part of token.split('-')) {
        const entry =
          part.length > 1 && !this.notGeneHere(part, text, offset, offset + part.length)
            ? this.lookup(part)
            : undefined;
        // (The prefix marks the first part: "gBRCA2-mutated" is germline BRCA2.)
        if (entry)
          found.push({
            start: offset,
            end: offset + part.length,
            text: part,
            ...entry,
            ...(offset === start ? mark : {}),
          });
        offset += part.length + 1;
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}

/** True when every character of `form` is ASCII (its lower case then has its length). */
function isAsciiForm(form: string): boolean {
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The literal gate of a family pattern: derived as for a case-insensitive Unicode expression,
 * whose matches include those of the `i` expression used (non-Unicode case folding matches
 * fewer characters), so a text without the literals has no match. Null when none is proved.
 */
function familyGate(pattern: string): readonly string[] | null {
  try {
    return literalGate(new RegExp(`(?:${pattern})`, 'iu'));
  } catch {
    return null;
  }
}
