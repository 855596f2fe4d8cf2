// Every export format, as data: the dialog lists them, the automation hook runs them.
import { csvExporter, gexfExporter, graphmlExporter, jsonExporter } from './data-exporters.js';
import { pdfExporter } from './pdf-exporter.js';
import { jpegExporter, pngExporter } from './raster.js';
import { svgExporter } from './svg-exporter.js';
import type { Exporter } from './types.js';

export const EXPORTERS: readonly Exporter[] = [pngExporter, jpegExporter, svgExporter, pdfExporter, jsonExporter, gexfExporter, graphmlExporter, csvExporter];

export const EXPORT_FORMAT_IDS = EXPORTERS.map((e) => e.id);

export function exporterFor(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
