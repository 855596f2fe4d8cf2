// HTML sources (.html): Mozilla's Readability picks the article out of the page (no menus,
// adverts or comment threads) over linkedom's DOM, which is plain JavaScript and so runs in the
// service's worker; the article's HTML is then written out as paragraphs (html-text.ts). The
// page's own metadata (Open Graph, article:*, citation_*, <link rel=canonical>) fills the fields.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedSource, SourceMetadata } from './types.js';
import { domText } from './html-text.js';
import { collapseSpaces, decodeText, partialIsoDate, present, titleFromName } from './plain.js';

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content');
    if (content && content.trim()) return collapseSpaces(content);
  }
  return undefined;
}

// An author given as an address (article:author is often a profile URL) is no name.
const nameOnly = (author: string | null | undefined) => (author && !/^https?:\/\//i.test(author) ? author : undefined);

function pageMetadata(doc: Doc): SourceMetadata {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const author = meta(doc, 'author', 'article:author', 'citation_author', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author');
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const url = [meta(doc, 'og:url'), canonical].find((u) => u && /^https?:\/\//i.test(u));
  return present({
    title: meta(doc, 'og:title', 'twitter:title', 'citation_title', 'dc.title', 'DC.title') ?? collapseSpaces(doc.querySelector('title')?.textContent ?? ''),
    author: nameOnly(author),
    publisher: meta(doc, 'og:site_name', 'publisher', 'citation_publisher', 'dc.publisher', 'DC.publisher', 'application-name'),
    published: partialIsoDate(meta(doc, 'article:published_time', 'datePublished', 'citation_publication_date', 'citation_date', 'dc.date', 'DC.date', 'date', 'pubdate') ?? time),
    url,
  });
}

export function readHtmlSource(bytes: Uint8Array, name: string): ExtractedSource {
  const decoded = decodeText(bytes, name);
  // linkedom builds <html> and <body> only when the text has them: a fragment (a saved snippet,
  // an e-mail body) became a document rooted at its first element, with no body, and was
  // refused as having no text. Such a fragment is read as the body of a page.
  const parsed = parseHTML(decoded).document;
  const html = parsed.documentElement?.tagName === 'HTML' ? decoded : `<!doctype html><html><body>${decoded}</body></html>`;
  const doc = html === decoded ? parsed : parseHTML(html).document;
  const fromPage = pageMetadata(doc);
  // Readability changes the document it reads: it gets its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = domText(content.body);
  }
  // Not an article (a short page, a list): the whole body as text.
  if (text.trim() === '' && doc.body) text = domText(doc.body);
  const fromArticle = present({
    title: article?.title ?? undefined,
    author: nameOnly(article?.byline),
    publisher: article?.siteName ?? undefined,
    published: partialIsoDate(article?.publishedTime),
  });
  return { kind: 'html', text, title: titleFromName(name), ...fromArticle, ...fromPage };
}
