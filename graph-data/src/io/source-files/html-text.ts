// A DOM subtree as readable plain text: block elements become paragraphs, list items and
// table rows their own lines, <br> a line break, and whitespace collapses as a browser shows it
// (kept inside <pre>). Works on any DOM-like tree (linkedom in the service's worker).
import { tidyParagraphs } from './plain.js';

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const PARAGRAPH = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY']);
const LINE = new Set(['LI', 'TR', 'DT', 'DD', 'CAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD']);
const CELL = new Set(['TD', 'TH']);

export function domText(root: DomNode): string {
  let out = '';
  // Pending break before the next text: 0 none, 1 line, 2 paragraph.
  let pending = 0;
  const breakAfter = (level: number) => {
    pending = Math.max(pending, level);
  };
  const write = (text: string) => {
    if (!text) return;
    if (out !== '' && pending > 0) out = out.replace(/ +$/, '') + (pending === 2 ? '\n\n' : '\n');
    pending = 0;
    if (/\s$/.test(out) || out === '') text = text.replace(/^ +/, '');
    out += text;
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      write(pre ? value : value.replace(/[\s\u200b]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      out = out.replace(/ +$/, '') + '\n';
      pending = 0;
      return;
    }
    const level = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    breakAfter(level);
    if (tag === 'LI') write('• ');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child, pre || tag === 'PRE');
    }
    if (CELL.has(tag)) write(' | ');
    breakAfter(level);
  };
  walk(root, false);
  return tidyParagraphs(out.replace(/ \| (?=\n|$)/g, ''));
}
