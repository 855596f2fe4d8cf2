// Data formats in the dialog: the graph service writes the file (graph-data/src/io/export);
// the renderer passes the view's node ids, positions and the screen palette.
import type { DataExportFormat } from '../../../graph-data/src/contract.js';
import { ALLEGATION_TYPES, NODE_KINDS } from '../../../graph-data/src/schema/vocabulary.js';
import { allegationTypeColour } from '../graph-view/allegation-types.js';
import { BASE_COLOURS, kindColour } from '../graph-view/palette.js';
import { graphIdOf } from '../graph-view/elements.js';
import { type Exporter, ExportError } from './types.js';

/** Cytoscape reports colours as rgb(r,g,b): the contract takes #rrggbb. */
function toHex(css: string): string | null {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css.replace(/\s/g, ''));
  if (!m) return /^#[0-9a-f]{6}$/i.test(css) ? css : null;
  return `#${[m[1], m[2], m[3]].map((v) => Math.min(255, Number(v)).toString(16).padStart(2, '0')).join('')}`;
}

function dataExporter(format: DataExportFormat, label: string, extension: string, mime: string): Exporter {
  return {
    id: format,
    label,
    extension,
    mime,
    kind: 'data',
    uses: {},
    async run(ctx) {
      const { cy, theme, options } = ctx;
      const caseTypes = ctx.allegationTypes ?? [];
      // The view: what is on screen, which after a filter may be fewer edges than the nodes induce.
      const view =
        options.scope === 'view'
          ? { nodes: cy.nodes(':visible').map((n) => n.id()), edges: cy.edges(':visible').map((e) => graphIdOf(e)) }
          : options.scope === 'selection'
            ? { nodes: ctx.selection?.nodes ?? [], edges: ctx.selection?.edges ?? [] }
            : {};
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        const { x, y } = n.position();
        positions[n.id()] = { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
      });
      // Nodes drawn in another colour than their kind's (Appearance, communities): GEXF keeps what the screen shows.
      const nodes: Record<string, string> = {};
      cy.nodes('.a-fill, .coloured').forEach((n) => {
        const hex = toHex(String(n.style('background-color')));
        if (hex) nodes[n.id()] = hex;
      });
      const colors = {
        kinds: Object.fromEntries(NODE_KINDS.map((k) => [k, kindColour(theme, k)])),
        // The case's own types too, in the colour the canvas draws them.
        allegations: Object.fromEntries([...ALLEGATION_TYPES, ...caseTypes.map((t) => t.id)].map((t) => [t, allegationTypeColour(theme, t, caseTypes)])),
        edge: BASE_COLOURS[theme].edge,
        nodes,
      };
      const result = await ctx.exportData({ format, ...view, positions, colors });
      if (!result.ok) throw new ExportError('failed', result.error.message);
      ctx.onProgress(1, 1);
      return { file: new Blob([result.value.bytes as Uint8Array<ArrayBuffer>]), warnings: [], fileName: result.value.fileName };
    },
  };
}

export const jsonExporter = dataExporter('json', 'graphology JSON', 'json', 'application/json');
export const gexfExporter = dataExporter('gexf', 'GEXF (Gephi)', 'gexf', 'application/gexf+xml');
export const graphmlExporter = dataExporter('graphml', 'GraphML (yEd, Cytoscape)', 'graphml', 'application/graphml+xml');
export const csvExporter = dataExporter('csv', 'CSV tables (zip)', 'zip', 'application/zip');
