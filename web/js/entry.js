// The page of one entry (/e/{slug}): its text with sections, lists and the detected cross-links
// as links, the related concepts with their reasons, where it is mentioned ("Wird erwähnt in"),
// the mentions that are not linked yet, and a small map of its neighbours.
import {ApiError, getJson} from './api.js';
import {append, clear, el, entryHref, quoted} from './dom.js';
import {localMap} from './localmap.js';
import {renderMarkdown} from './markdown.js';
import {byteToIndex} from './utf8.js';

const root = document.getElementById('entry');
// The strongest reasons say why; the rest repeat the same kind of evidence.
const MAX_REASONS = 3;

function slugFromPath() {
  const match = /^\/e\/([^/]+)$/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : '';
}

// The first detected mention of each target becomes a link, as an editor would set it once.
function detectedLinks(entry) {
  const toIndex = byteToIndex(entry.body);
  const links = [];
  for (const link of entry.links) {
    const mention = link.mentions.find((m) => m.kind !== 'explicit');
    if (!mention) continue;
    links.push({
      start: toIndex(mention.start),
      end: toIndex(mention.end),
      href: entryHref(link.slug),
      title: `Verweis auf ${link.title} (erkannt)`,
    });
  }
  return links;
}

function mentionPlace(mention) {
  const where = mention.section ? ` im Abschnitt ${quoted(mention.section)}` : '';
  return `${quoted(mention.text)}${where}`;
}

function relatedSection(related) {
  const items = related.map((item) => el('li', {},
    el('a', {href: entryHref(item.slug)}, item.title),
    el('ul', {class: 'reasons'}, item.reasons.slice(0, MAX_REASONS).map((reason) => el('li', {}, reason)))));
  return el('section', {'aria-labelledby': 'related-heading', id: 'related'},
    el('h2', {id: 'related-heading'}, 'Verwandte Begriffe'),
    items.length ? el('ul', {}, items) : el('p', {class: 'muted'}, 'Keine verwandten Begriffe.'));
}

function backlinksSection(backlinks) {
  const items = backlinks.map((link) => el('li', {},
    el('a', {href: entryHref(link.slug)}, link.title),
    link.mentions.length ? el('span', {class: 'muted'}, ': ', mentionPlace(link.mentions[0])) : null));
  return el('section', {'aria-labelledby': 'backlinks-heading', id: 'backlinks'},
    el('h2', {id: 'backlinks-heading'}, 'Wird erwähnt in'),
    items.length ? el('ul', {}, items) : el('p', {class: 'muted'}, 'Kein anderer Eintrag erwähnt diesen.'));
}

function unlinkedSection(unlinked) {
  const items = unlinked.mentions.map((mention) => el('li', {},
    el('a', {href: entryHref(mention.slug)}, mention.title), ': ',
    el('span', {class: 'context'}, '… ', mention.before, el('mark', {}, mention.text), mention.after, ' …')));
  const more = unlinked.total > unlinked.mentions.length
    ? el('p', {class: 'muted'}, `und ${unlinked.total - unlinked.mentions.length} weitere`) : null;
  return el('section', {'aria-labelledby': 'unlinked-heading', id: 'unlinked'},
    el('h2', {id: 'unlinked-heading'}, `Unverlinkte Erwähnungen (${unlinked.total})`),
    items.length ? el('ul', {}, items) : el('p', {class: 'muted'}, 'Alle Erwähnungen sind verlinkt.'),
    more);
}

// Entries it mentions and entries mentioning it, strongest first, each once.
function neighbours(entry) {
  const bySlug = new Map();
  const add = (link, relation) => {
    const known = bySlug.get(link.slug);
    if (known) {
      known.weight += link.weight;
      known.relation = 'verweisen aufeinander';
    } else {
      bySlug.set(link.slug, {slug: link.slug, title: link.title, href: entryHref(link.slug), weight: link.weight, relation});
    }
  };
  entry.links.forEach((link) => add(link, 'wird hier erwähnt'));
  entry.backlinks.forEach((link) => add(link, 'erwähnt diesen Eintrag'));
  return [...bySlug.values()].sort((a, b) => b.weight - a.weight);
}

function neighbourSection(entry) {
  const near = neighbours(entry);
  return el('section', {'aria-labelledby': 'map-heading', class: 'local-map'},
    el('h2', {id: 'map-heading'}, 'Nachbarn'),
    near.length ? localMap(entry.title, near) : el('p', {class: 'muted'}, 'Keine Nachbarn.'));
}

function render(entry, related) {
  document.title = `${entry.title} – querverweis`;
  const main = el('div', {class: 'entry-main'},
    el('h1', {}, entry.title),
    entry.aliases.length ? el('p', {class: 'aliases'}, 'Auch: ', entry.aliases.join(', ')) : null,
    entry.tags.length ? el('ul', {class: 'tags', 'aria-label': 'Schlagwörter'}, entry.tags.map((tag) => el('li', {}, tag))) : null,
    el('div', {class: 'entry-body'}, renderMarkdown(entry.body, detectedLinks(entry))),
    neighbourSection(entry));
  const side = el('aside', {class: 'side', 'aria-label': 'Zusammenhänge'},
    relatedSection(related),
    backlinksSection(entry.backlinks),
    unlinkedSection(entry.unlinked_mentions));
  clear(root).append(el('article', {class: 'entry-layout'}, main, side));
}

function renderNotFound(slug) {
  document.title = 'Nicht gefunden – querverweis';
  clear(root).append(
    el('h1', {}, 'Nicht gefunden'),
    el('p', {}, `Einen Eintrag ${quoted(slug)} gibt es nicht. `, el('a', {href: '/'}, 'Zur Suche')));
}

async function load() {
  const slug = slugFromPath();
  try {
    const path = `/api/entries/${encodeURIComponent(slug)}`;
    const [entry, related] = await Promise.all([getJson(path), getJson(`${path}/related`, {limit: 8})]);
    render(entry, related.related);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) renderNotFound(slug);
    else append(clear(root), [el('p', {}, `Der Eintrag konnte nicht geladen werden: ${error.message}`)]);
  } finally {
    root.setAttribute('aria-busy', 'false');
  }
}

load();
