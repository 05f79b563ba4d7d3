// The concept map (/karte): every entry as a node at the position the server computed when the
// index was written, drawn with WebGL by sigma.js (vendored, loaded before this module as the
// globals `graphology` and `Sigma`). Size by how often an entry is mentioned, colour by its first
// tag; search focuses a node, hovering highlights its neighbours, a click opens the entry. Where
// WebGL is missing, or on request, a plain list shows the same entries.
import {getJson} from './api.js';
import {clear, el, entryHref, number, quoted} from './dom.js';

const PALETTE = ['#1d4e89', '#d1495b', '#00798c', '#edae49', '#66a182', '#8d6a9f',
  '#c4603c', '#2e4057', '#b5838d', '#4f772d', '#e07a5f', '#3d5a80'];
const OTHER = '#9aa5b5';
const DIMMED = '#e4e8ee';
const LIST_LIMIT = 2000;

const container = document.getElementById('map');
const status = document.getElementById('map-status');
const legend = document.getElementById('map-legend');
const list = document.getElementById('map-list');
const search = document.getElementById('map-search');
const titles = document.getElementById('map-titles');
const tagSelect = document.getElementById('map-tag');
const degree = document.getElementById('map-degree');
const degreeValue = document.getElementById('map-degree-value');
const listToggle = document.getElementById('map-list-toggle');

const state = {tag: '', minDegree: 0, hovered: null, focused: null, neighbours: new Set()};
let graph = null;
let renderer = null;
let nodes = [];
let focusMoves = 0;

function webglAvailable() {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl'));
  } catch {
    return false;
  }
}

// The most common tags get their own colour; the rest share one.
function tagColours(data) {
  const counts = new Map();
  for (const node of data.nodes) for (const tag of node.tags) counts.set(tag, (counts.get(tag) || 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'));
  return {
    ranked: ranked.map(([tag, count]) => ({tag, count})),
    colour: new Map(ranked.slice(0, PALETTE.length).map(([tag], i) => [tag, PALETTE[i]])),
  };
}

function visible(node) {
  const attributes = graph.getNodeAttributes(node);
  if (state.tag && !attributes.tags.includes(state.tag)) return false;
  return attributes.degree >= state.minDegree;
}

function highlightCentre() {
  return state.hovered || state.focused;
}

function nodeReducer(node, data) {
  const shown = {...data};
  if (!visible(node)) return {...shown, hidden: true};
  const centre = highlightCentre();
  if (centre && node !== centre && !state.neighbours.has(node)) {
    shown.color = DIMMED;
    shown.label = '';
  }
  if (node === centre) {
    shown.highlighted = true;
    shown.zIndex = 1;
  }
  return shown;
}

function edgeReducer(edge, data) {
  const [source, target] = graph.extremities(edge);
  if (!visible(source) || !visible(target)) return {...data, hidden: true};
  const centre = highlightCentre();
  if (centre && source !== centre && target !== centre) return {...data, hidden: true};
  return centre ? {...data, color: '#5b6676', size: 1.5} : data;
}

function setCentre(node) {
  state.neighbours = node ? new Set(graph.neighbors(node)) : new Set();
}

function buildGraph(data, colours) {
  graph = new graphology.Graph({type: 'directed', allowSelfLoops: false});
  for (const node of data.nodes) {
    const firstColoured = node.tags.find((tag) => colours.colour.has(tag));
    graph.addNode(node.id, {
      x: node.x,
      y: -node.y,  // screen y grows downwards, the layout's upwards
      size: 2.5 + 1.6 * Math.sqrt(node.in_degree),
      label: node.title,
      color: firstColoured ? colours.colour.get(firstColoured) : OTHER,
      tags: node.tags,
      degree: node.in_degree + node.out_degree,
      mentions: node.in_degree,
    });
  }
  for (const edge of data.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.source, edge.target)) {
      graph.addEdge(edge.source, edge.target, {size: Math.min(2, 0.4 + edge.weight / 2), color: '#c8d0dc'});
    }
  }
}

function renderLegend(colours) {
  clear(legend);
  for (const {tag} of colours.ranked.slice(0, PALETTE.length)) {
    const swatch = el('span', {}, tag);
    swatch.style.setProperty('--swatch', colours.colour.get(tag));
    legend.append(swatch);
  }
  if (colours.ranked.length > PALETTE.length) {
    const rest = el('span', {}, 'andere');
    rest.style.setProperty('--swatch', OTHER);
    legend.append(rest);
  }
}

function renderList() {
  clear(list);
  const shown = nodes.filter((node) => visible(node.id)).sort((a, b) => b.in_degree - a.in_degree);
  for (const node of shown.slice(0, LIST_LIMIT)) {
    list.append(el('li', {}, el('a', {href: entryHref(node.id)}, node.title),
      el('span', {class: 'muted'}, ` – ${number(node.in_degree)}× erwähnt`)));
  }
  if (shown.length > LIST_LIMIT) list.append(el('li', {class: 'muted'}, `und ${number(shown.length - LIST_LIMIT)} weitere`));
}

function showList(on) {
  list.hidden = !on;
  container.hidden = on || !renderer;
  listToggle.setAttribute('aria-pressed', String(on));
  listToggle.textContent = on ? 'Als Karte' : 'Als Liste';
  if (on) renderList();
}

