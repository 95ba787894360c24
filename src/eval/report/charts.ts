/**
 * Inline SVG charts for report.html: plain markup, no script, no external file. Every label is
 * escaped. Each chart carries a <title> and aria-label saying what it shows.
 */

export const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Series colours (A, B) and the accents used in every chart (colour-blind safe pair). */
export const SERIES_COLOURS = ['#1f6fb4', '#e07b00'] as const;
const GRID = '#d0d4da';
const TEXT = '#1b1f24';

const f = (x: number) => (Math.round(x * 10) / 10).toString();

export interface IntervalBar {
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface IntervalBarGroup {
  readonly label: string;
  /** One bar per series (system), in series order; null when the figure does not apply. */
  readonly bars: readonly (IntervalBar | null)[];
}

/**
 * Horizontal bars on a 0–1 scale, one group per label and one bar per series, each with its
 * 95% interval as a whisker.
 */
export function intervalBarChart(
  title: string,
  groups: readonly IntervalBarGroup[],
  series: readonly string[],
): string {
  const labelWidth = 190;
  const plotWidth = 380;
  const valueWidth = 150;
  const barHeight = 14;
  const gap = 10;
  const top = 34 + (series.length > 1 ? 18 : 0);
  const groupHeight = series.length * barHeight + gap;
  const height = top + groups.length * groupHeight + 24;
  const width = labelWidth + plotWidth + valueWidth;
  const x = (v: number) => labelWidth + Math.max(0, Math.min(1, v)) * plotWidth;
  const parts: string[] = [];
  parts.push(`<text x="0" y="16" font-weight="600" fill="${TEXT}">${escapeHtml(title)}</text>`);
  if (series.length > 1)
    series.forEach((name, i) => {
      const lx = labelWidth + i * 200;
      parts.push(
        `<rect x="${lx}" y="26" width="12" height="12" fill="${SERIES_COLOURS[i % 2]}"/>`,
        `<text x="${lx + 16}" y="36" font-size="12" fill="${TEXT}">${escapeHtml(name)}</text>`,
      );
    });
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${f(x(tick))}" y1="${top - 4}" x2="${f(x(tick))}" y2="${height - 20}" stroke="${GRID}"/>`,
      `<text x="${f(x(tick))}" y="${height - 6}" font-size="11" text-anchor="middle" fill="${TEXT}">${tick.toFixed(2)}</text>`,
    );
  }
  groups.forEach((group, gi) => {
    const y0 = top + gi * groupHeight;
    parts.push(
      `<text x="${labelWidth - 8}" y="${f(y0 + (series.length * barHeight) / 2 + 4)}" font-size="12" text-anchor="end" fill="${TEXT}">${escapeHtml(group.label)}</text>`,
    );
    group.bars.forEach((bar, si) => {
      const y = y0 + si * barHeight;
      if (!bar) {
        parts.push(
          `<text x="${labelWidth + 4}" y="${y + 11}" font-size="11" fill="#6a737d">n/a</text>`,
        );
        return;
      }
      const colour = SERIES_COLOURS[si % 2];
      parts.push(
        `<rect x="${labelWidth}" y="${y + 1}" width="${f(x(bar.value) - labelWidth)}" height="${barHeight - 2}" fill="${colour}" fill-opacity="0.75"><title>${escapeHtml(`${group.label}${series.length > 1 ? ` (${series[si]})` : ''}: ${bar.value.toFixed(3)}${bar.lower !== null && bar.upper !== null ? ` [${bar.lower.toFixed(3)}, ${bar.upper.toFixed(3)}]` : ''}`)}</title></rect>`,
      );
      if (bar.lower !== null && bar.upper !== null) {
        const cy = y + barHeight / 2;
        parts.push(
          `<line x1="${f(x(bar.lower))}" y1="${cy}" x2="${f(x(bar.upper))}" y2="${cy}" stroke="${TEXT}" stroke-width="1.5"/>`,
          `<line x1="${f(x(bar.lower))}" y1="${cy - 4}" x2="${f(x(bar.lower))}" y2="${cy + 4}" stroke="${TEXT}" stroke-width="1.5"/>`,
          `<line x1="${f(x(bar.upper))}" y1="${cy - 4}" x2="${f(x(bar.upper))}" y2="${cy + 4}" stroke="${TEXT}" stroke-width="1.5"/>`,
        );
      }
      const text =
        bar.lower !== null && bar.upper !== null
          ? `${bar.value.toFixed(3)} [${bar.lower.toFixed(2)}, ${bar.upper.toFixed(2)}]`
          : bar.value.toFixed(3);
      parts.push(
        `<text x="${labelWidth + plotWidth + 8}" y="${y + 11}" font-size="11" fill="${TEXT}">${text}</text>`,
      );
    });
  });
  return svg(width, height, title, parts);
}

