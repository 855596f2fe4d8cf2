// CSS colours as Cytoscape reports them ("rgb(37,99,235)", "#2563eb") → 0–1 RGB.

// Writers parse the same few colours thousands of times.
const parsed = new Map<string, [number, number, number]>();

export function parseColour(value: string): [number, number, number] {
  let out = parsed.get(value);
  if (!out) {
    out = parse(value);
    if (parsed.size < 4096) parsed.set(value, out);
  }
  return out;
}

function parse(value: string): [number, number, number] {
  const v = value.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(v);
  if (rgb) return [rgb[1], rgb[2], rgb[3]].map((c) => Math.min(255, Number(c)) / 255) as [number, number, number];
  if (v === 'white') return [1, 1, 1];
  return [0, 0, 0];
}
