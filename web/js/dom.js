// Builds DOM nodes from plain data. Text always goes in as text nodes, never as HTML: corpus text
// (titles, bodies, reasons) can hold anything, "<img src=x onerror=…>" included.

// el('a', {href: '/e/zoll', class: 'hit'}, 'Zoll', otherNode) → <a …>Zoll…</a>
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// German number formatting: 0,90 and 1.234.
export function number(value, digits = 0) {
  return value.toLocaleString('de-DE', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

// „text“ as German quotation.
export function quoted(text) {
  return `„${text}“`;
}

export function entryHref(slug) {
  return `/e/${encodeURIComponent(slug)}`;
}
