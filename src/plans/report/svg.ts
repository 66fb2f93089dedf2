// Inline SVG bar charts for the HTML report: plain strings, no external assets,
// every text escaped. Each bar carries data-category / data-series / data-value
// so that readers (and tests) can tie it back to the plan's figure.

/** Escapes text for HTML and XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One category of a chart (a bucket, a criterion, a source). */
export interface ChartCategory {
  readonly key: string;
  readonly label: string;
  /** Overrides the series colour for this category's bars (e.g. totals). */
  readonly color?: string;
}

/** One series (baseline, target, amount). */
export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

/**
 * A bar chart's data: `value(category, series)` is a number, or undefined when not stated. The
 * number only sizes the bar: what is printed (and put in `data-value`) is `exact(category, series)`
 * when given (money as its exact decimal string), else the number.
 */
export interface BarChart {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly ChartCategory[];
  readonly series: readonly ChartSeries[];
  readonly value: (category: string, series: string) => number | undefined;
  /** The figure as written, when a number cannot hold it exactly (money). */
  readonly exact?: (category: string, series: string) => string | undefined;
  /** The figure (exact string, or the number as a string) as printed next to its bar. */
  readonly format: (figure: string) => string;
  /** Printed where a value is not stated. */
  readonly missing: string;
  /** Caption under the category axis (vertical charts). */
  readonly axisLabel?: string;
}

const FONT = 'font-family="system-ui, sans-serif"';

function legend(chart: BarChart, x: number, y: number): string {
  if (chart.series.length < 2) return '';
  return chart.series
    .map((s, i) => {
      const lx = x + i * 150;
      return `<rect class="legend" x="${lx}" y="${y - 10}" width="12" height="12" fill="${s.color}"/><text x="${lx + 18}" y="${y}" font-size="12" ${FONT}>${escapeXml(s.label)}</text>`;
    })
    .join('');
}

function maxOf(chart: BarChart): number {
  let max = 0;
  for (const c of chart.categories) for (const s of chart.series) max = Math.max(max, chart.value(c.key, s.key) ?? 0);
  return max === 0 ? 1 : max;
}

/** The figure of a bar, exact. */
function figure(chart: BarChart, c: ChartCategory, s: ChartSeries, v: number): string {
  return chart.exact?.(c.key, s.key) ?? String(v);
}

function bar(chart: BarChart, c: ChartCategory, s: ChartSeries, v: number, x: number, y: number, w: number, h: number): string {
  const f = figure(chart, c, s, v);
  return `<rect class="bar" data-category="${escapeXml(c.key)}" data-series="${escapeXml(s.key)}" data-value="${escapeXml(f)}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${c.color ?? s.color}"><title>${escapeXml(`${c.label} — ${s.label}: ${chart.format(f)}`)}</title></rect>`;
}

/** Vertical grouped bars: one group per category, one bar per series. */
export function verticalBarChart(chart: BarChart): string {
  const groupWidth = 110;
  const barWidth = Math.min(36, (groupWidth - 20) / chart.series.length);
  const left = 20;
  const top = 40;
  const plotHeight = 200;
  const width = left * 2 + chart.categories.length * groupWidth;
  const height = top + plotHeight + (chart.axisLabel ? 56 : 36);
  const max = maxOf(chart);
  const parts: string[] = [];
  parts.push(`<svg id="${escapeXml(chart.id)}" class="chart" role="img" aria-label="${escapeXml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
  parts.push(`<title>${escapeXml(chart.title)}</title>`);
  parts.push(legend(chart, left, 20));
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${width - left}" y2="${top + plotHeight}" stroke="#888"/>`);
  chart.categories.forEach((c, ci) => {
    const gx = left + ci * groupWidth + (groupWidth - barWidth * chart.series.length) / 2;
    parts.push(`<g class="category" data-category="${escapeXml(c.key)}">`);
    chart.series.forEach((s, si) => {
      const v = chart.value(c.key, s.key);
      const x = gx + si * barWidth;
      if (v === undefined) {
        parts.push(`<text class="missing" x="${(x + barWidth / 2).toFixed(1)}" y="${top + plotHeight - 4}" font-size="11" text-anchor="middle" ${FONT}>${escapeXml(chart.missing)}</text>`);
        return;
      }
      const h = (v / max) * plotHeight;
      parts.push(bar(chart, c, s, v, x + 2, top + plotHeight - h, barWidth - 4, h));
      parts.push(`<text class="value" x="${(x + barWidth / 2).toFixed(1)}" y="${(top + plotHeight - h - 4).toFixed(1)}" font-size="11" text-anchor="middle" ${FONT}>${escapeXml(chart.format(figure(chart, c, s, v)))}</text>`);
    });
    parts.push(`<text class="label" x="${left + ci * groupWidth + groupWidth / 2}" y="${top + plotHeight + 18}" font-size="12" text-anchor="middle" ${FONT}>${escapeXml(c.label)}</text>`);
    parts.push('</g>');
  });
  if (chart.axisLabel) parts.push(`<text class="axis" x="${width / 2}" y="${top + plotHeight + 42}" font-size="12" text-anchor="middle" fill="#555" ${FONT}>${escapeXml(chart.axisLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal grouped bars: one row per category (long labels read better this way). */
export function horizontalBarChart(chart: BarChart, labelWidth = 300): string {
  const barHeight = 12;
  const rowHeight = barHeight * chart.series.length + 8;
  const top = chart.series.length > 1 ? 34 : 10;
  const plotWidth = 380;
  const valueWidth = 110;
  const width = labelWidth + plotWidth + valueWidth;
  const height = top + chart.categories.length * rowHeight + 10;
  const max = maxOf(chart);
  const parts: string[] = [];
  parts.push(`<svg id="${escapeXml(chart.id)}" class="chart" role="img" aria-label="${escapeXml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
  parts.push(`<title>${escapeXml(chart.title)}</title>`);
  parts.push(legend(chart, labelWidth, 20));
  chart.categories.forEach((c, ci) => {
    const gy = top + ci * rowHeight;
    parts.push(`<g class="category" data-category="${escapeXml(c.key)}">`);
    parts.push(`<text class="label" x="${labelWidth - 8}" y="${gy + (rowHeight - 8) / 2 + 4}" font-size="12" text-anchor="end" ${FONT}>${escapeXml(c.label)}</text>`);
    chart.series.forEach((s, si) => {
      const v = chart.value(c.key, s.key);
      const y = gy + si * barHeight;
      if (v === undefined) {
        parts.push(`<text class="missing" x="${labelWidth + 4}" y="${y + barHeight - 2}" font-size="10" ${FONT}>${escapeXml(chart.missing)}</text>`);
        return;
      }
      const w = (v / max) * plotWidth;
      parts.push(bar(chart, c, s, v, labelWidth, y, w, barHeight - 2));
      parts.push(`<text class="value" x="${(labelWidth + w + 4).toFixed(1)}" y="${y + barHeight - 3}" font-size="10" ${FONT}>${escapeXml(chart.format(figure(chart, c, s, v)))}</text>`);
    });
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
