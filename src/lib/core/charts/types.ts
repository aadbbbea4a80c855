/** What every chart function returns, and the data shapes the generic charts draw. */

/** An SVG drawing and its plain-text alternative (screen readers, the PDF, the tests). */
export interface Chart {
  svg: string;
  text: string;
  width: number;
  height: number;
}

/** One bar of a bar chart or one column of a histogram. */
export interface Bar {
  label: string;
  value: number;
  /** What is written beside the bar; the value by default ("50.0% (9 of 18)"). */
  display?: string;
}

/** One segment kind of a stacked bar, drawn in the legend in this order. */
export interface Series {
  key: string;
  label: string;
  fill: string;
  /** Colour of the value written inside the segment, chosen for contrast with `fill`. */
  ink: string;
  /** A hatch over the fill, so that the segment stays apart from its neighbours in grey print. */
  hatch?: string;
}

/** One stacked bar: a label and a count per series key. */
export interface StackedRow {
  label: string;
  values: Record<string, number>;
}

/** Common options: the accessible title and description, and the drawing width in px. */
export interface ChartText {
  title: string;
  desc: string;
  width?: number;
}
