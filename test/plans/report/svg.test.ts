import { describe, expect, it } from 'vitest';
import { escapeXml, horizontalBarChart, verticalBarChart, type BarChart } from '../../../src/plans/report/svg.js';

const chart: BarChart = {
  id: 'c<1>',
  title: 'A & B',
  categories: [{ key: 'x"1', label: '<b>' }, { key: 'y', label: 'Y', color: '#000' }],
  series: [{ key: 's', label: "l'1", color: '#111' }, { key: 't', label: 'T', color: '#222' }],
  value: (c, s) => (c === 'y' && s === 't' ? undefined : c === 'y' ? 4 : 2),
  format: (v) => `${v}`,
  missing: 'n/a',
};

describe('SVG bar charts', () => {
  it('escape every text and attribute', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    for (const svg of [verticalBarChart(chart), horizontalBarChart(chart)]) {
      expect(svg).not.toMatch(/<b>|c<1>|x"1|A & B/);
      expect(svg).toContain('id="c&lt;1&gt;"');
      expect(svg).toContain('data-category="x&quot;1"');
    }
  });

  it('draw a bar per stated value (scaled to the largest), a "missing" mark otherwise, and category colours', () => {
    const svg = verticalBarChart(chart);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg.match(/class="missing"[^>]*>n\/a</g)).toHaveLength(1);
    const height = (cat: string) => Number(svg.match(new RegExp(`data-category="${cat}" data-series="s" data-value="\\d+" x="[\\d.]+" y="[\\d.]+" width="[\\d.]+" height="([\\d.]+)"`))?.[1]);
    expect(height('y')).toBeCloseTo(2 * height('x&quot;1'));
    expect(svg).toMatch(/data-category="y" data-series="s"[^>]*fill="#000"/);
  });
});
