// The search page: results while typing, the query and tags kept in the URL so a search can be
// shared, keyboard navigation, autocomplete, "Meinten Sie …?", tag facets and a "Warum?" panel
// per hit.
import {getJson, LatestRequest} from './api.js';
import {append, clear, el, entryHref, number, quoted} from './dom.js';
import {snippetNodes} from './snippet.js';
import {reasonText} from './why.js';

// Short enough that results follow the typing, long enough to skip most intermediate states.
const DEBOUNCE_MS = 25;

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const suggestions = document.getElementById('suggestions');
const status = document.getElementById('status');
const didYouMean = document.getElementById('did-you-mean');
const facets = document.getElementById('facets');
const results = document.getElementById('results');

const searchRequest = new LatestRequest();
const suggestRequest = new LatestRequest();
let selectedTags = [];
let debounce = 0;
let activeSuggestion = -1;

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  selectedTags = params.getAll('tag');
}

function writeUrl(query) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const tag of selectedTags) params.append('tag', tag);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

// "Enkeltrik" corrected to "enkeltrick" is offered as "Enkeltrick": the reader's capitals stay.
export function keepCapitals(typed, corrected) {
  const typedWords = typed.trim().split(/\s+/);
  const words = corrected.split(' ');
  if (typedWords.length !== words.length) return corrected;
  return words.map((word, i) => {
    const first = typedWords[i].charAt(0);
    return first && first === first.toUpperCase() && first !== first.toLowerCase()
      ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  }).join(' ');
}

function renderDidYouMean(result) {
  clear(didYouMean);
  didYouMean.hidden = !result.did_you_mean;
  if (!result.did_you_mean) return;
  const corrected = keepCapitals(result.query, result.did_you_mean);
  const button = el('button', {type: 'button', class: 'link', id: 'did-you-mean-button'}, corrected);
  button.addEventListener('click', () => {
    input.value = corrected;
    runSearch();
    input.focus();
  });
  append(didYouMean, ['Meinten Sie ', button, '?']);
}

function renderFacets(result) {
  const counts = result.facets && result.facets.tags ? result.facets.tags : [];
  clear(facets);
  if (counts.length === 0 && selectedTags.length === 0) {
    facets.append(el('p', {class: 'muted'}, 'Keine Schlagwörter.'));
    return;
  }
  const shown = new Map(counts.map(({tag, count}) => [tag, count]));
  for (const tag of selectedTags) if (!shown.has(tag)) shown.set(tag, 0);
  const list = el('ul');
  let i = 0;
  for (const [tag, count] of shown) {
    const id = `tag-${i += 1}`;
    const box = el('input', {type: 'checkbox', id, checked: selectedTags.includes(tag)});
    box.addEventListener('change', () => {
      selectedTags = box.checked ? [...selectedTags, tag] : selectedTags.filter((t) => t !== tag);
      runSearch();
    });
    list.append(el('li', {}, box, ' ', el('label', {for: id}, tag, ' ', el('span', {class: 'count'}, `(${count})`))));
  }
  facets.append(list);
}

function renderHit(hit, index) {
  const whyId = `why-${index}`;
  const why = el('ul', {class: 'why', id: whyId, hidden: true},
    (hit.why || []).map((reason) => el('li', {}, reasonText(reason))));
  const toggle = el('button', {type: 'button', class: 'link why-toggle', 'aria-expanded': 'false', 'aria-controls': whyId}, 'Warum?');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    why.hidden = !open;
  });
  return el('li', {class: 'hit'},
    el('h3', {}, el('a', {href: entryHref(hit.slug), class: 'hit-link'}, hit.title)),
    el('p', {class: 'snippet'}, snippetNodes(hit.snippet)),
    toggle, why);
}

