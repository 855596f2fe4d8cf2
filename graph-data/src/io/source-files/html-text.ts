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
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE']);
const CELL = new Set(['TD', 'TH']);

export function domText(root: DomNode): string {
  // Pieces, joined once at the end. Spaces left before a line break go then (tidyParagraphs).
  const parts: string[] = [];
  // Pending break before the next text: 0 none, 1 line, 2 paragraph.
  let pending = 0;
  const endsInSpace = () => parts.length === 0 || /\s$/.test(parts[parts.length - 1] as string);
  const breakAfter = (level: number) => {
    pending = Math.max(pending, level);
  };
  // Preformatted text keeps its leading spaces: they are its indentation.
  const write = (text: string, pre = false) => {
    if (!text) return;
    if (parts.length > 0 && pending > 0) parts.push(pending === 2 ? '\n\n' : '\n');
    pending = 0;
    if (!pre && endsInSpace()) text = text.replace(/^ +/, '');
    if (text) parts.push(text);
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      write(pre ? value : value.replace(/[\s\u200b]+/g, ' '), pre);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      parts.push('\n');
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
  // No separator after a row's last cell.
  return tidyParagraphs(parts.join('').replace(/ \| ?(?=\n|$)/g, ''));
}
