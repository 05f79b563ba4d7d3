// Renders an entry's Markdown body (Contract 1: `## ` sections, paragraphs, `- ` lists and
// [text](slug) links) as DOM nodes, with the cross-links the engine detected turned into links
// too. A hand-written renderer because the corpus format is this small subset and every piece
// of text must end up as a text node; a general Markdown library would produce HTML strings.
import {el} from './dom.js';
import {entryHref} from './dom.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Explicit links as inline items: the whole markup range, the text shown and where it leads.
function explicitLinks(body) {
  const items = [];
  for (const match of body.matchAll(/\[([^\]\n]+)\]\(([^)\s]*)\)/g)) {
    const target = match[2];
    items.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[1],
      href: SLUG.test(target) ? entryHref(target) : null,
      className: 'explicit',
    });
  }
  return items;
}

// `detected`: [{start, end, href, title}] in string indices of `body`.
function inlineItems(body, detected) {
  const items = explicitLinks(body);
  for (const link of detected) {
    const overlaps = items.some((item) => link.start < item.end && item.start < link.end);
    if (!overlaps) items.push({...link, text: body.slice(link.start, link.end), className: 'detected'});
  }
  return items.sort((a, b) => a.start - b.start);
}

function inline(body, items, start, end) {
  const nodes = [];
  let at = start;
  for (const item of items) {
    if (item.start < start || item.end > end) continue;
    if (item.start > at) nodes.push(body.slice(at, item.start));
    nodes.push(item.href
      ? el('a', {href: item.href, class: item.className, title: item.title || null}, item.text)
      : item.text);
    at = item.end;
  }
  if (at < end) nodes.push(body.slice(at, end));
  return nodes;
}

// Lines with their start index, so every block knows where its text sits in the body.
function lines(body) {
  const out = [];
  let start = 0;
  for (const line of body.split('\n')) {
    out.push({text: line, start, end: start + line.length});
    start += line.length + 1;
  }
  return out;
}

export function renderMarkdown(body, detected = []) {
  const items = inlineItems(body, detected);
  const blocks = [];
  let paragraph = null;
  let list = null;
  const closeBlocks = () => {
    paragraph = null;
    list = null;
  };
  for (const line of lines(body)) {
    const heading = /^(#{1,6}) +/.exec(line.text);
    const bullet = /^\s*[-*] +/.exec(line.text);
    if (!line.text.trim()) {
      closeBlocks();
    } else if (heading) {
      closeBlocks();
      blocks.push(el('h2', {}, inline(body, items, line.start + heading[0].length, line.end)));
    } else if (bullet) {
      paragraph = null;
      if (!list) blocks.push(list = el('ul'));
      list.append(el('li', {}, inline(body, items, line.start + bullet[0].length, line.end)));
    } else if (paragraph) {
      paragraph.append(' ', ...inline(body, items, line.start, line.end));
    } else {
      list = null;
      blocks.push(paragraph = el('p', {}, inline(body, items, line.start, line.end)));
    }
  }
  return blocks;
}