function refresh() {
  if (renderer) renderer.refresh();
  if (!list.hidden) renderList();
}

function focusNode(node) {
  const move = focusMoves += 1;
  delete container.dataset.focusedX;
  delete container.dataset.focusedY;
  state.focused = node;
  setCentre(node);
  refresh();
  const attributes = graph.getNodeAttributes(node);
  status.textContent = `${attributes.label}: ${number(graph.degree(node))} Verbindungen, ${number(attributes.mentions)}× erwähnt.`;
  container.dataset.focused = node;
  const position = renderer.getNodeDisplayData(node);
  renderer.getCamera().animate({x: position.x, y: position.y, ratio: 0.25}, {duration: 500}, () => {
    // Where the node is on screen once drawn at its new place, for whoever wants to click it
    // (the browser tests do); the renderer updates its projection when it draws.
    // A newer focus cancels this camera move, which still calls back: only the latest counts.
    if (move !== focusMoves) return;
    renderer.once('afterRender', () => {
      const onScreen = renderer.graphToViewport(graph.getNodeAttributes(node));
      container.dataset.focusedX = Math.round(onScreen.x);
      container.dataset.focusedY = Math.round(onScreen.y);
    });
    renderer.refresh();
  });
}

function findNode(text) {
  const wanted = text.trim().toLocaleLowerCase('de');
  if (!wanted) return null;
  const byTitle = (test) => nodes.find((node) => test(node.title.toLocaleLowerCase('de')));
  const found = byTitle((title) => title === wanted) || byTitle((title) => title.startsWith(wanted)) ||
    byTitle((title) => title.includes(wanted));
  return found ? found.id : null;
}

function fillTitles() {
  const wanted = search.value.trim().toLocaleLowerCase('de');
  const matches = wanted.length < 2 ? [] : nodes.filter((node) => node.title.toLocaleLowerCase('de').includes(wanted)).slice(0, 20);
  clear(titles).append(...matches.map((node) => el('option', {value: node.title})));
}

function startRenderer() {
  const large = graph.order > 5000;
  renderer = new Sigma(graph, container, {
    nodeReducer,
    edgeReducer,
    // On large maps only nodes move with the camera; edges and labels return when it rests.
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelRenderedSizeThreshold: large ? 12 : 6,
    labelFont: '"DejaVu Sans", sans-serif',
    zIndex: true,
  });
  renderer.on('enterNode', ({node}) => {
    state.hovered = node;
    setCentre(node);
    container.style.cursor = 'pointer';
    renderer.refresh();
  });
  renderer.on('leaveNode', () => {
    state.hovered = null;
    setCentre(state.focused);
    container.style.cursor = '';
    renderer.refresh();
  });
  renderer.on('clickNode', ({node}) => {
    location.href = entryHref(node);
  });
  let first = true;
  renderer.on('afterRender', () => {
    if (!first) return;
    first = false;
    performance.mark('qv-map-drawn');
    container.dataset.drawn = String(graph.order);
  });
  renderer.refresh();
}

function wireControls(colours) {
  for (const {tag, count} of colours.ranked) tagSelect.append(el('option', {value: tag}, `${tag} (${count})`));
  const maxDegree = Math.max(1, ...nodes.map((node) => node.in_degree + node.out_degree));
  degree.max = String(Math.min(maxDegree, 50));
  tagSelect.addEventListener('change', () => {
    state.tag = tagSelect.value;
    refresh();
  });
  degree.addEventListener('input', () => {
    state.minDegree = Number(degree.value);
    degreeValue.textContent = degree.value;
    refresh();
  });
  search.addEventListener('input', fillTitles);
  document.getElementById('map-controls').addEventListener('submit', (event) => {
    event.preventDefault();
    const node = findNode(search.value);
    if (!node) status.textContent = `Kein Begriff ${quoted(search.value)} auf der Karte.`;
    else if (renderer && list.hidden) focusNode(node);
    else location.href = entryHref(node);
  });
  search.addEventListener('change', () => {
    const node = findNode(search.value);
    if (node && renderer && list.hidden) focusNode(node);
  });
  listToggle.addEventListener('click', () => showList(list.hidden));
}

async function load() {
  const data = await getJson('/api/graph');
  performance.mark('qv-map-loaded');
  nodes = data.nodes;
  const colours = tagColours(data);
  buildGraph(data, colours);
  performance.mark('qv-map-built');
  renderLegend(colours);
  wireControls(colours);
  status.textContent = `${number(data.nodes.length)} Begriffe, ${number(data.edges.length)} Verbindungen. Größe: wie oft erwähnt; Farbe: Schlagwort.`;
  if (webglAvailable()) {
    try {
      startRenderer();
      return;
    } catch (error) {
      status.textContent += ` Die Karte kann nicht gezeichnet werden (${error.message}); hier als Liste.`;
    }
  } else {
    status.textContent += ' Ohne WebGL als Liste.';
  }
  container.hidden = true;
  listToggle.disabled = true;
  showList(true);
}

load().catch((error) => {
  status.textContent = `Die Karte konnte nicht geladen werden: ${error.message}`;
});
