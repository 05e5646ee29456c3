// HTML to visible text: scripts, styles and other invisible elements dropped, block elements
// become line breaks, entities decoded. A real parser does the work: the browser's DOMParser
// where there is one, the npm package `htmlparser2` elsewhere (Node, Web Workers).

import { TextLayout } from './layout.js';
import { loadOptional } from './load.js';

/** Elements whose content is never rendered as text. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'datalist',
  'canvas',
]);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'option',
]);

/** Markup events from either parser into one layout. */
class HtmlText {
  readonly layout = new TextLayout();
  private hidden = 0;
  open(tag: string, hiddenAttr: boolean): void {
    if (this.hidden > 0 || HIDDEN.has(tag) || hiddenAttr) {
      ++this.hidden;
      return;
    }
    if (tag === 'br') this.layout.lineBreak();
    else if (tag === 'pre' || tag === 'textarea' || tag === 'listing') this.layout.enterPre();
    else if (BLOCK.has(tag)) this.layout.block();
  }
  close(tag: string): void {
    if (this.hidden > 0) {
      --this.hidden;
      return;
    }
    if (tag === 'pre' || tag === 'textarea' || tag === 'listing') this.layout.leavePre();
    else if (BLOCK.has(tag)) this.layout.block();
  }
  text(s: string): void {
    if (this.hidden === 0) this.layout.text(s);
  }
}

function fromDom(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = new HtmlText();
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.text(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    const hidden = el.hasAttribute('hidden');
    out.open(tag, hidden);
    // <template> content lives in a separate fragment, and HIDDEN skips it anyway
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    out.close(tag); // htmlparser2 closes void elements too
  };
  walk(doc.documentElement);
  return out.layout.result();
}

interface Htmlparser2 {
  Parser: new (
    handler: {
      onopentag?(name: string, attrs: Record<string, string>): void;
      onclosetag?(name: string): void;
      ontext?(text: string): void;
    },
    options?: { decodeEntities?: boolean; lowerCaseTags?: boolean; xmlMode?: boolean },
  ) => { write(s: string): void; end(): void };
}

export function loadHtmlparser2(file: string, format: string): Promise<Htmlparser2> {
  return loadOptional(
    'htmlparser2',
    file,
    format,
    () => import('htmlparser2') as Promise<unknown> as Promise<Htmlparser2>,
  );
}

async function fromParser(html: string, file: string): Promise<string> {
  const { Parser } = await loadHtmlparser2(file, 'HTML');
  const out = new HtmlText();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        out.open(name, 'hidden' in attrs);
      },
      onclosetag(name) {
        out.close(name);
      },
      ontext(text) {
        out.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.layout.result();
}

/** The visible text of an HTML document. */
export function htmlToText(html: string, file: string): Promise<string> {
  if (typeof DOMParser === 'function') return Promise.resolve(fromDom(html));
  return fromParser(html, file);
}

/** The charset an HTML document declares in its first 1024 bytes (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  return m?.[1];
}
