import { describe, expect, it } from 'vitest';
import { DEFAULT_BOX, layoutBars, niceScale } from './bar-chart.ts';

describe('niceScale', () => {
  it('rounds the axis up to a tidy maximum in three or four steps', () => {
    expect(niceScale(7073)).toEqual({ max: 8000, step: 2000 });
    expect(niceScale(6279)).toEqual({ max: 8000, step: 2000 });
    expect(niceScale(9440)).toEqual({ max: 10000, step: 2500 });
    expect(niceScale(40)).toEqual({ max: 40, step: 10 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
  });
});

describe('layoutBars', () => {
  const rows = [
    { key: '2018', value: 6897 },
    { key: '2022', value: 4710 },
    { key: '2024', value: 6279 },
  ];
  const plot = DEFAULT_BOX.width - DEFAULT_BOX.valueWidth - DEFAULT_BOX.labelWidth;

  it('draws each bar in proportion to its value, one row each', () => {
    const { bars, max } = layoutBars(rows);
    expect(max).toBe(8000);
    expect(bars.map((b) => b.key)).toEqual(['2018', '2022', '2024']);
    for (const bar of bars) expect(bar.width).toBeCloseTo((plot * bar.value) / 8000, 1);
    expect(bars[1]!.y - bars[0]!.y).toBe(DEFAULT_BOX.rowHeight);
    // Longer value, longer bar.
    expect(bars[0]!.width).toBeGreaterThan(bars[2]!.width);
    expect(bars[2]!.width).toBeGreaterThan(bars[1]!.width);
  });

  it('starts every bar at the same edge and ticks from 0 to the maximum', () => {
    const { bars, ticks, axis } = layoutBars(rows);
    expect(new Set(bars.map((b) => b.x))).toEqual(new Set([DEFAULT_BOX.labelWidth]));
    expect(ticks.map((t) => t.value)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(ticks[0]!.x).toBe(axis.x1);
    expect(ticks.at(-1)!.x).toBe(axis.x2);
  });

  it('mirrors the chart for right-to-left pages', () => {
    const ltr = layoutBars(rows, 'ltr');
    const rtl = layoutBars(rows, 'rtl');
    rtl.bars.forEach((bar, i) => {
      const twin = ltr.bars[i]!;
      expect(bar.width).toBe(twin.width);
      expect(bar.x + bar.width).toBeCloseTo(DEFAULT_BOX.width - twin.x, 1);
      expect(bar.labelX).toBeCloseTo(DEFAULT_BOX.width - twin.labelX, 1);
      expect(bar.valueX).toBeCloseTo(DEFAULT_BOX.width - twin.valueX, 1);
    });
    expect(rtl.ticks[0]!.x).toBeGreaterThan(rtl.ticks.at(-1)!.x);
  });

  it('keeps every value label inside the drawing', () => {
    const { bars, width } = layoutBars([{ key: 'max', value: 8000 }]);
    expect(bars[0]!.valueX).toBeLessThanOrEqual(width - DEFAULT_BOX.valueWidth + 5);
  });
});