/**
 * Confusion-matrix heat map: rows gold, columns predicted; each cell's shade is its share of
 * the gold row (so the diagonal reads as per-class recall), its number the note count.
 */
export function confusionHeatmap(
  title: string,
  confusion: Record<string, Record<string, number>>,
  classes: readonly string[],
): string {
  const cell = 64;
  const left = 110;
  const top = 62;
  // Wide enough for the title too (about 7.5 px per character at the default size).
  const width = Math.max(left + classes.length * cell + 20, Math.ceil(title.length * 7.5) + 10);
  const height = top + classes.length * cell + 10;
  const parts: string[] = [
    `<text x="0" y="16" font-weight="600" fill="${TEXT}">${escapeHtml(title)}</text>`,
    `<text x="${left + (classes.length * cell) / 2}" y="36" font-size="12" text-anchor="middle" fill="${TEXT}">predicted →</text>`,
    `<text x="4" y="${top - 8}" font-size="12" fill="${TEXT}">gold ↓</text>`,
  ];
  classes.forEach((c, j) => {
    parts.push(
      `<text x="${left + j * cell + cell / 2}" y="${top - 8}" font-size="12" text-anchor="middle" fill="${TEXT}">${escapeHtml(c)}</text>`,
    );
  });
  classes.forEach((g, i) => {
    const row = confusion[g] ?? {};
    const total = classes.reduce((sum, p) => sum + (row[p] ?? 0), 0);
    parts.push(
      `<text x="${left - 8}" y="${top + i * cell + cell / 2 + 4}" font-size="12" text-anchor="end" fill="${TEXT}">${escapeHtml(g)}</text>`,
    );
    classes.forEach((p, j) => {
      const count = row[p] ?? 0;
      const share = total === 0 ? 0 : count / total;
      const fill = shade(share, i === j);
      parts.push(
        `<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell - 2}" height="${cell - 2}" fill="${fill}" stroke="${i === j ? TEXT : GRID}"><title>${escapeHtml(`gold ${g}, predicted ${p}: ${count} (${(share * 100).toFixed(0)}% of gold ${g})`)}</title></rect>`,
        `<text x="${left + j * cell + cell / 2 - 1}" y="${top + i * cell + cell / 2 + 4}" font-size="14" text-anchor="middle" fill="${share > 0.55 ? '#ffffff' : TEXT}">${count}</text>`,
      );
    });
  });
  return svg(width, height, title, parts);
}

/** White to blue (diagonal: agreement) or white to red (off the diagonal: errors). */
function shade(share: number, diagonal: boolean): string {
  const [r, g, b] = diagonal ? [31, 111, 180] : [200, 50, 40];
  const mix = (c: number) => Math.round(255 + (c - 255) * share);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

export interface HistogramBin {
  readonly label: string;
  readonly count: number;
  readonly tone: 'match' | 'error' | 'absent';
}

/** Vertical bars of counts (numeric error distribution): matches green, errors red, one-sided grey. */
export function histogram(title: string, bins: readonly HistogramBin[]): string {
  const barWidth = 54;
  const left = 34;
  const top = 30;
  const plotHeight = 110;
  const width = left + bins.length * barWidth + 10;
  const height = top + plotHeight + 48;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const colours = { match: '#2e8b57', error: '#c8322a', absent: '#8a939c' };
  const parts: string[] = [
    `<text x="0" y="16" font-weight="600" fill="${TEXT}">${escapeHtml(title)}</text>`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 6}" y2="${top + plotHeight}" stroke="${GRID}"/>`,
    `<text x="${left - 4}" y="${top + plotHeight}" font-size="10" text-anchor="end" fill="${TEXT}">0</text>`,
  ];
  bins.forEach((bin, i) => {
    const h = (bin.count / max) * plotHeight;
    const x = left + i * barWidth;
    parts.push(
      `<rect x="${x + 3}" y="${f(top + plotHeight - h)}" width="${barWidth - 6}" height="${f(h)}" fill="${colours[bin.tone]}"><title>${escapeHtml(`${bin.label}: ${bin.count}`)}</title></rect>`,
      `<text x="${x + barWidth / 2}" y="${f(top + plotHeight - h - 3)}" font-size="10" text-anchor="middle" fill="${TEXT}">${bin.count}</text>`,
      `<text x="${x + barWidth / 2}" y="${top + plotHeight + 14}" font-size="9" text-anchor="middle" fill="${TEXT}">${escapeHtml(bin.label)}</text>`,
    );
  });
  parts.push(
    `<text x="${left}" y="${height - 6}" font-size="10" fill="#6a737d">predicted − gold; missed: gold only; spurious: prediction only</text>`,
  );
  return svg(width, height, title, parts);
}

function svg(width: number, height: number, title: string, parts: readonly string[]): string {
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">` +
    `<title>${escapeHtml(title)}</title>${parts.join('')}</svg>`
  );
}
