// Geometry of a horizontal bar chart, computed at build time: the chart ships as
// SVG with no JavaScript. Pure, so the numbers can be tested without rendering.
//
// Bars grow from the start edge: left in left-to-right pages, right in right-to-left
// ones. Positions are mirrored for RTL; text anchors stay logical ("start"/"end"),
// which the SVG's `direction` turns the right way.

export interface BarInput {
  readonly key: string;
  readonly value: number;
}

export interface ChartBox {
  /** viewBox width; the SVG scales to its container. */
  readonly width: number;
  readonly rowHeight: number;
  readonly barHeight: number;
  /** Space at the start edge for each row's label. */
  readonly labelWidth: number;
  /** Space at the end edge for the longest bar's value. */
  readonly valueWidth: number;
  /** Space above the first row (axis title) and below the last (ticks and axis label). */
  readonly top: number;
  readonly bottom: number;
}

export const DEFAULT_BOX: ChartBox = { width: 360, rowHeight: 36, barHeight: 20, labelWidth: 78, valueWidth: 48, top: 26, bottom: 50 };

export interface BarLayout {
  readonly key: string;
  readonly value: number;
  /** The bar's rectangle, already mirrored for RTL. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Vertical centre of the row, for its labels. */
  readonly centerY: number;
  /** Where the row label ends (anchor "end") and the value label starts (anchor "start"). */
  readonly labelX: number;
  readonly valueX: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly max: number;
  readonly bars: readonly BarLayout[];
  readonly ticks: readonly { value: number; x: number }[];
  /** The value axis: where it starts and ends, and its baseline. */
  readonly axis: { readonly x1: number; readonly x2: number; readonly y: number };
}

/** A round axis maximum at or above `max`, and its tick step (1, 2, 2.5 or 5 × 10ⁿ; three or four steps). */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  return { max: Math.ceil(max / step) * step, step };
}

export function layoutBars(rows: readonly BarInput[], dir: 'ltr' | 'rtl' = 'ltr', box: ChartBox = DEFAULT_BOX): ChartLayout {
  const { max, step } = niceScale(Math.max(0, ...rows.map((r) => r.value)));
  const plotStart = box.labelWidth;
  const plotEnd = box.width - box.valueWidth;
  const scale = (value: number) => ((plotEnd - plotStart) * value) / max;
  const mirror = (x: number) => (dir === 'rtl' ? box.width - x : x);
  const height = box.top + rows.length * box.rowHeight + box.bottom;

  const bars = rows.map((row, i) => {
    const length = scale(row.value);
    const y = box.top + i * box.rowHeight + (box.rowHeight - box.barHeight) / 2;
    const start = mirror(plotStart);
    const end = mirror(plotStart + length);
    return {
      key: row.key,
      value: row.value,
      x: round(Math.min(start, end)),
      y: round(y),
      width: round(length),
      height: box.barHeight,
      centerY: round(box.top + i * box.rowHeight + box.rowHeight / 2),
      labelX: round(mirror(plotStart - 8)),
      valueX: round(mirror(plotStart + length + 5)),
    };
  });

  const ticks: { value: number; x: number }[] = [];
  for (let value = 0; value <= max; value += step) ticks.push({ value, x: round(mirror(plotStart + scale(value))) });

  return {
    width: box.width,
    height,
    max,
    bars,
    ticks,
    axis: { x1: round(mirror(plotStart)), x2: round(mirror(plotEnd)), y: box.top + rows.length * box.rowHeight },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