function render(result, query, milliseconds) {
  renderDidYouMean(result);
  renderFacets(result);
  clear(results);
  results.append(...result.hits.map(renderHit));
  const filter = selectedTags.length ? ` mit Schlagwort ${selectedTags.map(quoted).join(', ')}` : '';
  status.textContent = result.total === 0
    ? `Keine Treffer für ${quoted(query)}${filter}.`
    : `${number(result.total)} Treffer${filter} in ${number(milliseconds)} ms`;
  results.dataset.query = query;
}

async function runSearch() {
  window.clearTimeout(debounce);
  const query = input.value;
  writeUrl(query.trim());
  if (!query.trim()) {
    searchRequest.start(async () => null);
    clear(results);
    clear(didYouMean).hidden = true;
    status.textContent = '';
    results.dataset.query = '';
    return;
  }
  const started = performance.now();
  try {
    const result = await searchRequest.start((signal) => getJson('/api/search', {
      q: query, tag: selectedTags, as_you_type: 'true', limit: 10,
    }, signal));
    if (result) render(result, query, performance.now() - started);
  } catch (error) {
    status.textContent = `Die Suche ist fehlgeschlagen: ${error.message}`;
  }
}

function closeSuggestions() {
  suggestions.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  activeSuggestion = -1;
}

function highlightSuggestion(index) {
  const options = [...suggestions.children];
  activeSuggestion = options.length ? (index + options.length) % options.length : -1;
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === activeSuggestion)));
  if (activeSuggestion >= 0) input.setAttribute('aria-activedescendant', options[activeSuggestion].id);
}

async function runSuggest() {
  const prefix = input.value.trim();
  if (prefix.length < 2) {
    closeSuggestions();
    return;
  }
  try {
    const result = await suggestRequest.start((signal) => getJson('/api/suggest', {prefix, limit: 6}, signal));
    if (!result) return;
    clear(suggestions);
    result.suggestions.forEach((item, i) => {
      const option = el('li', {role: 'option', id: `suggestion-${i}`, 'aria-selected': 'false', dataset: {slug: item.slug}},
        item.title, item.text !== item.title ? el('span', {class: 'kind'}, quoted(item.text)) : null);
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        location.href = entryHref(item.slug);
      });
      suggestions.append(option);
    });
    const open = result.suggestions.length > 0 && document.activeElement === input;
    suggestions.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    activeSuggestion = -1;
  } catch {
    closeSuggestions();
  }
}

function hitLinks() {
  return [...results.querySelectorAll('a.hit-link')];
}

function focusHit(index) {
  const links = hitLinks();
  if (index < 0) {
    input.focus();
    return;
  }
  if (links.length === 0) return;
  links[Math.min(index, links.length - 1)].focus();
}

input.addEventListener('input', () => {
  window.clearTimeout(debounce);
  debounce = window.setTimeout(() => {
    runSearch();
    runSuggest();
  }, DEBOUNCE_MS);
});

input.addEventListener('keydown', (event) => {
  const open = !suggestions.hidden;
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    if (open) highlightSuggestion(activeSuggestion + 1);
    else focusHit(0);
  } else if (event.key === 'ArrowUp' && open) {
    event.preventDefault();
    highlightSuggestion(activeSuggestion - 1);
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();  // the search field would clear itself
    closeSuggestions();
  } else if (event.key === 'Enter' && open && activeSuggestion >= 0) {
    event.preventDefault();
    location.href = entryHref(suggestions.children[activeSuggestion].dataset.slug);
  }
});

input.addEventListener('blur', () => window.setTimeout(closeSuggestions, 150));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  closeSuggestions();
  runSearch();
});

results.addEventListener('keydown', (event) => {
  const links = hitLinks();
  const index = links.indexOf(document.activeElement);
  if (index < 0) return;
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    focusHit(index + 1);
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    focusHit(index - 1);
  }
});

results.addEventListener('focusin', (event) => {
  for (const hit of results.children) hit.classList.toggle('active', hit.contains(event.target));
});

document.addEventListener('keydown', (event) => {
  const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
  if (event.key === '/' && !typing) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

readUrl();
if (input.value.trim()) runSearch();
