// The analysis view (/analyse): what the German chain makes of a text, step by step, with each
// step's changes marked, and whether two texts meet ("Häuser" and "Haus" both become "hau").
// The texts are kept in the URL so a view can be shared.
import {getJson, LatestRequest} from './api.js';
import {clear, el, quoted} from './dom.js';

const STEPS = {
  tokens: ['Wörter', 'Der Text wird in Wörter zerlegt; die Zahlen sind Byte-Positionen im Text.'],
  lowercase: ['Kleinschreibung', 'Alles wird kleingeschrieben.'],
  stopwords: ['Stoppwörter', 'Sehr häufige Wörter wie „der“ oder „und“ fallen weg.'],
  normalization: ['Normalisierung', 'Umlaute und ß werden vereinheitlicht: „ü“, „ue“ und „u“ treffen sich.'],
  compounds: ['Wortteile', 'Zusammengesetzte Wörter bekommen ihre Teile dazu (kursiv).'],
  stems: ['Stammformen', 'Endungen werden abgeschnitten, damit Formen eines Wortes sich treffen.'],
  standard: ['Standard-Analyse', 'Diese Konfiguration hat keine deutschen Schritte.'],
};
const TYPES = {word: 'Wort', compound_part: 'Wortteil', abbreviation: 'Abkürzung', hyphen_part: 'Teil mit Bindestrich', joined: 'zusammengezogen', truncated: 'verkürzt'};
const CHANGES = {changed: 'geändert', added: 'neu', removed: 'entfernt'};

const form = document.getElementById('analyse-form');
const textInput = document.getElementById('analyse-text');
const status = document.getElementById('analyse-status');
const stages = document.getElementById('stages');
const compareForm = document.getElementById('compare-form');
const inputA = document.getElementById('compare-a');
const inputB = document.getElementById('compare-b');
const compareResult = document.getElementById('compare-result');
const analyseRequest = new LatestRequest();
const compareRequest = new LatestRequest();

function tokenChip(token, change) {
  const classes = ['token', change || '', token.type === 'compound_part' ? 'part' : ''].join(' ').trim();
  return el('li', {class: classes, title: TYPES[token.type] || token.type},
    token.term,
    el('span', {class: 'offsets'}, `${token.start}–${token.end}`),
    change ? el('span', {class: 'visually-hidden'}, ` (${CHANGES[change]})`) : null);
}

function renderStages(result) {
  clear(stages);
  for (const stage of result.stages) {
    const [name, explanation] = STEPS[stage.name] || [stage.name, ''];
    const changed = stage.tokens.filter((t) => t.change).length + stage.removed.length;
    stages.append(el('li', {dataset: {stage: stage.name}},
      el('h3', {}, name, el('span', {class: 'muted'}, changed ? ` – ${changed} ${changed === 1 ? 'Änderung' : 'Änderungen'}` : ' – unverändert')),
      el('p', {class: 'explain'}, explanation),
      el('ul', {class: 'tokens', 'aria-label': name},
        stage.tokens.map((token) => tokenChip(token, token.change)),
        stage.removed.map((token) => tokenChip(token, 'removed')))));
  }
}

function writeUrl() {
  const params = new URLSearchParams({text: textInput.value, a: inputA.value, b: inputB.value});
  history.replaceState(null, '', `?${params}`);
}

async function analyse() {
  writeUrl();
  const text = textInput.value;
  if (!text.trim()) {
    clear(stages);
    status.textContent = 'Bitte einen Text eingeben.';
    return;
  }
  try {
    const result = await analyseRequest.start((signal) => getJson('/api/analyze', {text}, signal));
    if (!result) return;
    status.textContent = `${result.stages.length} Schritte für ${quoted(text)}.`;
    renderStages(result);
  } catch (error) {
    status.textContent = `Die Analyse ist fehlgeschlagen: ${error.message}`;
  }
}

async function compare() {
  writeUrl();
  const a = inputA.value;
  const b = inputB.value;
  if (!a.trim() || !b.trim()) {
    clear(compareResult).append(el('p', {}, 'Bitte beide Texte eingeben.'));
    return;
  }
  try {
    const result = await compareRequest.start((signal) => getJson('/api/analyze', {text: a, compare: b}, signal));
    if (!result) return;
    const comparison = result.comparison;
    const terms = (side) => side.terms.map((t) => t.term).join(', ') || '–';
    clear(compareResult).append(
      el('p', {class: `verdict ${comparison.meet ? 'yes' : 'no'}`},
        comparison.meet ? `Ja: ${quoted(a)} und ${quoted(b)} treffen sich.` : `Nein: ${quoted(a)} und ${quoted(b)} treffen sich nicht.`),
      comparison.shared.length ? el('p', {}, 'Gemeinsam: ',
        comparison.shared.map((s, i) => [i ? ', ' : '', el('strong', {}, s.term),
          ` (${TYPES[s.type_a] || s.type_a} / ${TYPES[s.type_b] || s.type_b})`])) : null,
      el('p', {class: 'muted'}, `A wird zu ${terms(comparison.a)}; B wird zu ${terms(comparison.b)}.`));
  } catch (error) {
    clear(compareResult).append(el('p', {}, `Der Vergleich ist fehlgeschlagen: ${error.message}`));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  analyse();
});
compareForm.addEventListener('submit', (event) => {
  event.preventDefault();
  compare();
});
for (const example of document.querySelectorAll('button[data-a]')) {
  example.addEventListener('click', () => {
    inputA.value = example.dataset.a;
    inputB.value = example.dataset.b;
    compare();
  });
}

const params = new URLSearchParams(location.search);
if (params.has('text')) textInput.value = params.get('text');
if (params.has('a')) inputA.value = params.get('a');
if (params.has('b')) inputB.value = params.get('b');
analyse();
compare();
