import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan, renderPlanReportHtml } from '../../../src/index.js';
import { consistentPlan, laiChau } from '../../_support/plans.js';

/** The SVG element with the given id, as text. */
function svg(html: string, id: string): string {
  const m = html.match(new RegExp(`<svg id="${id}"[\\s\\S]*?</svg>`));
  if (!m) throw new Error(`no svg #${id}`);
  return m[0];
}

/** Bars of a chart: { category, series, value }. */
function bars(chartSvg: string): { category: string; series: string; value: number }[] {
  return [...chartSvg.matchAll(/<rect class="bar" data-category="([^"]*)" data-series="([^"]*)" data-value="([^"]*)"/g)].map((m) => ({
    category: m[1] ?? '',
    series: m[2] ?? '',
    value: Number(m[3]),
  }));
}

describe('renderPlanReportHtml', () => {
  const plan = laiChau();
  const html = renderPlanReportHtml(plan);

  it('is one HTML document with three inline SVG charts', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="vi">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html.match(/<\/svg>/g)).toHaveLength(3);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('has no external references: no scripts, links, images, imports or URLs', () => {
    for (const pattern of [/<script/i, /<link/i, /<img/i, /<iframe/i, /\bsrc=/i, /\bhref=/i, /url\(/i, /@import/i, /https?:\/\//i, /\/\/[a-z0-9.-]+\.[a-z]{2,}/i]) {
      expect(html, String(pattern)).not.toMatch(pattern);
    }
  });

  it('draws one bar per bucket and year, equal to the plan (recognised and implied counts included)', () => {
    const b = bars(svg(html, 'chart-buckets'));
    expect(b).toEqual([
      { category: '19', series: 'baseline', value: 39 },
      { category: '19', series: 'target', value: 44 },
      { category: '15-18', series: 'baseline', value: 2 },
      { category: '15-18', series: 'target', value: 10 },
      { category: '10-14', series: 'baseline', value: 27 },
      { category: '10-14', series: 'target', value: 40 },
      { category: '5-9', series: 'baseline', value: 26 },
      { category: '5-9', series: 'target', value: 0 },
      { category: '0-4', series: 'baseline', value: 0 },
      { category: '0-4', series: 'target', value: 0 },
    ]);
  });

  it('draws one bar per stated criterion and year, equal to the plan, and marks criterion 1 as not stated', () => {
    const chart = svg(html, 'chart-criteria');
    const b = bars(chart);
    expect(b).toHaveLength(36);
    for (const key of ['baseline', 'target'] as const) {
      for (const c of plan[key]?.criteria ?? []) {
        expect(b.find((x) => x.category === c.criterion && x.series === key)?.value, `${key} ${c.criterion}`).toBe(c.communes);
      }
    }
    expect(b.some((x) => x.category === '1')).toBe(false);
    expect(chart).toMatch(/<g class="category" data-category="1">[\s\S]*?class="missing"[^>]*>không nêu</);
  });

  it('draws capital by source as written, the sum of the sources and the stated total', () => {
    const b = bars(svg(html, 'chart-funding'));
    expect(b.map((x) => [x.category, x.value])).toEqual([
      ['0:central', 114765], ['1:local', 21000], ['2:integrated', 1607617], ['3:credit', 2000000], ['4:community', 118430],
      ['sum', 3861812], ['declared-total', 4916475],
    ]);
  });

  it('lists every finding with its code and Vietnamese message (escaped)', () => {
    for (const f of checkPlan(plan)) {
      expect(html).toContain(`data-code="${f.code}"`);
      expect(html).toContain(f.message.vi.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
  });

  it('writes English with lang "en"', () => {
    const en = renderPlanReportHtml(plan, { lang: 'en' });
    expect(en.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(en).toContain('Findings: 3 errors, 7 warnings, 2 info');
    // English names of funding sources are the taxonomy's (FUNDING_SOURCES), the one naming.
    expect(en).toContain('Central budget');
    expect(en).toContain('Development investment');
  });

  it('escapes text from the plan', () => {
    const hostile = parsePlan({ ...consistentPlan(), province: '<script>alert("x")</script> & Co' });
    const out = renderPlanReportHtml(hostile);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  });
});
