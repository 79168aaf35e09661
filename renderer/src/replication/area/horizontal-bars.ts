/**
 * What every bar chart in a ChartCard shares: horizontal bars (long region names fit on the axis); no
 * animation (recharts would otherwise animate every bar again on each live update); no recharts
 * keyboard layer, since the chart sits in ChartCard's role="img" wrapper, which must hold nothing
 * focusable — its data table is the accessible form.
 */
export const HORIZONTAL_BARS = {
  dataKey: 'label',
  orientation: 'vertical',
  gridAxis: 'x',
  barProps: { isAnimationActive: false },
  barChartProps: { accessibilityLayer: false },
} as const;
