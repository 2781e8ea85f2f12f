// Triangulate web UI. Every string from the API is scraped and hostile: it reaches the page only
// through textContent, createTextNode and setAttribute of inert attributes, never innerHTML.
'use strict';

const API = '/api/v1';
const SVG_NS = 'http://www.w3.org/2000/svg';
const PAGE = 25;
let knownVersion = null;
let renderToken = 0;

// ---------- DOM helpers ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) throw new Error('use addEventListener, not ' + key);
    if (key === 'href' && !isSafeHref(String(value))) continue;
    node.setAttribute(key, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Internal routes and absolute http(s) URLs only: no javascript:, data: or other schemes. */
function isSafeHref(value) {
  if (value.startsWith('#/')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch (e) {
    return false;
  }
}

function externalLink(url, text) {
  if (!url || !isSafeHref(url) || url.startsWith('#')) return text ? el('span', null, text) : null;
  return el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, text || url);
}

function enc(id) {
  return encodeURIComponent(id);
}

function badge(text, cls) {
  return el('span', { class: 'badge' + (cls ? ' ' + cls : '') }, text);
}

function sourcesBadge(n) {
  return badge(n + (n === 1 ? ' independent source' : ' independent sources'), n > 1 ? 'src' : 'single');
}

function day(iso) {
  return iso ? String(iso).slice(0, 10) : 'undated';
}

function main() {
  return document.getElementById('main');
}

function show(...nodes) {
  const m = main();
  m.replaceChildren(...nodes.flat().filter(Boolean));
}

function announce(text) {
  document.getElementById('live').textContent = text;
}

// ---------- API ----------

async function api(path) {
  const response = await fetch(API + path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.message ? body.message : 'HTTP ' + response.status;
    const fix = body && body.fix ? body.fix : '';
    throw new ApiError(message, fix);
  }
  return body;
}

class ApiError extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
}

function errorBox(error) {
  return el('div', { class: 'error', role: 'alert' },
    el('strong', null, 'Could not load: '), error.message,
    error.fix ? el('div', null, 'What to do: ', error.fix) : null);
}

// ---------- routing ----------

function parseHash() {
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params };
}

async function route() {
  const token = ++renderToken;
  const { parts, params } = parseHash();
  show(el('p', { class: 'muted' }, 'Loading…'));
  try {
    if (parts.length === 0) await storyList(params, token);
    else if (parts[0] === 'story' && parts[1]) await storyPage(parts[1], token);
    else if (parts[0] === 'article' && parts[1]) await articlePage(parts[1], params, token);
    else if (parts[0] === 'compare' && parts[1] && parts[2]) await comparePage(parts[1], parts[2], token);
    else if (parts[0] === 'search') await searchPage(params, token);
    else if (parts[0] === 'articles') await articleList(params, token);
    else show(el('p', null, 'No such page. '), el('a', { href: '#/' }, 'Back to the stories'));
  } catch (error) {
    if (token === renderToken) show(errorBox(error));
  }
}

function current(token) {
  return token === renderToken;
}

function focusMain() {
  main().focus({ preventScroll: true });
}

// ---------- story list ----------

const FILTERS = ['q', 'from', 'to', 'source', 'language', 'minSources'];

async function storyList(params, token) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name));
  query.set('offset', offset);
  query.set('limit', PAGE);
  const page = await api('/stories?' + query);
  if (!current(token)) return;
  const form = filterForm(params);
  const list = el('ul', { class: 'cards', id: 'story-list' });
  for (const story of page.items) list.appendChild(storyCard(story));
  const heading = el('h1', null, 'Stories');
  const count = el('p', { class: 'muted', id: 'story-count' },
    page.total + (page.total === 1 ? ' story' : ' stories') + ' match');
  show(heading, form, count,
    page.items.length ? list : el('p', { class: 'muted' }, 'No story matches these filters.'),
    pager(page, params));
}

