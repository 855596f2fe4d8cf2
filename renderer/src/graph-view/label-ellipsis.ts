// Labels cut with an ellipsis ('text-wrap: ellipsis'), at a few measures each and once per text
// and font. Cytoscape cuts a label by measuring every prefix in turn, and again each time it
// asks for the label's text: when its size is recomputed and when it is drawn, with no cache.
// Opening airlines.graphml (235 nodes whose labels run past their width) spent 81 ms of one
// 300 ms frame in measureText for that. Here the longest prefix that fits is found by halving,
// never splitting a surrogate pair, and kept by text, font and width.
//
// Relies on the canvas renderer's `getLabelText(ele, prefix)` and `calculateLabelDimensions`
// (cytoscape 3.35); where they are absent nothing changes.
import type { Core } from 'cytoscape';

const ELLIPSIS = '\u2026';
/** Cuts kept; past this many, the oldest half goes (a 10k view's labels at a few zoom levels fit). */
const MOST_KEPT = 50_000;

interface Styled {
  pstyle(name: string): { strValue: string; value: unknown; pfValue: number };
}

interface LabelRenderer {
  getLabelText?: (ele: Styled, prefix?: string) => string;
  calculateLabelDimensions?: (ele: Styled, text: string) => { width: number };
}

/**
 * The longest start of `text` that, followed by an ellipsis, is at most `maxWidth` wide, with the
 * ellipsis; `text` itself when it is narrower than `maxWidth`. `width` must grow with the text.
 */
export function ellipsize(text: string, maxWidth: number, width: (t: string) => number): string {
  if (width(text) < maxWidth) return text;
  // Invariant: a cut at `lo` fits (the empty one does: an ellipsis alone is drawn whatever its width), one at `hi` does not.
  let lo = 0;
  let hi = text.length + 1;
  while (hi - lo > 1) {
    let mid = (lo + hi) >> 1;
    // Never between the halves of a surrogate pair: step back onto the pair's start.
    if (mid < text.length && isLowSurrogate(text.charCodeAt(mid)) && mid - 1 > lo) mid -= 1;
    else if (mid < text.length && isLowSurrogate(text.charCodeAt(mid))) {
      if (mid + 1 >= hi) break;
      mid += 1;
    }
    if (width(text.slice(0, mid) + ELLIPSIS) > maxWidth) hi = mid;
    else lo = mid;
  }
  // Every character fits with the ellipsis after it: Cytoscape shows the text whole then.
  return lo >= text.length ? text : text.slice(0, lo) + ELLIPSIS;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Makes `cy`'s renderer cut ellipsised labels with `ellipsize`, kept by text, font and width. */
export function installLabelEllipsis(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): LabelRenderer | undefined }).renderer();
  const original = renderer?.getLabelText;
  const measure = renderer?.calculateLabelDimensions;
  if (!renderer || !original || !measure) return;
  const kept = new Map<string, string>();
  renderer.getLabelText = function (this: LabelRenderer, ele: Styled, prefix?: string): string {
    if (ele.pstyle('text-wrap').value !== 'ellipsis') return original.call(this, ele, prefix);
    // Read as Cytoscape reads them (its getLabelText): the prefixed label, the shared transform and width.
    let text = ele.pstyle(prefix ? `${prefix}-label` : 'label').strValue;
    if (!text) return '';
    const transform = ele.pstyle('text-transform').value;
    if (transform === 'uppercase') text = text.toUpperCase();
    else if (transform === 'lowercase') text = text.toLowerCase();
    const maxWidth = ele.pstyle('text-max-width').pfValue;
    const font = `${ele.pstyle('font-style').strValue} ${ele.pstyle('font-weight').strValue} ${ele.pstyle('font-size').pfValue}px ${ele.pstyle('font-family').strValue}`;
    const key = `${font}\u0000${maxWidth}\u0000${text}`;
    let cut = kept.get(key);
    if (cut === undefined) {
      cut = ellipsize(text, maxWidth, (t) => measure.call(this, ele, t).width);
      if (kept.size >= MOST_KEPT) [...kept.keys()].slice(0, MOST_KEPT / 2).forEach((k) => kept.delete(k));
      kept.set(key, cut);
    }
    return cut;
  };
}
