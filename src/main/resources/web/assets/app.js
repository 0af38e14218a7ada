// Shared by every page: the JSON API, small DOM helpers, links, and the search box in the header.

/** Rows of a canned query, each an object of plain strings (SPARQL JSON results flattened). */
export async function rows(name, params = {}, paging = {}) {
  const query = new URLSearchParams({ ...params, ...paging });
  const res = await fetch(`/api/query/${name}?${query}`);
  if (!res.ok) {
    let message = `${res.status}`;
    try { message = (await res.json()).error; } catch (e) { /* not JSON */ }
    throw new Error(`${name}: ${message}`);
  }
  const json = await res.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** Where the API answers a canned query with these parameters, as CSV or as SPARQL text. */
export function apiUrl(name, params, format) {
  return `/api/query/${name}.${format}?${new URLSearchParams(params)}`;
}

/**
 * Creates an element: el('a', {href: '/'}, 'text', child). Children may nest arrays to any depth (a list of
 * [separator, link] pairs): all are flattened, none turned into text.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

export const entityHref = iri => `/entity?iri=${encodeURIComponent(iri)}`;
export const paperHref = iri => `/paper?iri=${encodeURIComponent(iri)}`;
export const boardHref = (dataset, metric) =>
  `/leaderboard?dataset=${encodeURIComponent(dataset)}&metric=${encodeURIComponent(metric)}`;

export function entityLink(iri, label, type) {
  return iri ? el('a', { href: entityHref(iri), class: type ? `kind-${type.toLowerCase()}` : undefined }, label || iri) : (label || '');
}

export function paperLink(iri, title, year) {
  return el('span', {}, el('a', { href: paperHref(iri) }, title || iri), year ? el('span', { class: 'year' }, ` (${year})`) : '');
}

export const param = name => new URLSearchParams(location.search).get(name);

/** The page's main element, emptied and given a heading. */
export function page(title) {
  const main = document.getElementById('main');
  main.replaceChildren(el('h1', {}, title));
  document.title = `${title} · paperkg`;
  return main;
}

export function section(parent, title, ...content) {
  const s = el('section', {}, el('h2', {}, title), ...content);
  parent.append(s);
  return s;
}

export function table(headers, body, caption) {
  return el('div', { class: 'table-wrap' }, el('table', {},
    caption ? el('caption', {}, caption) : '',
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, body)));
}

export function showError(e) {
  const main = document.getElementById('main');
  main.append(el('p', { class: 'error', role: 'alert' }, `Could not load: ${e.message}`));
}

const regexEscape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The written forms a number may have in a sentence: 80.0 may read "80.0", "80" or "80.00". */
export function numberForms(value) {
  const n = Number(value);
  const forms = new Set([String(value)]);
  if (Number.isFinite(n)) {
    forms.add(String(n));
    for (const d of [1, 2, 3]) forms.add(n.toFixed(d));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** A sentence with the first place that states the value marked. */
export function highlightNumber(sentence, value) {
  if (!sentence) return '';
  for (const form of numberForms(value)) {
    const m = new RegExp(`(?<![\\d.])${regexEscape(form)}(?![\\d])`).exec(sentence);
    if (m) {
      return el('span', {}, sentence.slice(0, m.index), el('mark', { class: 'value' }, m[0]),
        sentence.slice(m.index + m[0].length));
    }
  }
  return sentence;
}

export function formatValue(value, unit) {
  return unit ? (unit === '%' ? `${value}%` : `${value} ${unit}`) : value;
}

/** The header's search box: results as you type, arrow keys and Enter to choose, Escape to close. */
function setUpSearch() {
  const input = document.getElementById('q');
  const list = document.getElementById('q-results');
  if (!input) return;
  let active = -1;
  let items = [];
  let asked = 0;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const mark = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
  };
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    if (!q) { close(); return; }
    const mine = ++asked;
    let found;
    try { found = await rows('search', { q }); } catch (e) { return; }
    if (mine !== asked) return; // a later keystroke asked again
    items = found;
    list.replaceChildren(...found.map((r, i) => el('li', { id: `q-opt-${i}`, role: 'option', 'aria-selected': 'false' },
      el('a', { href: r.kind === 'Paper' ? paperHref(r.item) : entityHref(r.item), tabindex: '-1' },
        el('span', { class: `badge kind-${r.kind.toLowerCase()}` }, r.kind), ' ', r.label,
        r.papers ? el('span', { class: 'count' }, ` ${r.papers} papers`) : (r.year ? el('span', { class: 'count' }, ` ${r.year}`) : '')))));
    if (!found.length) list.replaceChildren(el('li', { class: 'none' }, 'Nothing found'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark(-1);
  });
  input.addEventListener('keydown', e => {
    if (list.hidden || !items.length) return;
    if (e.key === 'ArrowDown') { mark(Math.min(active + 1, items.length - 1)); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { mark(Math.max(active - 1, 0)); e.preventDefault(); }
    else if (e.key === 'Enter') {
      const target = list.children[Math.max(active, 0)].querySelector('a');
      if (target) location.href = target.href;
      e.preventDefault();
    } else if (e.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 200));
}

setUpSearch();