function filterForm(params) {
  const field = (name, label, attrs) => el('label', null, label,
    el('input', Object.assign({ name, id: 'filter-' + name, value: params.get(name) || '' }, attrs)));
  const form = el('form', { class: 'filters', id: 'filters', 'aria-label': 'Filter stories' },
    field('q', 'Words', { type: 'search', placeholder: 'dam, flood…' }),
    field('from', 'From', { type: 'date' }),
    field('to', 'To', { type: 'date' }),
    field('source', 'Source', { placeholder: 'site name' }),
    field('language', 'Language', { placeholder: 'en', size: 4, maxlength: 3 }),
    field('minSources', 'Min. independent sources', { type: 'number', min: 0, size: 4 }),
    el('button', { type: 'submit' }, 'Filter'),
    el('button', { type: 'button', class: 'secondary', id: 'filter-reset' }, 'Reset'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) query.set(name, value);
    }
    location.hash = '#/?' + query;
  });
  form.querySelector('#filter-reset').addEventListener('click', () => { location.hash = '#/'; });
  return form;
}

function storyCard(story) {
  return el('li', { class: 'card story', 'data-story': story.id },
    el('h2', null, el('a', { href: '#/story/' + enc(story.id) }, story.label || story.id)),
    el('div', { class: 'meta' },
      sourcesBadge(story.independentSources),
      badge(story.size + (story.size === 1 ? ' article' : ' articles')),
      el('span', null, day(story.firstSeen) + (day(story.lastSeen) !== day(story.firstSeen) ? ' – ' + day(story.lastSeen) : '')),
      story.languages.length ? el('span', null, 'Languages: ' + story.languages.join(', ')) : null,
      story.sites.length ? el('span', null, 'Sources: ' + story.sites.slice(0, 6).join(', ') + (story.sites.length > 6 ? ' …' : '')) : null));
}

function pager(page, params) {
  if (page.total <= page.limit) return null;
  const link = (offset, text, enabled) => {
    const query = new URLSearchParams(params);
    query.set('offset', offset);
    const base = location.hash.split('?')[0] || '#/';
    return enabled ? el('a', { href: base + '?' + query }, text) : el('span', { class: 'muted' }, text);
  };
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    link(Math.max(0, page.offset - page.limit), '← Newer', page.offset > 0),
    el('span', null, (page.offset + 1) + '–' + Math.min(page.total, page.offset + page.limit) + ' of ' + page.total),
    link(page.offset + page.limit, 'Older →', page.offset + page.limit < page.total));
}

// ---------- article list ----------

async function articleList(params, token) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const page = await api('/articles?offset=' + offset + '&limit=' + PAGE);
  if (!current(token)) return;
  const list = el('ul', { class: 'cards', id: 'article-list' });
  for (const a of page.items) list.appendChild(articleCard(a));
  show(el('h1', null, 'Articles'), el('p', { class: 'muted' }, page.total + ' stored, newest first'), list, pager(page, params));
}

function articleCard(a) {
  return el('li', { class: 'card article', 'data-article': a.id },
    el('h3', null, el('a', { href: '#/article/' + enc(a.id) }, a.title || a.id)),
    articleMeta(a));
}

function articleMeta(a) {
  return el('div', { class: 'meta' },
    el('span', null, a.site || 'unknown source'),
    el('span', null, day(a.published)),
    a.byline ? el('span', null, 'By ' + a.byline) : null,
    el('span', null, a.language),
    a.storyId ? el('a', { href: '#/story/' + enc(a.storyId) }, 'Story') : null);
}

// ---------- story page ----------

async function storyPage(id, token) {
  const detail = await api('/stories/' + enc(id));
  if (!current(token)) return;
  const story = detail.story;
  const byId = new Map(detail.articles.map((a) => [a.id, a]));
  const names = articleNamer(byId);
  const lineageNames = lineageNamer(detail.lineage, names);
  show(
    el('p', null, el('a', { href: '#/' }, '← All stories')),
    el('h1', null, story.label || story.id),
    el('div', { class: 'meta' }, sourcesBadge(story.independentSources),
      badge(story.size + (story.size === 1 ? ' article' : ' articles')),
      el('span', null, day(story.firstSeen) + ' – ' + day(story.lastSeen)),
      el('span', null, 'Languages: ' + (story.languages.join(', ') || 'unknown'))),
    detail.comparison ? briefSection(detail.comparison, names) : null,
    lineageSection(detail, byId, names),
    detail.comparison ? claimsSection(detail.comparison, lineageNames, names) : null,
    detail.comparison ? disputesSection(detail.comparison, lineageNames, names) : null,
    detail.facts ? quotesSection(detail.facts, names) : null,
    detail.facts ? entitiesSection(detail.facts) : null,
    detail.comparison ? timelineSection(detail.comparison, names) : null,
    articlesSection(detail.articles),
    problemsSection(detail.problems.concat(detail.comparison ? detail.comparison.problems : [])));
  focusMain();
}

