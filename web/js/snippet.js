// Turns the API's snippets (HTML-escaped text with <mark>…</mark> around matches) into DOM nodes
// without ever parsing them as HTML: the marks become <mark> elements, everything else text.
import {el} from './dom.js';

const entities = {'&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};

export function unescapeHtml(text) {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (entity) => entities[entity]);
}

export function snippetNodes(snippet) {
  const nodes = [];
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = unescapeHtml(part);
      nodes.push(marked ? el('mark', {}, text) : document.createTextNode(text));
    }
  }
  return nodes;
}
