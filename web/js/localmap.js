// A small map of one entry's neighbours: the entry in the middle, the entries it mentions and
// that mention it on a circle around it, each a link. A dozen nodes on a circle need no graph
// library, and SVG links stay reachable by keyboard.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 560;
const HEIGHT = 300;
const RADIUS = 110;
const LABEL_CHARS = 20;

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

function shortLabel(title) {
  return title.length > LABEL_CHARS ? `${title.slice(0, LABEL_CHARS - 1)}…` : title;
}

// neighbours: [{slug, title, href, relation}] strongest first; the first `max` are drawn.
export function localMap(centreTitle, neighbours, max = 12) {
  const shown = neighbours.slice(0, max);
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const root = svg('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': `Nachbarn von ${centreTitle}`});
  const lines = svg('g');
  const nodes = svg('g');
  shown.forEach((neighbour, i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    const x = cx + RADIUS * 1.3 * Math.cos(angle);
    const y = cy + RADIUS * Math.sin(angle);
    lines.append(svg('line', {x1: cx, y1: cy, x2: x, y2: y}));
    const anchor = Math.cos(angle) > 0.2 ? 'start' : Math.cos(angle) < -0.2 ? 'end' : 'middle';
    const dx = anchor === 'start' ? 8 : anchor === 'end' ? -8 : 0;
    const dy = anchor === 'middle' ? (Math.sin(angle) < 0 ? -9 : 16) : 4;
    const link = svg('a', {href: neighbour.href, 'aria-label': `${neighbour.title} (${neighbour.relation})`},
      svg('title', {}, `${neighbour.title} – ${neighbour.relation}`),
      svg('circle', {cx: x, cy: y, r: 6}),
      svg('text', {x: x + dx, y: y + dy, 'text-anchor': anchor}, shortLabel(neighbour.title)));
    nodes.append(link);
  });
  const centre = svg('g', {class: 'centre'},
    svg('circle', {cx, cy, r: 9}),
    svg('text', {x: cx, y: cy + 24, 'text-anchor': 'middle', 'font-weight': 700}, shortLabel(centreTitle)));
  root.append(lines, nodes, centre);
  return root;
}
