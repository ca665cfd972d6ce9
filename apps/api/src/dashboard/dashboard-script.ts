/**
 * The dashboard's browser code, served as /dashboard/app.js. Plain ES2020 with no
 * dependencies. Every value from the ledger reaches the page through `textContent` or
 * an attribute set by the DOM (never innerHTML), so a claim holding `<script>` shows as
 * text; the page's Content-Security-Policy allows no inline script besides.
 */
export const DASHBOARD_SCRIPT = String.raw`
'use strict';
(function () {
  var KEY_STORE = 'claim-ledger.key';
  var main = document.getElementById('main');
  var nav = document.getElementById('nav');

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (attrs[k] === undefined || attrs[k] === null) continue;
      if (k === 'text') node.textContent = String(attrs[k]);
      else if (k === 'onclick' || k === 'onsubmit' || k === 'onchange') node[k] = attrs[k];
      else node.setAttribute(k, String(attrs[k]));
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }
  function svg(tag, attrs, children) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var k in attrs) if (k === 'text') node.textContent = String(attrs[k]); else node.setAttribute(k, String(attrs[k]));
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function link(href, text, testid) { return el('a', { href: href, text: text, 'data-testid': testid }); }
  function enc(s) { return encodeURIComponent(s); }

  function key() { return sessionStorage.getItem(KEY_STORE); }

  function api(path) {
    return fetch(path, { headers: { authorization: 'Bearer ' + key(), accept: 'application/json' } }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) {
          var e = new Error((body && body.error && body.error.message) || ('HTTP ' + res.status));
          e.status = res.status;
          throw e;
        }
        return body;
      });
    });
  }

  function showError(e) {
    if (e && (e.status === 401 || e.status === 403)) sessionStorage.removeItem(KEY_STORE);
    main.appendChild(el('p', { class: 'error', role: 'alert', 'data-testid': 'error', text: 'Error: ' + (e && e.message ? e.message : String(e)) }));
  }

  function figures(qs) {
    return (qs || []).map(function (q) {
      var v = q.value !== undefined ? q.value.toLocaleString('en-US') : (q.min !== undefined ? q.min.toLocaleString('en-US') : '') + '–' + (q.max !== undefined ? q.max.toLocaleString('en-US') : '');
      return (q.approx ? '~' : '') + v + (q.unit ? ' ' + q.unit : '');
    }).join(', ');
  }
  function period(t) {
    if (!t) return '';
    if (t.start && t.end && t.start !== t.end) return t.start + ' – ' + t.end;
    return t.start || t.end || t.surface || '';
  }

  function claimRow(c) {
    return el('tr', { 'data-testid': 'claim-row' }, [
      el('td', { text: c.statedAt.start }),
      el('td', {}, [link('#/sources/' + enc(c.source.id), c.source.name, 'source-link')]),
      el('td', { class: 'content', 'data-testid': 'claim-content', text: c.content }),
      el('td', { text: figures(c.quantities) }),
      el('td', { text: c.stance + (c.hedged ? ', hedged' : '') }),
      el('td', { text: c.language }),
      el('td', {}, [
        c.propositionId ? link('#/propositions/' + enc(c.propositionId), 'proposition', 'proposition-link') : null,
        ' ',
        link('#/articles/' + enc(c.publisher) + '/' + enc(c.articleId), 'article', 'article-link'),
      ]),
    ]);
  }
  function claimTable(claims) {
    var body = el('tbody', {}, claims.map(claimRow));
    return el('table', { class: 'claims', 'data-testid': 'claims-table' }, [
      el('thead', {}, [el('tr', {}, ['stated', 'source', 'claim', 'figures', 'stance', 'lang', ''].map(function (h) { return el('th', { text: h }); }))]),
      body,
    ]);
  }

  // --- views -------------------------------------------------------------------------

  function loginView() {
    var input = el('input', { type: 'password', name: 'key', id: 'key', autocomplete: 'off', 'data-testid': 'key-input' });
    main.appendChild(el('form', {
      class: 'login', 'data-testid': 'login-form',
      onsubmit: function (ev) { ev.preventDefault(); sessionStorage.setItem(KEY_STORE, input.value.trim()); route(); },
    }, [el('h1', { text: 'Claim Ledger' }), el('label', { for: 'key', text: 'API key (scope claims.read)' }), input, el('button', { type: 'submit', text: 'Open' })]));
  }

  var FILTERS = [
    ['q', 'Search', 'text'], ['source', 'Source', 'text'], ['entity', 'Entity', 'text'], ['publisher', 'Publisher', 'text'],
    ['language', 'Language', ['', 'ro', 'en']], ['stance', 'Stance', ['', 'asserts', 'denies']], ['hedged', 'Hedged', ['', 'true', 'false']],
    ['relation', 'Has link', ['', 'conflicts', 'updates', 'corroborates']],
    ['statedFrom', 'Stated from', 'date'], ['statedTo', 'Stated to', 'date'], ['eventFrom', 'About from', 'date'], ['eventTo', 'About to', 'date'],
    ['publishedFrom', 'Published from', 'date'], ['publishedTo', 'Published to', 'date'],
    ['quantityUnit', 'Unit', 'text'], ['quantityMin', 'Figure ≥', 'text'], ['quantityMax', 'Figure ≤', 'text'],
    ['sort', 'Order', ['-statedAt', 'statedAt', '-publishedAt', 'publishedAt', '-recordedAt', 'recordedAt']],
  ];

  function claimsView(params) {
    var form = el('form', { class: 'filters', 'data-testid': 'filters' });
    FILTERS.forEach(function (f) {
      var input;
      if (Array.isArray(f[2])) {
        input = el('select', { name: f[0], id: 'f-' + f[0] }, f[2].map(function (o) { return el('option', { value: o, text: o || 'any' }); }));
      } else {
        input = el('input', { name: f[0], id: 'f-' + f[0], type: f[2] });
      }
      if (params.get(f[0])) input.value = params.get(f[0]);
      form.appendChild(el('label', { for: 'f-' + f[0] }, [el('span', { text: f[1] }), input]));
    });
    form.appendChild(el('button', { type: 'submit', 'data-testid': 'apply-filters', text: 'Filter' }));
    form.onsubmit = function (ev) {
      ev.preventDefault();
      var q = new URLSearchParams();
      new FormData(form).forEach(function (v, k) { if (v) q.set(k, String(v)); });
      location.hash = '#/claims?' + q.toString();
    };
    main.appendChild(el('h1', { text: 'Claims' }));
    main.appendChild(form);
    var results = el('div', { 'data-testid': 'claims-results' });
    main.appendChild(results);
    var query = new URLSearchParams(params);
    query.set('limit', '50');
    function load(cursor) {
      if (cursor) query.set('cursor', cursor);
      return api('/v1/claims?' + query.toString()).then(function (page) {
        var old = results.querySelector('.more');
        if (old) old.remove();
        if (!cursor && page.claims.length === 0) results.appendChild(el('p', { 'data-testid': 'no-claims', text: 'No claims match.' }));
        if (page.claims.length > 0) results.appendChild(claimTable(page.claims));
        if (page.next) results.appendChild(el('button', { class: 'more', 'data-testid': 'more', text: 'More', onclick: function () { load(page.next); } }));
      });
    }
    return load(null);
  }

  function propositionsView(params) {
    var input = el('input', { name: 'q', id: 'p-q', type: 'search', value: params.get('q') || '' });
    main.appendChild(el('h1', { text: 'Propositions' }));
    main.appendChild(el('form', { class: 'filters', onsubmit: function (ev) { ev.preventDefault(); location.hash = '#/propositions?q=' + enc(input.value); } }, [
      el('label', { for: 'p-q' }, [el('span', { text: 'Search' }), input]), el('button', { type: 'submit', text: 'Search' }),
    ]));
    var list = el('ul', { class: 'propositions', 'data-testid': 'propositions' });
    main.appendChild(list);
    var query = new URLSearchParams();
    if (params.get('q')) query.set('q', params.get('q'));
    function load(cursor) {
      if (cursor) query.set('cursor', cursor);
      return api('/v1/propositions?' + query.toString()).then(function (page) {
        page.propositions.forEach(function (p) {
          list.appendChild(el('li', {}, [
            link('#/propositions/' + enc(p.id), p.label || p.id, 'proposition-item'),
            el('span', { class: 'meta', text: ' ' + p.claimCount + ' claims, ' + p.sourceCount + ' sources, ' + p.conflictCount + ' conflicts, ' + p.updateCount + ' updates (' + p.languages.join(', ') + ')' }),
          ]));
        });
        if (page.next) main.appendChild(el('button', { class: 'more', text: 'More', onclick: function (ev) { ev.target.remove(); load(page.next); } }));
      });
    }
    return load(null);
  }

  var COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];

  function figureOf(q) {
    if (q.value !== undefined) return q.value;
    if (q.min !== undefined && q.max !== undefined) return (q.min + q.max) / 2;
    return q.min !== undefined ? q.min : q.max;
  }

  /** Figures over time by source, in the unit most of the timeline uses. */
  function chart(entries) {
    var units = {};
    // Vague amounts ("thousands of") are no figures to plot.
    entries.forEach(function (e) { e.quantities.forEach(function (q) { if (q.unit && !q.vague && figureOf(q) !== undefined) units[q.unit] = (units[q.unit] || 0) + 1; }); });
    var unit = Object.keys(units).sort(function (a, b) { return units[b] - units[a]; })[0];
    if (!unit) return el('p', { 'data-testid': 'chart-empty', text: 'No figures to chart.' });
    var points = [];
    entries.forEach(function (e) {
      e.quantities.forEach(function (q) {
        var v = figureOf(q);
        if (q.unit === unit && !q.vague && v !== undefined) points.push({ t: Date.parse(e.statedAt), v: v, source: e.source.name, date: e.statedAt, stance: e.stance });
      });
    });
    var W = 720, H = 320, L = 70, R = 180, T = 36, B = 40;
    var t0 = Math.min.apply(null, points.map(function (p) { return p.t; })), t1 = Math.max.apply(null, points.map(function (p) { return p.t; }));
    var v1 = Math.max.apply(null, points.map(function (p) { return p.v; }));
    if (t1 === t0) { t0 -= 86400000; t1 += 86400000; }
    var x = function (t) { return L + (W - L - R) * (t - t0) / (t1 - t0); };
    var y = function (v) { return H - B - (H - T - B) * (v / (v1 || 1)); };
    var sources = [];
    points.forEach(function (p) { if (sources.indexOf(p.source) < 0) sources.push(p.source); });
    var nodes = [
      svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#444' }),
      svg('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#444' }),
      svg('text', { x: L - 6, y: y(v1) + 4, 'text-anchor': 'end', 'font-size': 11, text: v1.toLocaleString('en-US') }),
      svg('text', { x: L - 6, y: H - B + 4, 'text-anchor': 'end', 'font-size': 11, text: '0' }),
      svg('text', { x: L, y: H - 10, 'font-size': 11, text: new Date(t0).toISOString().slice(0, 10) }),
      svg('text', { x: W - R, y: H - 10, 'text-anchor': 'end', 'font-size': 11, text: new Date(t1).toISOString().slice(0, 10) }),
      svg('text', { x: L, y: 14, 'font-size': 12, 'font-weight': 600, text: unit + ' (hollow: denied)' }),
    ];
    sources.forEach(function (s, i) {
      var color = COLORS[i % COLORS.length];
      var mine = points.filter(function (p) { return p.source === s; }).sort(function (a, b) { return a.t - b.t; });
      if (mine.length > 1) nodes.push(svg('polyline', { fill: 'none', stroke: color, 'stroke-width': 1.5, points: mine.map(function (p) { return x(p.t) + ',' + y(p.v); }).join(' ') }));
      mine.forEach(function (p) {
        nodes.push(svg('circle', { cx: x(p.t), cy: y(p.v), r: 5, fill: p.stance === 'denies' ? '#fff' : color, stroke: color, 'stroke-width': 2, 'data-testid': 'chart-point' }, [
          svg('title', { text: p.source + ', ' + p.date + ': ' + p.v.toLocaleString('en-US') + ' ' + unit + (p.stance === 'denies' ? ' (denied)' : '') }),
        ]));
      });
      nodes.push(svg('rect', { x: W - R + 12, y: T + i * 18, width: 10, height: 10, fill: color }));
      nodes.push(svg('text', { x: W - R + 28, y: T + 9 + i * 18, 'font-size': 12, 'data-testid': 'chart-legend', text: s }));
    });
    return svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Figures over time by source (' + unit + ')', 'data-testid': 'chart' }, nodes);
  }

  function allPages(first, path, pick) {
    // Follows the cursors to the end: a proposition page shows every claim, not the first page only.
    var items = pick(first);
    function more(next) {
      if (!next) return Promise.resolve(items);
      return api(path + (path.indexOf('?') < 0 ? '?' : '&') + 'cursor=' + enc(next)).then(function (p) { items = items.concat(pick(p)); return more(p.next); });
    }
    return more(first.next);
  }

  function propositionView(id) {
    var base = '/v1/propositions/' + enc(id);
    return Promise.all([
      api(base + '/timeline?limit=500').then(function (first) { return allPages(first, base + '/timeline?limit=500', function (p) { return p.entries; }).then(function (entries) { return { proposition: first.proposition, entries: entries }; }); }),
      api(base + '/sources?limit=500').then(function (first) { return allPages(first, base + '/sources?limit=500', function (p) { return p.sources; }).then(function (all) { return { independentSources: first.independentSources, sources: all }; }); }),
    ]).then(function (r) {
      var p = r[0].proposition, entries = r[0].entries, sources = r[1];
      main.appendChild(el('h1', { 'data-testid': 'proposition-title', text: p.label || p.id }));
      main.appendChild(el('p', { class: 'meta', 'data-testid': 'proposition-meta', text: p.claimCount + ' claims from ' + p.sourceCount + ' sources (' + sources.independentSources + ' independent), ' + p.conflictCount + ' conflicts, ' + p.updateCount + ' updates; languages: ' + p.languages.join(', ') }));
      main.appendChild(el('h2', { text: 'Figures over time by source' }));
      main.appendChild(chart(entries));
      main.appendChild(el('h2', { text: 'Conflicts and updates' }));
      var marks = el('ul', { 'data-testid': 'marks' });
      entries.forEach(function (e) {
        e.marks.filter(function (m) { return m.direction === 'to'; }).forEach(function (m) {
          marks.appendChild(el('li', { class: m.relation, 'data-testid': 'mark' }, [
            el('strong', { text: m.relation === 'updates' ? 'update' : 'conflict' }),
            ' ' + e.source.name + ' (' + e.statedAt + (e.quantities.length ? ', ' + figures(e.quantities) : '') + ') ' + (m.relation === 'updates' ? 'updates' : 'conflicts with') + ' ' + m.otherSource + ': ',
            el('span', { class: 'reason', text: m.reason }),
          ]));
        });
      });
      if (!marks.firstChild) marks.appendChild(el('li', { text: 'None.' }));
      main.appendChild(marks);
      main.appendChild(el('h2', { text: 'Timeline' }));
      main.appendChild(el('table', { class: 'claims', 'data-testid': 'timeline' }, [
        el('thead', {}, [el('tr', {}, ['stated', 'source', 'figures', 'about', 'claim', 'lang', ''].map(function (h) { return el('th', { text: h }); }))]),
        el('tbody', {}, entries.map(function (e) {
          return el('tr', { 'data-testid': 'timeline-row', class: e.marks.length ? 'marked' : '' }, [
            el('td', { text: e.statedAt }), el('td', { text: e.source.name }), el('td', { text: figures(e.quantities) }),
            el('td', { text: period(e.eventTime) }), el('td', { class: 'content', text: (e.stance === 'denies' ? '[denies] ' : '') + e.content }),
            el('td', { text: e.language }),
            el('td', {}, [link('#/articles/' + enc(e.publisher) + '/' + enc(e.articleId), 'article', 'article-link')]),
          ]);
        })),
      ]));
      main.appendChild(el('h2', { text: 'Claims by language' }));
      var langs = {};
      entries.forEach(function (e) { (langs[e.language] = langs[e.language] || []).push(e); });
      Object.keys(langs).sort().forEach(function (l) {
        main.appendChild(el('h3', { text: l + ' (' + langs[l].length + ')' }));
        main.appendChild(el('ul', { 'data-testid': 'claims-' + l }, langs[l].map(function (e) { return el('li', { text: e.source.name + ': ' + e.content }); })));
      });
      main.appendChild(el('h2', { text: 'Sources' }));
      main.appendChild(el('ul', { 'data-testid': 'sources' }, sources.sources.map(function (s) {
        return el('li', {}, [link('#/sources/' + enc(s.source.id), s.source.name, 'source-link'),
          ' ' + s.claimCount + ' claims, ' + s.firstStatedAt + ' – ' + s.lastStatedAt + (s.notIndependentOf.length ? '; not independent of ' + s.notIndependentOf.join(', ') : '')]);
      })));
    });
  }

  function articleView(publisher, id) {
    return api('/v1/articles/' + enc(publisher) + '/' + enc(id)).then(function (a) {
      main.appendChild(el('h1', { 'data-testid': 'article-title', text: a.article.title || a.article.id }));
      main.appendChild(el('p', { class: 'meta', text: a.article.publisher + ', ' + a.article.publishedAt + ', revision ' + a.article.revision + ', ' + a.article.language }));
      var body = el('div', { class: 'article-body', 'data-testid': 'article-body' });
      var at = 0;
      var spans = a.claims.slice().sort(function (x, y) { return x.span.start - y.span.start; });
      var text = a.article.body;
      spans.forEach(function (c, i) {
        if (c.span.start < at) return; // overlapping spans: the first one is highlighted
        body.appendChild(document.createTextNode(text.slice(at, c.span.start)));
        body.appendChild(el('mark', { id: 'claim-' + i, 'data-testid': 'claim-highlight', title: c.source.name + ' (' + c.stance + ')', text: text.slice(c.span.start, c.span.end) }));
        at = c.span.end;
      });
      body.appendChild(document.createTextNode(text.slice(at)));
      main.appendChild(body);
      main.appendChild(el('h2', { text: 'Claims' }));
      main.appendChild(el('ol', { 'data-testid': 'article-claims' }, spans.map(function (c) {
        return el('li', { 'data-testid': 'article-claim' }, [
          el('strong', { text: c.source.name }), ' ' + c.stance + (c.hedged ? ' (hedged)' : '') + ': ',
          el('span', { class: 'content', text: c.content }),
          el('div', { class: 'meta', text: 'figures: ' + (figures(c.quantities) || 'none') + '; stated ' + c.statedAt.start + (c.eventTime ? '; about ' + period(c.eventTime) : '') }),
          c.propositionId ? link('#/propositions/' + enc(c.propositionId), 'proposition', 'proposition-link') : null,
        ]);
      })));
      if (a.revisions.length > 1) {
        main.appendChild(el('h2', { text: 'Revisions' }));
        main.appendChild(el('ul', { 'data-testid': 'revisions' }, a.revisions.map(function (r) {
          var ch = r.changes;
          return el('li', { text: 'revision ' + r.revision + ' (' + r.recordedAt + ', ' + r.claimCount + ' claims)' + (ch ? ': ' + ch.sentencesAdded.length + ' sentences added, ' + ch.sentencesRemoved.length + ' removed' + (ch.titleChanged ? ', title changed' : '') : '') });
        })));
      }
    });
  }

  function conflictsView(params) {
    var relation = params.get('relation') || 'conflicts';
    main.appendChild(el('h1', { text: relation === 'updates' ? 'Newest updates' : 'Newest conflicts' }));
    main.appendChild(el('p', {}, [link('#/conflicts', 'conflicts', 'feed-conflicts'), ' · ', link('#/conflicts?relation=updates', 'updates', 'feed-updates')]));
    var list = el('ul', { class: 'feed', 'data-testid': 'feed' });
    main.appendChild(list);
    return api('/v1/conflicts?relation=' + enc(relation)).then(function (page) {
      if (page.links.length === 0) list.appendChild(el('li', { text: 'None yet.' }));
      page.links.forEach(function (l) {
        list.appendChild(el('li', { 'data-testid': 'feed-item' }, [
          el('div', {}, [el('strong', { text: l.to.source.name }), ' (' + l.to.statedAt.start + '): ', el('span', { class: 'content', text: l.to.content })]),
          el('div', {}, [el('em', { text: relation === 'updates' ? 'updates' : 'conflicts with' }), ' ', el('strong', { text: l.from.source.name }), ' (' + l.from.statedAt.start + '): ', el('span', { class: 'content', text: l.from.content })]),
          el('div', { class: 'reason', text: l.reason + (l.independent ? '' : ' (not independent)') }),
          link('#/propositions/' + enc(l.propositionId), 'proposition', 'proposition-link'),
        ]));
      });
    });
  }

  function sourceView(id) {
    return api('/v1/sources/' + enc(id)).then(function (s) {
      main.appendChild(el('h1', { 'data-testid': 'source-title', text: s.entity.name }));
      main.appendChild(el('p', { class: 'meta', text: s.entity.id + ' (' + s.entity.kind + '): ' + s.claimCount + ' claims (' + s.stances.denies + ' denials) in ' + s.propositionCount + ' propositions; ' + s.contradictedClaims + ' contradicted' }));
      main.appendChild(el('h2', { text: 'Contradicted by' }));
      main.appendChild(el('ul', { 'data-testid': 'contradicted-by' }, s.contradictedBy.length ? s.contradictedBy.map(function (c) { return el('li', { text: c.source.name + ': ' + c.claims + ' claims' }); }) : [el('li', { text: 'Nobody.' })]));
      main.appendChild(el('p', {}, [link('#/claims?source=' + enc(s.entity.id), 'All claims by ' + s.entity.name, 'source-claims')]));
    });
  }

  function route() {
    clear(main);
    clear(nav);
    if (!key()) { loginView(); return; }
    [['#/claims', 'Claims'], ['#/propositions', 'Propositions'], ['#/conflicts', 'Conflicts'], ['/docs', 'API docs']].forEach(function (n) {
      nav.appendChild(link(n[0], n[1], 'nav-' + n[1].toLowerCase().replace(/ /g, '-')));
    });
    nav.appendChild(el('button', { 'data-testid': 'logout', text: 'Sign out', onclick: function () { sessionStorage.removeItem(KEY_STORE); route(); } }));
    var hash = location.hash.replace(/^#/, '') || '/claims';
    var qi = hash.indexOf('?');
    var path = qi < 0 ? hash : hash.slice(0, qi);
    var params = new URLSearchParams(qi < 0 ? '' : hash.slice(qi + 1));
    var parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    var done;
    if (parts[0] === 'propositions' && parts[1]) done = propositionView(parts[1]);
    else if (parts[0] === 'propositions') done = propositionsView(params);
    else if (parts[0] === 'articles' && parts.length >= 3) done = articleView(parts[1], parts.slice(2).join('/'));
    else if (parts[0] === 'conflicts') done = conflictsView(params);
    else if (parts[0] === 'sources' && parts[1]) done = sourceView(parts[1]);
    else done = claimsView(params);
    main.setAttribute('aria-busy', 'true');
    done.catch(showError).then(function () { main.setAttribute('aria-busy', 'false'); });
  }

  window.addEventListener('hashchange', route);
  route();
})();
`;
