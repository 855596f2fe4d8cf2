// JSON files: decode once, refuse deep nesting, then tell FtM entity streams, FtM documents,
// Cytoscape.js and graphology/sigma node-edge documents apart by their shape.
import type { ImportFormat } from '../../contract.js';
import { isCaseDocument, openCaseDocument } from '../../case/open.js';
import type { ImportContext } from './context.js';
import { sniffEncoding } from './decode.js';
import type { FormatResult } from './format.js';
import { ftmEntitiesFromDocument, ftmEntitiesFromLines, importFtm, isFtmLines } from './ftm.js';
import { importCytoscape, importNodesEdges, jsonShape, type JsonShape } from './json-graph.js';
import { parseJsonText, readJsonText } from './json-read.js';

const SHAPE_OF_FORMAT: Partial<Record<ImportFormat, JsonShape>> = {
  redthread: 'nodes-edges',
  'graphology-json': 'nodes-edges',
  'cytoscape-json': 'cytoscape',
  ftm: 'ftm',
};

export async function importJson(ctx: ImportContext, bytes: Uint8Array, format: ImportFormat | undefined, encoding: string | undefined): Promise<FormatResult> {
  const sniffed = sniffEncoding(bytes);
  const text = await readJsonText(ctx, bytes, encoding ? { encoding, offset: sniffed.offset } : sniffed);
  const wanted = format ? SHAPE_OF_FORMAT[format] : undefined;
  if ((wanted === undefined || wanted === 'ftm') && isFtmLines(text)) {
    const entities = await ftmEntitiesFromLines(ctx, text);
    return importFtm(ctx, entities);
  }
  const doc = parseJsonText(ctx, text);
  if (isCaseDocument(doc)) {
    const opened = openCaseDocument(doc, ctx.file, ctx.limits);
    for (const warning of opened.warnings) ctx.warnings.add(warning);
    return { graph: opened.graph, name: opened.name, format: 'redthread', sources: opened.sources, case: opened.extras };
  }
  const shape = wanted ?? jsonShape(doc);
  if (shape === 'cytoscape') return importCytoscape(ctx, doc);
  if (shape === 'nodes-edges') return importNodesEdges(ctx, doc);
  if (shape === 'ftm') {
    const entities = ftmEntitiesFromDocument(ctx, doc);
    if (entities.length === 0) ctx.fail('bad_file', 'contains no FollowTheMoney entities (objects with "id", "schema" and "properties")');
    return importFtm(ctx, entities, doc);
  }
  return ctx.fail('bad_file', 'is JSON but not a graph Redthread knows: expected graphology/sigma {nodes, edges}, Cytoscape.js {elements} or FollowTheMoney entities');
}
