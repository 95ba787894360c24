import { describe, expect, it } from 'vitest';
import {
  asciiTwin,
  CASED,
  CASELESS,
  caselessText,
  caselessTwin,
  gatedTest,
  gateOffsets,
  gateText,
  indexGates,
  isAscii,
  literalGate,
  mayMatchIn,
  passesGate,
  passingRules,
  twinFor,
} from './literal-gate.js';

describe('literalGate', () => {
  it('takes one required literal per top-level alternative', () => {
    expect(literalGate(/\bformer\s+smoker\b|\bex-?smoker/giu)).toEqual(['former', 'smoker']);
  });

  it('looks into required groups, not optional ones or lookarounds', () => {
    expect(literalGate(/(?:quit|stopped)\s+(?:smoking)?/giu)).toEqual(['quit', 'stopped']);
    expect(literalGate(/(?<=smoke)\s+\d+/giu)).toBeNull();
    expect(literalGate(/(?:pack)?s/giu)).toEqual(['s']);
  });

  it('drops a character a quantifier makes optional', () => {
    expect(literalGate(/packs?/giu)).toEqual(['pack']);
    expect(literalGate(/p?/giu)).toBeNull();
  });

  it('reads an escaped dot or slash as its character', () => {
    expect(literalGate(/\b(?:brinkman|b\.\s?i\.)/giu)).toEqual(['brinkman', 'b.']);
    expect(literalGate(/d\/c['’]?d|e\.g\./giu)).toEqual(['d/c', 'e.g.']);
    expect(literalGate(/packs\/day/giu)).toEqual(['packs/day']);
    expect(literalGate(/x\.?y/giu)).toEqual(['x']);
  });

  it('reads a short class of gate characters as one of its members', () => {
    expect(literalGate(/(?:令和|平成|[RHS])\s*\d+/giu)).toEqual(['令和', '平成', 'r', 'h', 's']);
    expect(literalGate(/[（(]\s{0,3}[）)]|\[\s*\]|[□☐]/giu)).toEqual(['（', '(', '[', '□', '☐']);
    expect(literalGate(/[①-⑤]\s*x/giu)).toEqual(['x']);
    expect(literalGate(/[①-⑤]\s*\d/giu)).toEqual(['①', '②', '③', '④', '⑤']);
    // Negated, quantified, with a class escape or too many members: no requirement.
    expect(literalGate(/[^a]/giu)).toBeNull();
    expect(literalGate(/[□☐]?\d/giu)).toBeNull();
    expect(literalGate(/[\d.]/giu)).toBeNull();
    expect(literalGate(/[\u3000-\u4e00]/giu)).toBeNull();
    // Clauses: "former" and one of the dashes.
    const gate = literalGate(/former[-–]smoker|quit/giu);
    expect(passesGate(gate, gateText('former smoker'))).toBe(false);
    expect(passesGate(gate, gateText('Former–smoker'))).toBe(true);
  });

  it('takes as gate characters only symbols that match themselves alone ignoring case', () => {
    const plain = new RegExp(CASELESS.source, 'u');
    const folded = new RegExp(CASELESS.source, 'iu');
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (!folded.test(ch)) continue;
      expect(plain.test(ch)).toBe(true);
      expect(ch.toLowerCase()).toBe(ch);
      expect(ch.toUpperCase()).toBe(ch);
    }
  });

  it('gives no gate when an alternative has no required literal', () => {
    expect(literalGate(/smok|\d+/giu)).toBeNull();
    expect(literalGate(/[a-z]+/giu)).toBeNull();
  });

  it('reads escapes as no literal', () => {
    expect(literalGate(/\u0041bc/giu)).toEqual(['bc']);
    expect(literalGate(/\p{L}ab/giu)).toEqual(['ab']);
  });

  it('gates only case-insensitive Unicode expressions, in lower case', () => {
    expect(literalGate(/Smoker/gu)).toBeNull();
    expect(literalGate(/Smoker/giu)).toEqual(['smoker']);
    expect(literalGate(/喫煙|たばこ/giu)).toEqual(['喫煙', 'たばこ']);
  });

  it('finds a gate literal written with any case, long s included', () => {
    const gate = literalGate(/smoker/giu);
    expect(passesGate(gate, gateText('Ex-SMOKER'))).toBe(true);
    expect(/smoker/giu.test('\u017fmoker')).toBe(true);
    expect(passesGate(gate, gateText('\u017fmoker'))).toBe(true);
    expect(passesGate(gate, gateText('no tobacco'))).toBe(false);
  });

  it('checks every literal an alternative needs, not only its best one', () => {
    const gate = literalGate(/\bformer\s+smoker\b|\bquit\s+(?:in|on)\s+\d{4}/giu);
    expect(gate).toEqual(['former', 'quit']);
    expect(passesGate(gate, gateText('Former smoker'))).toBe(true);
    expect(passesGate(gate, gateText('quit in 2001'))).toBe(true);
    // "former" without "smoker", "quit" without "in" or "on": neither alternative can match.
    expect(passesGate(gate, gateText('former employer'))).toBe(false);
    expect(passesGate(gate, gateText('quit 2001'))).toBe(false);
    // Optional parts and lookarounds require nothing.
    const loose = literalGate(/(?<=pack)\s*former(?:\s+smoker)?|quit/giu);
    expect(passesGate(loose, gateText('former'))).toBe(true);
  });

  it('finds where the literals stand, one offset on every line holding one', () => {
    const gate = literalGate(/\bgermline\b|\bblood\b/giu)!;
    const text = 'Germline panel\nno result\nblood and GERMLINE blood';
    expect(gateOffsets(gate, gateText(text))).toEqual([0, 25, 35, 44]);
  });

  it('never refuses a text the expression matches', () => {
    const regexes = [
      /\b(?:ex|former)[\s-]*smok\w*\s+(?:for|x)\s+\d+\s+(?:years|yrs)/giu,
      /(?<n>\d+)\s*(?:packs?|ppd)(?:\s+per\s+day)?|(?:half|one)\s+a\s+pack/giu,
      /喫煙(?:歴)?(?:あり|なし)|(?:たばこ|タバコ)\s*(?:\d+)本/giu,
    ];
    const texts = [
      'ex-smoker for 20 years',
      'FORMER SMOKING x 3 yrs',
      'former smoker',
      '2 ppd',
      '1 pack per day',
      'half a pack',
      'one a pack',
      '喫煙歴あり',
      'たばこ 20本',
      'タバコ20本',
      'per day',
    ];
    for (const regex of regexes) {
      const gate = literalGate(regex);
      for (const text of texts) {
        regex.lastIndex = 0;
        if (regex.test(text)) expect(passesGate(gate, gateText(text))).toBe(true);
      }
    }
  });
});

describe('indexGates', () => {
  it('gives every gate the answer it gives unindexed, for texts checked against many gates', () => {
    const regexes = [
      /\b(?:ex|former)[\s-]*smok\w*\s+(?:for|x)\s+\d+\s+(?:years|yrs)/giu,
      /(?<n>\d+)\s*(?:packs?|ppd)(?:\s+per\s+day)?|(?:half|one)\s+a\s+pack/giu,
      /喫煙(?:歴)?(?:あり|なし)|(?:たばこ|タバコ)\s*(?:\d+)本/giu,
      /\b(?:cigarettes|cigars|pipes|chewing tobacco|snuff|vapes|e-cigarettes)\b/giu,
      /\bquit(?:ting)?\s+(?:smoking|tobacco)\s+in\s+\d{4}|\bsmoke[ -]free\s+since/giu,
      /(?:禁煙|卒煙)(?:して|後)\s*\d+年|たばこ(?:は|を)やめ/giu,
    ];
    const gates = regexes.map((regex) => literalGate(regex));
    const texts = [
      'ex-smoker for 20 years',
      'former smoker, quit smoking in 2001, smoke-free since',
      '2 ppd of cigarettes and cigars',
      'half a pack',
      '禁煙して5年、たばこはやめた',
      'タバコ20本',
      'per day',
      '',
      'chewing tobaccO and e-cigarettes',
    ];
    // Enough gates per text that each text is scanned (and the last two scans remembered).
    const many = [...gates, ...gates, ...gates, ...gates, ...gates, ...gates];
    const unindexed = texts.map((text) => many.map((gate) => passesGate(gate, gateText(text))));
    indexGates(gates);
    for (let round = 0; round < 2; round++) {
      for (const [i, text] of texts.entries()) {
        const lower = gateText(text);
        expect(many.map((gate) => passesGate(gate, lower))).toEqual(unindexed[i]);
        // (Alternating with another text: the sentence and its line.)
        const other = gateText(texts[(i + 1) % texts.length]!);
        expect(many.map((gate) => passesGate(gate, other))).toEqual(
          unindexed[(i + 1) % texts.length],
        );
      }
    }
  });
});

describe('passingRules', () => {
  it('keeps exactly the rules whose gates pass, in their order, indexed or not', () => {
    const regexes = [
      /\b(?:ex|former)[\s-]*smok\w*/giu,
      /(?<n>\d+)\s*(?:packs?|ppd)|(?:half|one)\s+a\s+pack/giu,
      /\d+/gu,
      /喫煙(?:歴)?(?:あり|なし)|(?:たばこ|タバコ)\s*(?:\d+)本/giu,
      /\b(?:marlboro|b&h|l&m)\s+(?:lights?\s+)?(?<n>\d+)\s+a\s+day/giu,
      /\bquit(?:ting)?\s+(?:smoking|tobacco)|\bsmoke[ -]free/giu,
    ];
    const rules = regexes.map((regex) => ({ regex, gate: literalGate(regex) }));
    expect(rules[2]!.gate).toBeNull();
    const texts = [
      'former smoker, 2 ppd',
      'b 10 a day with h',
      'b&h 10 a day',
      'half a pack, quit smoking',
      'タバコ20本、喫煙歴あり',
      '',
      'nothing here',
    ];
    const expected = texts.map((text) =>
      rules.filter((rule) => passesGate(rule.gate, gateText(text))),
    );
    // Not indexed: every gate checked one by one.
    const unindexed = [...rules];
    for (const [i, text] of texts.entries())
      expect(passingRules(unindexed, gateText(text))).toEqual(expected[i]);
    indexGates(rules.map((rule) => rule.gate));
    const indexed = [...rules];
    for (let round = 0; round < 2; round++)
      for (const text of texts) {
        const kept = passingRules(indexed, gateText(text));
        expect(kept).toEqual(indexed.filter((rule) => passesGate(rule.gate, gateText(text))));
        // Never drops a rule that matches.
        for (const rule of rules) {
          rule.regex.lastIndex = 0;
          if (rule.regex.test(text)) expect(kept).toContain(rule);
        }
      }
    // The tree of an indexed gate: one letter of "b&h" with "h" elsewhere does not pass.
    expect(passingRules(indexed, gateText('b 10 a day with h'))).toEqual([rules[2]]);
  });
});

describe('gate trees (indexed gates)', () => {
  it('require every literal of a nested alternative, and pass every text the rule matches', () => {
    const regexes = [
      /\b(?:marlboro|b&h|l&m)\s+(?:lights?\s+)?(?<n>\d+)\s+a\s+day/giu,
      /(?:number\s+of\s+|total\s+)?years?\s+(?:smoked|of\s+(?:smoking|tobacco\s+use))|duration\s+of\s+smoking/giu,
      /(?:禁煙|やめ)(?:して|た)[（(]?(?:\d+|[一二三])年/giu,
    ];
    const texts = [
      'b&h 10 a day',
      'marlboro lights 20 a day',
      'b 10 a day with h',
      'l&m',
      'years of tobacco use',
      'Number of years smoked: 30',
      'duration of smoking',
      'of smoking for years',
      'years, smoking',
      '禁煙して3年',
      'やめた（二年',
      '禁煙した',
      '',
    ];
    const gates = regexes.map((regex) => literalGate(regex));
    indexGates(gates);
    const passes = texts.map((text) => {
      const lower = gateText(text);
      // Enough gates that the text is scanned (see SCAN_AFTER).
      const all = Array.from({ length: 12 }, () => gates).flat();
      return all.map((gate) => passesGate(gate, lower)).slice(-gates.length);
    });
    for (const [i, text] of texts.entries()) {
      for (const [k, regex] of regexes.entries()) {
        regex.lastIndex = 0;
        if (regex.test(text)) expect(passes[i]![k], `${regex} on ${text}`).toBe(true);
      }
    }
    // One letter of "b&h" with "h" elsewhere: the flat gate passes ("b"), the tree does not.
    expect(passes[2]![0]).toBe(false);
    expect(passes[3]![0]).toBe(false);
    expect(passes[8]![1]).toBe(false);
    expect(passes[11]![2]).toBe(false);
  });
});

describe('passingRules over scanned texts', () => {
  it('finds literals across characters no literal holds (kana, kanji, symbols) and keeps rule order', () => {
    const rules = [
      /(?:禁煙|やめ)(?:して|た)/giu,
      /喫煙(?:歴|者)/giu,
      /たばこ|タバコ|煙草/giu,
      /\bformer\s+smoker\b/giu,
      /加熱式(?:たばこ|タバコ)/giu,
      /ex-?smoker/giu,
    ].map((regex) => ({ regex, gate: literalGate(regex) }));
    indexGates(rules.map((rule) => rule.gate));
    const texts = [
      '患者は禁煙して3年。',
      '禁x煙して',
      '禁・煙して',
      '喫煙歴あり、加熱式タバコ使用',
      '喫　煙者',
      'たばこは吸わない（Former smoker）',
      '煙草',
      '【生活歴】飲酒なし、喫煙者ではない',
      'ex-smoker ①②③ ★ 喫煙歴',
      '𠀋禁煙した𠀋',
      '',
    ];
    for (const text of texts) {
      const lower = gateText(text);
      const passing = passingRules(rules, lower);
      // In the rules' order, and every rule whose expression matches is among them.
      expect(passing.map((rule) => rules.indexOf(rule))).toEqual(
        [...passing.map((rule) => rules.indexOf(rule))].sort((a, b) => a - b),
      );
      for (const rule of rules) {
        rule.regex.lastIndex = 0;
        if (rule.regex.test(text)) expect(passing, `${rule.regex} on ${text}`).toContain(rule);
        const holds = rule.gate!.some((literal) => lower.includes(literal));
        if (!holds) expect(passing).not.toContain(rule);
      }
    }
  });
});

describe('asciiTwin', () => {
  it('matches as the expression does on ASCII text', () => {
    const regex = /\b(?:ex|former)[\s-]*smok\w*/giu;
    const twin = asciiTwin(regex)!;
    expect(twin.flags).toBe('gi');
    const text = 'Ex-smoker; FORMER smoking; former_smoker';
    expect([...text.matchAll(twin)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(regex)].map((m) => [m.index, m[0]]),
    );
  });

  it('has none where the two could differ', () => {
    expect(asciiTwin(/\u017f/giu)).toBeNull();
    expect(asciiTwin(/[\u0100-\u0200]/giu)).toBeNull();
    expect(asciiTwin(/\P{L}/giu)).toBeNull();
    expect(asciiTwin(/\p{Script=Han}/gu)).toBeNull();
    expect(asciiTwin(/\u212a/giu)).toBeNull();
    expect(asciiTwin(/[ā-ǿ]/giu)).toBeNull();
    expect(asciiTwin(/smoke/gi)).toBeNull();
    expect(asciiTwin(/[\u2100-\u2200]x/giu)).toBeNull();
    expect(asciiTwin(/[a-\u0180]/giu)).toBeNull();
    expect(asciiTwin(/\u{1F600}/giu)).toBeNull();
    expect(asciiTwin(/😀/giu)).toBeNull();
  });

  it('reads a dash beside a non-ASCII character as a range only inside a class, between atoms', () => {
    // "1-2", "1–2" (en dash), "2 〜 3": the dash is a character here, not a range.
    for (const regex of [/\d[-–]\d/giu, /\d(?:-|–)\d/giu, /[–-]x/giu, /[\u3000-\u303f ]pack/giu]) {
      const twin = asciiTwin(regex);
      expect(twin).not.toBeNull();
      const text = '1-2 1–2 -x X pack 3-Pack';
      expect([...text.matchAll(twin!)].map((m) => [m.index, m[0]])).toEqual(
        [...text.matchAll(regex)].map((m) => [m.index, m[0]]),
      );
    }
  });

  it('writes letter and digit properties out as their ASCII ranges', () => {
    expect(asciiTwin(/\bfoo\p{Lu}[\p{L}'’]+/giu)?.source).toBe("\\bfoo[A-Z][a-zA-Z'’]+");
    expect(asciiTwin(/[^\p{L}]\p{N}\p{Ll}/gu)?.source).toBe('[^a-zA-Z][0-9][a-z]');
    // Equal on every ASCII character, with and without case folding.
    for (const flags of ['gu', 'giu']) {
      const regex = new RegExp('\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]', flags);
      const twin = asciiTwin(regex)!;
      const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
      for (const a of ascii.filter((c) => /[A-Za-z0-9 ]/.test(c))) {
        const text = `${a}A${a}b${a}7`;
        expect([...text.matchAll(twin)].map((m) => m[0])).toEqual(
          [...text.matchAll(regex)].map((m) => m[0]),
        );
      }
    }
  });

  it('tells ASCII text', () => {
    expect(isAscii('1 ppd x 30 yrs')).toBe(true);
    expect(isAscii('喫煙 20本/日')).toBe(false);
  });
});

describe('caselessTwin', () => {
  const matches = (regex: RegExp, text: string) =>
    [...text.matchAll(regex)].map((m) => [m.index, m[0], ...m.slice(1)]);

  it('matches as the expression does on a text without long s or Kelvin', () => {
    const regex =
      /(?:嗜好品?|生活歴)[^\n]{0,40}?\d\s?本|\bglo\b|IQOS|\bTab\b|[a-c]x|[^A-Fq]z|smok|(?<n>\d)\s?PY/giu;
    const twin = caselessTwin(regex)!;
    expect(twin.flags).toBe('gu');
    const text =
      '生活歴：ビール2本、GLO使用、iqos、TAB 1本、Cx bX Qz fz qz、Smoking 30 py、Ｓｍｏｋ';
    expect(caselessText(text)).toBe(true);
    expect(matches(twin, text)).toEqual(matches(regex, text));
    expect(matches(twin, text).length).toBeGreaterThan(6);
  });

  it('has none where the two could differ', () => {
    for (const regex of [
      /Σ/giu,
      /[Ａ-Ｚ]/giu,
      /[α-ω]/giu,
      /\p{L}/giu,
      /(a)\1/giu,
      /\u0041/giu,
      /\x41/giu,
      /\u{1F600}/giu,
      /smok/gu,
      /smok/gi,
    ])
      expect(caselessTwin(regex), String(regex)).toBeNull();
  });

  it('is used on a text only without long s and Kelvin', () => {
    expect(caselessText('喫煙 smoking')).toBe(true);
    expect(caselessText('喫煙 \u017fmoking')).toBe(false);
    expect(caselessText('喫煙 \u212a')).toBe(false);
    const regex = /smok/giu;
    expect(twinFor(regex, 'smoking').flags).toBe('gi');
    expect(twinFor(regex, '喫煙 smoking').flags).toBe('gu');
    expect(twinFor(regex, '喫煙 \u017fmoking')).toBe(regex);
  });

  it('knows every character that matches another by case', () => {
    // No character CASED refuses matches, under `iu`, one it does not (every code point up to
    // U+1FFFF), and an ASCII letter matches no character above ASCII but long s and Kelvin.
    const free: number[] = [];
    const cased: string[] = [];
    for (let code = 128; code <= 0x1ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (CASED.test(ch)) cased.push(ch);
      else free.push(code);
    }
    const ranges: string[] = [];
    for (let i = 0; i < free.length; ) {
      let j = i;
      while (j + 1 < free.length && free[j + 1] === free[j]! + 1) j++;
      ranges.push(`\\u{${free[i]!.toString(16)}}-\\u{${free[j]!.toString(16)}}`);
      i = j + 1;
    }
    const anyFree = new RegExp(`^[${ranges.join('')}]$`, 'iu');
    expect(cased.filter((ch) => anyFree.test(ch))).toEqual([]);
    const letter = /^[a-z]$/iu;
    const foldToAscii = [...cased, ...free.map((c) => String.fromCodePoint(c))].filter((ch) =>
      letter.test(ch),
    );
    expect(foldToAscii).toEqual(['\u017f', '\u212a']);
  });
});

describe('gatedTest and mayMatchIn', () => {
  it('answer as the plain test does, from the start, leaving lastIndex as test does', () => {
    const re = /\b(?:former|ex-?)\s+smoker\b|\bquit\s+(?:smoking|tobacco)\b/giu;
    const texts = [
      'Former  smoker, quit smoking 2010.',
      'never smoked',
      'Quit Tobacco',
      'smoker quit',
      'ex smoker',
      '',
      'former\nsmoker',
      'ſmoker quit ſmoking',
    ];
    for (const text of texts) {
      re.lastIndex = 7;
      const got = gatedTest(re, text);
      const after = re.lastIndex;
      re.lastIndex = 0;
      expect(got).toBe(re.test(text));
      expect(after).toBe(re.lastIndex);
      if (got) expect(mayMatchIn(re, text)).toBe(true);
    }
  });

  it('never rule a match out, and rule out texts without the literals', () => {
    const re = /(?<![\p{L}\p{N}])(?:germline|constitutional)\s+(?:testing|panel)/giu;
    expect(mayMatchIn(re, 'Germline  panel sent')).toBe(true);
    expect(mayMatchIn(re, 'somatic testing only')).toBe(false);
    // Gated with its tree: both words are needed, not one of them.
    expect(mayMatchIn(re, 'germline status unknown')).toBe(false);
    expect(gatedTest(re, 'germline status unknown')).toBe(false);
  });

  it('always allow expressions without a gate (not iu)', () => {
    expect(mayMatchIn(/smoker/g, 'nothing here')).toBe(true);
    expect(gatedTest(/smoker/g, 'nothing here')).toBe(false);
  });
});