function articleNamer(byId) {
  return (id) => {
    const a = byId.get(id);
    return a ? (a.site || a.title || id) : id;
  };
}

function lineageNamer(lineage, names) {
  const byId = new Map(lineage.origins.map((o) => [o.id, o]));
  return (id) => {
    const origin = byId.get(id);
    if (origin && origin.external) return (origin.name || id.replace(/^external:/, '')) + ' (not in the corpus)';
    return names(id);
  };
}

function citeLink(span, number, names) {
  return el('a', {
    class: 'cite', href: '#/article/' + enc(span.articleId) + '?s=' + span.start + '&e=' + span.end,
    title: names(span.articleId),
  }, '[' + number + ']');
}

function briefSection(comparison, names) {
  const list = el('ol', { class: 'brief' });
  let n = 0;
  for (const sentence of comparison.brief.sentences) {
    const item = el('li', null, sentence.text, ' ');
    for (const citation of sentence.citations) item.appendChild(citeLink(citation.span, ++n, names));
    if (sentence.dispute) item.appendChild(el('span', null, ' ', badge('disputed', 'bad')));
    list.appendChild(item);
  }
  return el('section', { id: 'brief', 'aria-labelledby': 'brief-h' }, el('h2', { id: 'brief-h' }, 'Brief'),
    comparison.brief.sentences.length ? list : el('p', { class: 'muted' }, 'No sentence could be cited.'));
}

