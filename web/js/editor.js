// The link editor (/verlinken): suggestions for an unsaved text, highlighted in the text and shown
// one card at a time ("3 von 9") to accept, reject (with a reason) or skip, by mouse or keyboard;
// the result is the text as Markdown with the accepted links. Nothing is sent except the text
// for the suggestions, and nothing is stored.
import {getJson, LatestRequest, postJson} from './api.js';
import {append, clear, el, entryHref, number} from './dom.js';
import {LinkSession, REJECT_REASONS} from './links-model.js';

const KINDS = {
  exact: 'genau der Name',
  inflected: 'gebeugte Form',
  compound: 'Teil eines zusammengesetzten Wortes',
  alias: 'anderer Name',
  coordination: 'verkürzte Aufzählung',
};

const form = document.getElementById('editor-form');
const textInput = document.getElementById('text');
const selfInput = document.getElementById('self');
const selfOptions = document.getElementById('self-options');
const threshold = document.getElementById('threshold');
const thresholdValue = document.getElementById('threshold-value');
const status = document.getElementById('editor-status');
const preview = document.getElementById('preview');
const card = document.getElementById('card');
const summary = document.getElementById('summary');
const markdown = document.getElementById('markdown');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');

const linksRequest = new LatestRequest();
const selfRequest = new LatestRequest();
const definitions = new Map();
let session = null;
let current = -1;
let rejecting = false;
let thresholdTimer = 0;

// The entry's opening paragraph without Markdown links: what the target is, in its own words.
function openingDefinition(body) {
  const first = body.split(/\n\s*\n/).find((block) => block.trim() && !block.startsWith('#')) || '';
  return first.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

async function definitionOf(slug) {
  if (!definitions.has(slug)) {
    definitions.set(slug, getJson(`/api/entries/${encodeURIComponent(slug)}`)
      .then((entry) => openingDefinition(entry.body))
      .catch(() => ''));
  }
  return definitions.get(slug);
}

function selfSlug() {
  const value = selfInput.value.trim();
  const option = [...selfOptions.options].find((o) => o.value === value || o.label === value);
  if (option) return option.value;
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : '';
}

function renderPreview() {
  clear(preview);
  if (!session) return;
  let at = 0;
  session.suggestions.forEach((s, i) => {
    if (s.from < at) return;
    preview.append(session.text.slice(at, s.from));
    const decision = session.decision(i);
    const mark = el('mark', {
      class: [decision ? decision.state : 'open', i === current ? 'current' : ''].join(' ').trim(),
      dataset: {index: i, target: s.target},
      title: `${s.title} (${number(s.confidence * 100)} %)`,
    }, session.text.slice(s.from, s.to));
    mark.addEventListener('click', () => select(i));
    preview.append(mark);
    at = s.to;
  });
  preview.append(session.text.slice(at));
}

function renderOutput() {
  if (!session) {
    markdown.value = '';
    summary.textContent = '';
    return;
  }
  const counts = session.counts();
  markdown.value = session.markdown();
  summary.textContent = `${counts.accepted} angenommen, ${counts.rejected} abgelehnt, ${counts.open} offen.`;
}

function decisionLine(decision) {
  if (!decision || decision.state === 'skipped') return null;
  const text = decision.state === 'accepted' ? 'Angenommen' : `Abgelehnt: ${decision.reason}`;
  return el('p', {class: `decision ${decision.state}`}, text);
}

function rejectForm() {
  const fieldset = el('fieldset', {id: 'reject-reasons'}, el('legend', {}, 'Warum ablehnen?'));
  REJECT_REASONS.forEach((reason, i) => {
    const id = `reason-${i}`;
    fieldset.append(el('label', {for: id},
      el('input', {type: 'radio', name: 'reason', id, value: reason, checked: i === 0}), ` ${i + 1} ${reason}`));
  });
  const confirm = el('button', {type: 'button', class: 'reject', id: 'confirm-reject'}, 'Ablehnung bestätigen (Enter)');
  confirm.addEventListener('click', confirmReject);
  const cancel = el('button', {type: 'button', id: 'cancel-reject'}, 'Abbrechen (Esc)');
  cancel.addEventListener('click', () => {
    rejecting = false;
    renderCard();
  });
  fieldset.append(el('div', {class: 'actions'}, confirm, cancel));
  return fieldset;
}

function button(label, className, key, action) {
  const node = el('button', {type: 'button', class: className, 'aria-keyshortcuts': key}, label);
  node.addEventListener('click', action);
  return node;
}

async function renderCard() {
  clear(card);
  if (!session || session.suggestions.length === 0) {
    card.append(el('p', {class: 'muted'}, session ? 'Keine Vorschläge für diesen Text.' : 'Noch keine Vorschläge.'));
    return;
  }
  if (current < 0) {
    const counts = session.counts();
    card.append(el('p', {class: 'decision'}, `Fertig: ${counts.accepted} angenommen, ${counts.rejected} abgelehnt.`));
    return;
  }
  const s = session.suggestions[current];
  const definition = el('p', {class: 'definition muted'}, '…');
  append(card, [
    el('p', {class: 'position'}, `${current + 1} von ${session.suggestions.length}`),
    el('h3', {}, el('a', {href: entryHref(s.target), target: '_blank', rel: 'noopener'}, s.title)),
    el('p', {}, 'Für ', el('mark', {}, s.text), ` – ${KINDS[s.kind] || s.kind}, Konfidenz ${number(s.confidence * 100)} %`),
    definition,
    s.context ? el('p', {class: 'context'}, '… ', s.context, ' …') : null,
    decisionLine(session.decision(current)),
    rejecting ? rejectForm() : el('div', {class: 'actions'},
      button('Annehmen (A)', 'accept', 'A', () => decide('accepted')),
      button('Ablehnen (X)', 'reject', 'X', startReject),
      button('Überspringen (S)', 'skip', 'S', () => decide('skipped')),
      button('← Zurück', 'back', 'ArrowLeft', () => select(current - 1)),
      button('Weiter →', 'next', 'ArrowRight', () => select(current + 1)))]);
  const shown = current;
  const text = await definitionOf(s.target);
  if (shown === current) definition.textContent = text || 'Keine Definition gefunden.';
  if (rejecting) {
    const first = card.querySelector('input[name="reason"]:checked');
    if (first) first.focus();
  }
}

function refresh() {
  renderPreview();
  renderOutput();
  renderCard();
}

function select(index) {
  if (!session || session.suggestions.length === 0) return;
  const count = session.suggestions.length;
  current = (index + count) % count;
  rejecting = false;
  refresh();
}

function decide(state, reason = '') {
  if (!session || current < 0) return;
  session.decide(current, state, reason);
  rejecting = false;
  current = session.nextOpen(current);
  refresh();
}

function startReject() {
  if (!session || current < 0) return;
  rejecting = true;
  renderCard();
}

function confirmReject() {
  const chosen = card.querySelector('input[name="reason"]:checked');
  decide('rejected', chosen ? chosen.value : REJECT_REASONS[REJECT_REASONS.length - 1]);
}

async function suggest() {
  const text = textInput.value;
  if (!text.trim()) {
    status.textContent = 'Bitte zuerst einen Text eingeben.';
    return;
  }
  status.textContent = 'Vorschläge werden gesucht …';
  try {
    const result = await linksRequest.start((signal) => postJson('/api/links', {
      text, self: selfSlug() || null, threshold: Number(threshold.value),
    }, signal));
    if (!result) return;
    session = new LinkSession(text, result.links, session);
    current = session.suggestions.length ? session.nextOpen(-1) : -1;
    rejecting = false;
    status.textContent = `${result.links.length} Vorschläge.`;
    refresh();
  } catch (error) {
    status.textContent = `Keine Vorschläge: ${error.message}`;
  }
}

async function fillSelfOptions() {
  const prefix = selfInput.value.trim();
  if (prefix.length < 2) return;
  const result = await selfRequest.start((signal) => getJson('/api/suggest', {prefix, limit: 8}, signal)).catch(() => null);
  if (!result) return;
  clear(selfOptions).append(...result.suggestions.map((item) => el('option', {value: item.slug, label: item.title})));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  suggest();
});

textInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    suggest();
  }
});

selfInput.addEventListener('input', fillSelfOptions);

threshold.addEventListener('input', () => {
  thresholdValue.textContent = number(Number(threshold.value), 2);
  if (!session) return;
  window.clearTimeout(thresholdTimer);
  thresholdTimer = window.setTimeout(suggest, 200);
});

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(markdown.value);
    copyStatus.textContent = 'Kopiert.';
  } catch {
    markdown.select();
    copyStatus.textContent = 'Text markiert: mit Strg+C kopieren.';
  }
});

document.addEventListener('keydown', (event) => {
  const tag = document.activeElement.tagName;
  const inField = (tag === 'TEXTAREA' || (tag === 'INPUT' && document.activeElement.type !== 'radio')) ||
    tag === 'SELECT';
  if (inField || event.ctrlKey || event.metaKey || event.altKey || !session || current < 0) return;
  const key = event.key;
  // A focused button answers Enter and Space itself.
  if (tag === 'BUTTON' && (key === 'Enter' || key === ' ')) return;
  if (rejecting) {
    if (/^[1-5]$/.test(key)) {
      const radio = card.querySelector(`#reason-${Number(key) - 1}`);
      if (radio) radio.checked = true;
    } else if (key === 'Enter') {
      event.preventDefault();
      confirmReject();
    } else if (key === 'Escape') {
      rejecting = false;
      renderCard();
    }
    return;
  }
  const actions = {
    a: () => decide('accepted'),
    x: startReject,
    s: () => decide('skipped'),
    ArrowRight: () => select(current + 1),
    ArrowLeft: () => select(current - 1),
  };
  const action = actions[key.length === 1 ? key.toLowerCase() : key];
  if (action) {
    event.preventDefault();
    action();
  }
});

thresholdValue.textContent = number(Number(threshold.value), 2);
