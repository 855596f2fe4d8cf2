// The PDF: pdf.js (an independent reader) finds the caption, the legend, the numbered
// source list with its quotes, and the metadata; unencodable labels do not crash it.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { EdgeDetails } from '../../../graph-data/src/contract.js';
import { composePdf, numberAllegations } from './pdf.js';
import { helveticaBlock, testMeta, testScene } from './test-scene.js';

const QUOTE = 'Russia has been accused of abusing Interpol’s “red notice” system';

const details: EdgeDetails = {
  id: 'e2',
  source: { id: 'a', label: 'Bill Browder', kind: 'person' },
  target: { id: 'c', label: 'Interpol', kind: 'agency' },
  relation: 'accuses',
  allegation: { type: 'red_notice_abuse', status: 'alleged', claimant: { id: 'a', label: 'Bill Browder', kind: 'person' } },
  evidence: [{ source: 's', sourceTitle: 'UK and US launch last-ditch bid', quote: QUOTE, offset: 0 }],
};

async function read(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('\n');
  const info = (await doc.getMetadata()).info as Record<string, string>;
  return { pages: doc.numPages, text, info };
}

describe('composePdf', () => {
  const scene = testScene();
  const out = composePdf({
    scene,
    header: helveticaBlock(770, false, true),
    legend: helveticaBlock(770, true, false),
    numbered: [details],
    info: { Title: testMeta.title, Subject: 'Filters: Allegation: red notice abuse', Keywords: 'Source: Daily Mail' },
    date: testMeta.exportedAt,
    textColour: '#0f172a',
  });

  it('numbers the allegation edges only', () => {
    expect(numberAllegations(scene)).toEqual(['e2']);
  });

  it('is one page with the caption, legend, numbered sources and quotes as text', async () => {
    const { pages, text } = await read(out.bytes);
    expect(pages).toBe(1);
    expect(text).toContain('Interpol 2018 presidential election');
    expect(text).toContain('Source: UK and US launch last-ditch bid (Daily Mail, 2018-11-21)');
    expect(text).toContain('Filters: Allegation: red notice abuse');
    expect(text).toContain('Red notice abuse / political persecution');
    expect(text).toContain('Sources of the numbered allegations');
    expect(text).toContain('1. Bill Browder accuses Interpol — Red notice abuse / political persecution (alleged; claimant: Bill Browder)');
    expect(text.replace(/\n/g, ' ')).toContain(`“${QUOTE}”`);
    expect(text).toContain('Interpol');
  });

  it('names the dataset, filters and sources in the information dictionary', async () => {
    const { info } = await read(out.bytes);
    expect(info.Title).toBe('Interpol 2018 presidential election');
    expect(info.Subject).toBe('Filters: Allegation: red notice abuse');
    expect(info.Producer).toBe('Redthread');
  });

  it('warns, without failing, about labels the standard fonts cannot show', () => {
    expect(out.warnings.join(' ')).toMatch(/^1 text\(s\) use characters the PDF's standard fonts lack; those characters show as "\?"/);
  });
});