function lineageSection(detail, byId, names) {
  const edges = detail.lineage.edges;
  const ids = detail.articles.map((a) => a.id);
  const sourceOf = new Map();
  for (const edge of edges) if (!sourceOf.has(edge.copy)) sourceOf.set(edge.copy, edge.source);
  const depth = new Map();
  const depthOf = (id, seen) => {
    if (depth.has(id)) return depth.get(id);
    const source = sourceOf.get(id);
    const d = source && byId.has(source) && !seen.has(source) ? depthOf(source, new Set([...seen, id])) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  ids.forEach((id) => depthOf(id, new Set([id])));
  const columns = [];
  for (const id of ids) (columns[depth.get(id)] = columns[depth.get(id)] || []).push(id);
  const W = 190, H = 44, GX = 90, GY = 18, PAD = 16;
  const rows = Math.max(...columns.map((c) => (c ? c.length : 0)), 1);
  const width = PAD * 2 + columns.length * W + (columns.length - 1) * GX;
  const height = PAD * 2 + rows * H + (rows - 1) * GY;
  const pos = new Map();
  columns.forEach((col, x) => (col || []).forEach((id, y) => pos.set(id, { x: PAD + x * (W + GX), y: PAD + y * (H + GY) })));
  const graph = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width, height, role: 'group', 'aria-label': 'Lineage: who copied whom', id: 'lineage-graph' });
  graph.appendChild(svg('defs', null, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#7a8594' }))));
  for (const edge of edges) {
    const from = pos.get(edge.copy), to = pos.get(edge.source);
    if (!from || !to) continue;
    const x1 = from.x, y1 = from.y + H / 2, x2 = to.x + W, y2 = to.y + H / 2;
    const mid = (x1 + x2) / 2;
    const path = svg('path', { class: 'edge', d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`, 'marker-end': 'url(#arrow)' },
      svg('title', null, names(edge.copy) + ' ' + edge.kind.toLowerCase() + ' from ' + names(edge.source)));
    graph.appendChild(path);
    graph.appendChild(svg('text', { class: 'edge-label', x: mid, y: (y1 + y2) / 2 - 4, 'text-anchor': 'middle' }, edge.kind.toLowerCase()));
  }
  const origins = new Set(detail.lineage.origins.filter((o) => !o.external).map((o) => o.id));
  for (const id of ids) {
    const p = pos.get(id);
    const a = byId.get(id);
    const label = names(id);
    const node = svg('g', { class: 'node' + (origins.has(id) ? ' origin' : ''), tabindex: 0, role: 'link', 'data-article': id,
      'aria-label': label + (origins.has(id) ? ', independent origin' : '') + ': open article', transform: `translate(${p.x} ${p.y})` },
      svg('title', null, (a && a.title) || id),
      svg('rect', { width: W, height: H, rx: 6 }),
      svg('text', { x: 8, y: 18 }, truncate(label, 26)),
      svg('text', { x: 8, y: 34, class: 'muted' }, day(a && a.published)));
    const open = () => { location.hash = '#/article/' + enc(id); };
    node.addEventListener('click', open);
    node.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } });
    graph.appendChild(node);
  }
  const originList = el('ul', null, detail.lineage.origins.map((o) => el('li', null,
    o.external ? (o.name || o.id) + ' (outside the corpus)' : names(o.id),
    ' — ', o.members.length + (o.members.length === 1 ? ' article' : ' articles'), o.certain ? '' : ' (direction uncertain)')));
  return el('section', { id: 'lineage', class: 'lineage', 'aria-labelledby': 'lineage-h' },
    el('h2', { id: 'lineage-h' }, 'Lineage'),
    el('p', { class: 'muted' }, 'Arrows point from a copy to its source. Green boxes are independent origins. Click or press Enter on a box to open the article.'),
    el('div', { class: 'tablewrap' }, graph),
    el('h3', null, detail.lineage.independentSources + ' independent origins'), originList);
}

function truncate(text, n) {
  text = String(text || '');
  return text.length > n ? text.slice(0, n - 1) + '…' : text;
}

function claimsSection(comparison, lineageNames, names) {
  const claims = comparison.claims;
  const columns = [...new Set(claims.flatMap((c) => c.lineages))];
  const rows = new Map();
  for (const claim of claims) {
    const key = claim.kind + '\u0000' + claim.subject;
    if (!rows.has(key)) rows.set(key, { kind: claim.kind, subject: claim.subject, disputed: false, cells: new Map() });
    const row = rows.get(key);
    if (claim.status === 'DISPUTED') row.disputed = true;
    for (const evidence of claim.evidence) {
      const cell = row.cells.get(evidence.lineage) || [];
      cell.push({ value: claim.value, span: evidence.span, text: evidence.text });
      row.cells.set(evidence.lineage, cell);
    }
  }
  const table = el('table', { id: 'claims-matrix' },
    el('caption', { class: 'visually-hidden' }, 'Claims by independent source'),
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Claim'), columns.map((c) => el('th', { scope: 'col' }, lineageNames(c))))));
  const body = el('tbody');
  for (const row of rows.values()) {
    const tr = el('tr', { class: row.disputed ? 'disputed' : null },
      el('th', { scope: 'row' }, row.subject || row.kind.toLowerCase(), ' ', el('span', { class: 'muted' }, '(' + row.kind.toLowerCase().replace('_', ' ') + ')'),
        row.disputed ? el('span', null, ' ', badge('disputed', 'bad')) : null));
    for (const column of columns) {
      const cell = row.cells.get(column) || [];
      const values = [...new Map(cell.map((c) => [c.value, c])).values()];
      tr.appendChild(el('td', null, values.map((c, i) => el('span', null, i ? '; ' : '',
        el('a', { href: '#/article/' + enc(c.span.articleId) + '?s=' + c.span.start + '&e=' + c.span.end, title: c.text }, c.value)))));
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  return el('section', { id: 'claims', 'aria-labelledby': 'claims-h' }, el('h2', { id: 'claims-h' }, 'Claims by independent source'),
    claims.length ? el('div', { class: 'tablewrap' }, table) : el('p', { class: 'muted' }, 'No numbers, dates or quotes to compare.'));
}

function disputesSection(comparison, lineageNames, names) {
  const list = el('ul', { id: 'dispute-list' });
  for (const dispute of comparison.disputes) {
    const contradiction = dispute.status === 'CONTRADICTION';
    list.appendChild(el('li', null,
      badge(contradiction ? 'contradiction' : 'scope difference', contradiction ? 'bad' : null), ' ',
      el('strong', null, dispute.subject), ': ', dispute.explanation,
      el('ul', null, dispute.sides.map((side) => el('li', null, el('strong', null, side.value),
        side.scope ? ' (' + side.scope + ')' : '', ' — ', side.lineages.map(lineageNames).join(', '), ' ',
        side.evidence.slice(0, 4).map((e, i) => citeLink(e.span, i + 1, names)))))));
  }
  return el('section', { id: 'disputes', 'aria-labelledby': 'disputes-h' }, el('h2', { id: 'disputes-h' }, 'Disputes'),
    comparison.disputes.length ? list : el('p', { class: 'muted' }, 'The sources do not contradict each other on what was compared.'));
}

function quotesSection(facts, names) {
  const seen = new Map();
  for (const articleFacts of facts.articles) {
    for (const quote of articleFacts.quotes) {
      const key = (quote.speaker || '') + '\u0000' + quote.text;
      if (!seen.has(key)) seen.set(key, { quote, articles: [] });
      seen.get(key).articles.push(quote);
    }
  }
  const items = [...seen.values()].map(({ quote, articles }) => el('div', { class: 'quote' },
    el('div', null, quote.direct ? '“' + quote.text + '”' : quote.text),
    el('div', { class: 'meta' }, el('span', null, '— ', el('strong', null, quote.speaker || 'unattributed'), quote.via ? ' (via ' + quote.via + ')' : ''),
      el('span', null, articles.map((q, i) => el('span', null, i ? ', ' : '',
        el('a', { href: '#/article/' + enc(q.article) + '?s=' + q.start + '&e=' + q.end }, names(q.article))))))));
  return el('section', { id: 'quotes', 'aria-labelledby': 'quotes-h' }, el('h2', { id: 'quotes-h' }, 'Quotes'),
    items.length ? items : el('p', { class: 'muted' }, 'No quotes found.'));
}

function entitiesSection(facts) {
  const table = el('table', { id: 'entities-table' },
    el('thead', null, el('tr', null, el('th', null, 'Name'), el('th', null, 'Type'), el('th', null, 'Also called'), el('th', null, 'Mentions'))),
    el('tbody', null, facts.entities.map((e) => el('tr', null, el('td', null, e.name), el('td', null, e.type.toLowerCase()),
      el('td', null, e.aliases.filter((a) => a !== e.name).join(', ')), el('td', null, String(e.mentions.length))))));
  return el('section', { id: 'entities', 'aria-labelledby': 'entities-h' }, el('h2', { id: 'entities-h' }, 'People, places and organisations'),
    facts.entities.length ? el('div', { class: 'tablewrap' }, table) : el('p', { class: 'muted' }, 'No names found.'));
}

function timelineSection(comparison, names) {
  const list = el('ol', { id: 'timeline-list' }, comparison.timeline.map((t) => el('li', null,
    el('strong', null, t.date), ' ', t.text, ' ', el('span', { class: 'muted' }, '(' + t.provenance.toLowerCase() + ')'), ' ',
    t.evidence.slice(0, 4).map((e, i) => citeLink(e.span, i + 1, names)))));
  return el('section', { id: 'timeline', 'aria-labelledby': 'timeline-h' }, el('h2', { id: 'timeline-h' }, 'Timeline'),
    comparison.timeline.length ? list : el('p', { class: 'muted' }, 'No dated events found.'));
}

function articlesSection(articles) {
  return el('section', { id: 'members', 'aria-labelledby': 'members-h' }, el('h2', { id: 'members-h' }, 'Articles, oldest first'),
    el('ul', { class: 'cards' }, articles.map(articleCard)));
}

function problemsSection(problems) {
  if (!problems || !problems.length) return null;
  return el('section', { class: 'problems' }, el('h2', null, 'Doubts'), el('ul', null, problems.map((p) => el('li', null, p.message))));
}

// ---------- article page ----------

async function articlePage(id, params, token) {
  const detail = await api('/articles/' + enc(id));
  if (!current(token)) return;
  const a = detail.article;
  const marks = [];
  for (const relation of detail.relations) {
    for (const pair of relation.pairs) {
      for (const span of [pair.first, pair.second]) {
        if (span.articleId === id) marks.push({ start: span.start, end: span.end, cls: 'reuse', title: 'reused (' + pair.match.toLowerCase() + ')' });
      }
    }
  }
  const s = parseInt(params.get('s'), 10), e = parseInt(params.get('e'), 10);
  if (Number.isInteger(s) && Number.isInteger(e) && e > s) marks.push({ start: s, end: e, cls: 'cite', title: 'cited passage', id: 'cited' });
  const relations = el('ul', { id: 'relations' }, detail.relations.map((r) => {
    const other = r.firstId === id ? r.secondId : r.firstId;
    const direction = r.kind === 'INDEPENDENT' ? 'reports independently of'
      : r.sourceId ? (r.sourceId === id ? 'copied by' : 'copied from') : 'shares text with';
    return el('li', null, badge(r.kind.toLowerCase()), ' ', direction, ' ',
      el('a', { href: '#/article/' + enc(other) }, other), ' — score ' + r.score.toFixed(2) + ', ' + r.pairs.length + ' aligned passages ',
      el('a', { href: '#/compare/' + enc(id) + '/' + enc(other), class: 'side-by-side' }, 'Side by side'),
      r.attributionLoss ? el('span', null, ' ', badge('attribution dropped', 'bad')) : null,
      r.injectedContent ? el('span', null, ' ', badge('content added', 'bad')) : null);
  }));
  show(
    a.storyId ? el('p', null, el('a', { href: '#/story/' + enc(a.storyId) }, '← Story')) : null,
    el('h1', null, a.title || a.id), articleMeta(a),
    el('p', { class: 'meta' }, externalLink(a.url, a.url), el('span', null, 'Read from ' + a.source)),
    el('section', { 'aria-labelledby': 'rel-h' }, el('h2', { id: 'rel-h' }, 'Reuse'),
      detail.relations.length ? relations : el('p', { class: 'muted' }, 'No reuse found with other articles.')),
    el('section', { 'aria-labelledby': 'text-h' }, el('h2', { id: 'text-h' }, 'Text'),
      el('p', { class: 'muted' }, 'Highlighted: passages shared with other articles', Number.isInteger(s) ? '; outlined: the cited passage' : ''),
      renderText(detail.text, detail.blocks, marks, 'article-text')),
    detail.problems.length ? el('section', { class: 'problems' }, el('h2', null, 'Problems'),
      el('ul', null, detail.problems.map((p) => el('li', null, p.message)))) : null);
  const cited = document.getElementById('cited');
  if (cited) cited.scrollIntoView({ block: 'center' });
  else focusMain();
}

/** The text as paragraphs with the marked ranges wrapped in <mark>, built node by node. */
function renderText(text, blocks, marks, id) {
  const container = el('div', { class: 'text', id });
  const ranges = blocks.length ? blocks : [{ kind: 'PARAGRAPH', start: 0, end: text.length }];
  const usedIds = new Set();
  for (const block of ranges) {
    const tag = block.kind === 'HEADING' ? 'h3' : block.kind === 'QUOTE' ? 'blockquote' : 'p';
    const node = el(tag);
    const inside = marks.filter((m) => m.end > block.start && m.start < block.end);
    const cuts = new Set([block.start, block.end]);
    for (const m of inside) { cuts.add(Math.max(block.start, m.start)); cuts.add(Math.min(block.end, m.end)); }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = inside.filter((m) => m.start <= from && m.end >= to);
      if (!covering.length) { node.appendChild(document.createTextNode(piece)); continue; }
      const top = covering.find((m) => m.cls === 'cite') || covering[covering.length - 1];
      const attrs = { class: top.cls, title: top.title };
      if (top.id && !usedIds.has(top.id)) { attrs.id = top.id; usedIds.add(top.id); }
      if (top.pair !== undefined) { attrs['data-pair'] = top.pair; attrs.tabindex = 0; }
      node.appendChild(el('mark', attrs, piece));
    }
    container.appendChild(node);
  }
  return container;
}

// ---------- side by side ----------

async function comparePage(firstId, secondId, token) {
  const [first, second, alignment] = await Promise.all([
    api('/articles/' + enc(firstId)), api('/articles/' + enc(secondId)),
    api('/align?a=' + enc(firstId) + '&b=' + enc(secondId))]);
  if (!current(token)) return;
  const marksOf = (id) => alignment.pairs.flatMap((pair, n) => [pair.first, pair.second]
    .filter((span) => span.articleId === id)
    .map((span) => ({ start: span.start, end: span.end, cls: 'pair', pair: n, title: 'passage ' + (n + 1) + ', ' + pair.match.toLowerCase() + ', similarity ' + pair.similarity.toFixed(2) })));
  const column = (detail, side) => el('div', { id: 'side-' + side, 'aria-label': detail.article.title || detail.article.id },
    el('h2', null, el('a', { href: '#/article/' + enc(detail.article.id) }, detail.article.title || detail.article.id)),
    articleMeta(detail.article),
    renderText(detail.text, detail.blocks, marksOf(detail.article.id), 'text-' + side));
  const source = alignment.sourceId;
  const summary = el('p', { id: 'alignment-summary' }, badge(alignment.kind.toLowerCase()), ' ',
    source ? 'Source: ' + (source === firstId ? first.article.site || firstId : second.article.site || secondId) : 'Direction unknown',
    ' — score ' + alignment.score.toFixed(2) + ', ' + alignment.pairs.length + ' aligned passages. ',
    alignment.reasons.length ? el('span', { class: 'muted' }, alignment.reasons.join('; ')) : null);
  const grid = el('div', { class: 'sbs', id: 'side-by-side' }, column(first, 'left'), column(second, 'right'));
  grid.addEventListener('click', (event) => activatePair(event.target));
  grid.addEventListener('keydown', (event) => { if (event.key === 'Enter') activatePair(event.target); });
  show(el('h1', null, 'Side by side'), summary,
    el('p', { class: 'muted' }, 'Highlighted passages are aligned; click one (or focus it and press Enter) to find its partner.'), grid);
  focusMain();
}

function activatePair(target) {
  if (!(target instanceof Element) || target.tagName !== 'MARK' || !target.dataset.pair) return;
  document.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
  const pair = target.dataset.pair;
  const all = document.querySelectorAll('mark[data-pair="' + CSS.escape(pair) + '"]');
  all.forEach((m) => m.classList.add('active'));
  const partner = [...all].find((m) => m.closest('.sbs > div') !== target.closest('.sbs > div'));
  if (partner) partner.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// ---------- search ----------

async function searchPage(params, token) {
  const q = params.get('q') || '';
  document.getElementById('search-box').value = q;
  if (!q.trim()) { show(el('h1', null, 'Search'), el('p', { class: 'muted' }, 'Type words in the search box.')); return; }
  const hits = await api('/search?q=' + encodeURIComponent(q) + '&limit=50');
  if (!current(token)) return;
  const list = el('ul', { class: 'cards', id: 'search-results' }, hits.map((h) => el('li', { class: 'card' },
    el('h3', null, el('a', { href: '#/article/' + enc(h.articleId) }, h.title || h.articleId)),
    el('p', null, h.snippet),
    h.storyId ? el('a', { href: '#/story/' + enc(h.storyId) }, 'Open its story') : null)));
  show(el('h1', null, 'Search: ', q), el('p', { class: 'muted' }, hits.length + ' articles'),
    hits.length ? list : el('p', { class: 'muted' }, 'Nothing found.'));
}

// ---------- live updates ----------
// Server-sent events from /api/v1/events announce every change; while they are not connected
// (no EventSource, a refused or broken stream) the page polls /api/v1/status every 2 s instead.

let pollTimer = null;

/** Shows a change of the data and redraws the lists; the story and article pages stay as read. */
function changed(status) {
  if (knownVersion !== null && status.version !== knownVersion) {
    announce('Updated: ' + status.articles + ' articles in ' + status.stories + ' stories.');
    const { parts } = parseHash();
    if (parts.length === 0 || parts[0] === 'articles') route();
  }
  knownVersion = status.version;
}

async function poll() {
  try {
    changed(await api('/status'));
  } catch (error) {
    announce('Server unreachable: ' + error.message);
  }
}

function startPolling() {
  document.body.dataset.live = 'polling';
  if (pollTimer === null) {
    poll();
    pollTimer = setInterval(poll, 2000);
  }
}

function stopPolling() {
  if (pollTimer !== null) {
    clearInterval(pollTimer);
    pollTimer = null;
  }
}

function listen() {
  if (typeof EventSource === 'undefined') {
    startPolling();
    return;
  }
  const source = new EventSource(API + '/events');
  source.addEventListener('open', () => {
    stopPolling();
    document.body.dataset.live = 'events';
  });
  const onEvent = (event) => {
    try {
      changed(JSON.parse(event.data));
    } catch (error) {
      announce('Bad update from the server: ' + error.message);
    }
  };
  source.addEventListener('hello', onEvent);
  source.addEventListener('update', onEvent);
  // the browser reconnects by itself unless the server refused the stream; poll meanwhile
  source.addEventListener('error', () => startPolling());
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = document.getElementById('search-box').value.trim();
    location.hash = '#/search?q=' + encodeURIComponent(q);
  });
  window.addEventListener('hashchange', route);
  route();
  listen();
});
