import { rows, el, page, section, table, param, entityLink, highlightNumber, formatValue, boardHref, showError, numberForms } from './app.js';

const ROLES = [['proposed', 'Proposed'], ['compared', 'Compared against'], ['used', 'Used'], ['', 'Mentioned']];

async function main() {
  const iri = param('iri') || '';
  const [cards, facts] = await Promise.all([rows('paper-card', { paper: iri }), rows('paper-facts', { paper: iri }, { limit: 2000 })]);
  if (!cards.length) {
    page('No such paper').append(el('p', {}, `The store holds no paper ${iri}.`));
    return;
  }
  const p = cards[0];
  const main = page(p.title);
  main.append(el('dl', { class: 'card' },
    p.year ? [el('dt', {}, 'Year'), el('dd', {}, p.year)] : '',
    p.authors ? [el('dt', {}, 'Authors'), el('dd', {}, p.authors.split(' | ').join(', '))] : '',
    p.venue ? [el('dt', {}, 'Venue'), el('dd', {}, p.venue)] : '',
    p.identifier ? [el('dt', {}, 'Identifier'), el('dd', {}, p.identifier)] : '',
    p.url ? [el('dt', {}, 'Page'), el('dd', {}, el('a', { href: p.url, rel: 'noopener' }, p.url))] : '',
    p.code ? [el('dt', {}, 'Code'), el('dd', {}, p.code.split(' | ').map(u => el('a', { href: u, rel: 'noopener' }, u + ' ')))] : '',
    el('dt', {}, 'IRI'), el('dd', {}, el('code', {}, p.iri))));
  const mentions = facts.filter(f => f.kind === 'mention');
  const results = facts.filter(f => f.kind === 'result');
  section(main, 'Abstract', el('p', { class: 'legend' },
    el('mark', { class: 'kind-method' }, 'method'), ' ', el('mark', { class: 'kind-dataset' }, 'dataset'), ' ',
    el('mark', { class: 'kind-metric' }, 'metric'), ' ', el('mark', { class: 'kind-task' }, 'task'), ' ',
    el('span', { class: 'evidence-span' }, 'sentence stating a result'), ' ', el('mark', { class: 'value' }, 'claimed value')),
    el('p', { class: 'abstract' }, annotate(p.abstract, mentions, results)));
  const methods = mentions.filter(m => m.type === 'Method');
  section(main, 'Methods by role', el('dl', { class: 'roles' }, ROLES.map(([role, title]) => {
    const these = methods.filter(m => (m.role || '') === role);
    return these.length ? [el('dt', {}, title), el('dd', {}, these.map((m, i) => [i ? ', ' : '', entityLink(m.iri, m.label, 'method')]))] : '';
  })));
  for (const type of ['Dataset', 'Metric', 'Task']) {
    const these = mentions.filter(m => m.type === type);
    if (these.length) {
      section(main, `${type}s`, el('p', {}, these.map((m, i) => [i ? ', ' : '', entityLink(m.iri, m.label, type)])));
    }
  }
  section(main, 'Claimed results', results.length ? table(['Value', 'Kind', 'Method', 'Dataset', 'Metric', 'Baseline', 'Evidence', 'Confidence'],
    results.map(r => el('tr', {},
      el('td', { class: 'num' }, formatValue(r.value, r.unit)), el('td', {}, r.claimKind),
      el('td', {}, entityLink(r.method, r.methodLabel, 'method')), el('td', {}, entityLink(r.dataset, r.datasetLabel, 'dataset')),
      el('td', {}, r.dataset && r.metric ? el('a', { href: boardHref(r.datasetLabel, r.metricLabel) }, r.metricLabel) : entityLink(r.metric, r.metricLabel, 'metric')),
      el('td', {}, r.baseline || ''), el('td', { class: 'evidence' }, highlightNumber(r.evidence, r.value)),
      el('td', { class: 'num' }, Number(r.confidence).toFixed(2))))) : el('p', { class: 'empty' }, 'No claimed result was extracted.'));
}

/** The abstract with each mention, each result's sentence and each claimed value marked where they were found. */
function annotate(text, mentions, results) {
  const classes = Array.from({ length: text.length }, () => new Set());
  const links = new Array(text.length).fill(null);
  const lower = text.toLowerCase();
  for (const m of mentions) {
    const form = (m.surfaceForm || m.label || '').toLowerCase();
    if (!form) continue;
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + form.length)) {
      const before = at === 0 ? ' ' : lower[at - 1];
      const after = lower[at + form.length] || ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue; // part of a longer word
      for (let i = at; i < at + form.length; i++) { classes[i].add(`kind-${m.type.toLowerCase()}`); links[i] = m.iri; }
    }
  }
  for (const r of results) {
    const start = Number(r.evidenceStart);
    const end = Number(r.evidenceEnd);
    if (!(start >= 0 && end <= text.length && start < end)) continue;
    for (let i = start; i < end; i++) classes[i].add('evidence-span');
    const sentence = text.slice(start, end);
    for (const form of numberForms(r.value)) {
      const at = sentence.search(new RegExp(`(?<![\\d.])${form.replace(/\./g, '\\.')}(?!\\d)`));
      if (at >= 0) { for (let i = start + at; i < start + at + form.length; i++) classes[i].add('value'); break; }
    }
  }
  const out = [];
  let i = 0;
  while (i < text.length) {
    const key = [...classes[i]].sort().join(' ');
    let j = i + 1;
    while (j < text.length && [...classes[j]].sort().join(' ') === key && links[j] === links[i]) j++;
    const piece = text.slice(i, j);
    if (!key) out.push(piece);
    else if (links[i]) out.push(el('a', { class: `fact ${key}`, href: `/entity?iri=${encodeURIComponent(links[i])}` }, piece));
    else out.push(el('span', { class: key }, piece));
    i = j;
  }
  return out;
}

main().catch(showError);
