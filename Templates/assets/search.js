/* CreditCity search: finds names and 统一社会信用代码 in the static index under search/ (docs/search.md).
 * No framework, nothing from other hosts, relative URLs only. The tokenizer below is the build's
 * (Sources/CreditCityKit/Search/SearchTokenizer.swift); scripts/search-tokenizer-check.mjs runs the same
 * vectors through both. Loaded in node (no document), it only defines CreditCitySearch. */
(function (global) {
  'use strict';

  var PREFIX_LENGTHS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14, 18];
  var MAX_NAME_LENGTH = 256;
  var RESULT_LIMIT = 50;        // results shown
  var TERM_FETCH_LIMIT = 4;     // term shards a query fetches at most
  var DISPLAY_FETCH_LIMIT = 4;  // display shards a query fetches at most
  var CHUNK_FETCH_LIMIT = 2;    // chunks of one long posting list

  // ---- tokenizer (same rules as SearchTokenizer.swift) ----

  function isHan(v) {
    return v === 0x3007 || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) ||
      (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF);
  }
  function isWord(v) { return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A); }
  function normalise(text) { return String(text).normalize('NFKC').toLowerCase(); }

  /** The key as an array of code points: Han characters and a-z 0-9, other runs as one space. */
  function keyPoints(text) {
    var out = [], pendingSpace = false;
    for (var ch of normalise(text)) {
      var v = ch.codePointAt(0);
      if (isHan(v) || isWord(v)) {
        if (pendingSpace && out.length > 0) out.push(0x20);
        pendingSpace = false;
        out.push(v);
      } else {
        pendingSpace = true;
      }
    }
    return out;
  }
  function str(points) { return String.fromCodePoint.apply(null, points); }
  function key(text) { return str(keyPoints(text).slice(0, MAX_NAME_LENGTH)); }

  /** Han runs and words of a key (code points); spaces only separate. */
  function segments(points) {
    var out = [], start = 0;
    for (var i = 0; i <= points.length; i++) {
      var boundary = i === points.length || points[i] === 0x20 ||
        (i > start && isHan(points[i]) !== isHan(points[start]));
      if (boundary) {
        if (i > start) out.push({ han: isHan(points[start]), points: points.slice(start, i) });
        start = (i === points.length || points[i] !== 0x20) ? i : i + 1;
      }
    }
    return out;
  }

  /** What a query looks up: its key, bigrams and word prefixes (terms), lone Han characters (unigrams). */
  function query(text) {
    var k = keyPoints(text).slice(0, MAX_NAME_LENGTH);
    var terms = [], unigrams = [];
    segments(k).forEach(function (s) {
      var p = s.points;
      if (s.han) {
        if (p.length === 1 && unigrams.indexOf(str(p)) < 0) unigrams.push(str(p));
        for (var i = 0; i + 1 < p.length; i++) {
          var t = str(p.slice(i, i + 2));
          if (terms.indexOf(t) < 0) terms.push(t);
        }
      } else {
        var n = p.length;
        for (var j = PREFIX_LENGTHS.length - 1; j >= 0; j--) {
          if (PREFIX_LENGTHS[j] <= p.length) { n = PREFIX_LENGTHS[j]; break; }
        }
        var w = str(p.slice(0, n));
        if (terms.indexOf(w) < 0) terms.push(w);
      }
    });
    return { key: str(k), terms: terms, unigrams: unigrams };
  }

  /** FNV-1a (32 bits) of the term's UTF-8: the term shard is hash % termShards. */
  function hash(term) {
    var h = 0x811C9DC5;
    var bytes = utf8(term);
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }
  function utf8(text) {
    var out = [];
    for (var ch of text) {
      var v = ch.codePointAt(0);
      if (v < 0x80) out.push(v);
      else if (v < 0x800) out.push(0xC0 | (v >> 6), 0x80 | (v & 63));
      else if (v < 0x10000) out.push(0xE0 | (v >> 12), 0x80 | ((v >> 6) & 63), 0x80 | (v & 63));
      else out.push(0xF0 | (v >> 18), 0x80 | ((v >> 12) & 63), 0x80 | ((v >> 6) & 63), 0x80 | (v & 63));
    }
    return out;
  }

  // ---- index reading ----

  function decodeIds(text) {
    var ids = [], previous = 0, parts = text.split(',');
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === '') continue;
      var n = parseInt(parts[i], 36);
      previous = i === 0 ? n : previous + n;
      ids.push(previous);
    }
    return ids;
  }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }
  /** Up to n items of list, spread from its first to its last. */
  function spread(list, n) {
    if (list.length <= n) return list.slice();
    var out = [];
    for (var i = 0; i < n; i++) {
      var item = list[Math.round(i * (list.length - 1) / (n - 1))];
      if (out.indexOf(item) < 0) out.push(item);
    }
    return out;
  }

  /** A searcher over the index at `base` (a URL ending in "/" or ""), fetching with `load(url) → Promise<text>`. */
  function Searcher(base, load) {
    this.base = base;
    this.load = load;
    this.files = [];
    this.cache = {};
  }
  Searcher.prototype.get = function (path) {
    var self = this;
    if (!this.cache[path]) {
      this.files.push(path);
      this.cache[path] = this.load(this.base + path);
    }
    return this.cache[path];
  };
  /** The line of `term` in its shard: {df, ids} or {df, file, chunks}; null when no name has it. */
  Searcher.prototype.term = function (entry, term) {
    return this.get('t/' + (hash(term) % entry.termShards) + '.txt').then(function (text) {
      var prefix = term + '\t';
      var at = 0;
      if (!text.startsWith(prefix)) {
        at = text.indexOf('\n' + prefix);
        if (at < 0) return null;
        at += 1;
      }
      var end = text.indexOf('\n', at);
      var fields = text.slice(at, end < 0 ? text.length : end).split('\t');
      var df = parseInt(fields[1], 10);
      if (fields[2].charAt(0) === '@') {
        var ref = fields[2].slice(1).split(':');
        return { term: term, df: df, file: parseInt(ref[0], 10), chunks: parseInt(ref[1], 10) };
      }
      return { term: term, df: df, ids: decodeIds(fields[2]) };
    });
  };
  Searcher.prototype.display = function (entry, shard) {
    return this.get('d/' + shard + '.txt').then(function (text) {
      var lines = text.split('\n');
      return lines.map(function (line, i) {
        var f = line.split('\t');
        if (f.length < 4) return null;
        return {
          id: shard * entry.displayBlock + i, name: f[0], code: f[1], records: parseInt(f[2], 10),
          links: f[3] === '' ? [] : f[3].split(' ').map(function (l) {
            var d = entry.datasets[parseInt(l.charAt(0), 10)];
            return { dataset: d ? d.name : '', id: l.slice(1) };
          })
        };
      });
    });
  };

  /** Ranks a display entry against the query: 0 exact, 1 prefix, 2 substring, -1 no match. */
  function rank(item, q, singleWord) {
    var name = key(item.name), code = item.code.toLowerCase();
    if (name === q.key || (singleWord && code !== '' && code === q.key)) return 0;
    if (name.startsWith(q.key) || (singleWord && code !== '' && code.startsWith(q.key))) return 1;
    if (name.indexOf(q.key) >= 0) return 2;
    return -1;
  }

  /** Runs a query: resolves to {results, more, files}. */
  Searcher.prototype.search = async function (text) {
    var self = this;
    var q = query(text);
    var result = { query: q, results: [], more: false, files: this.files };
    if (q.key === '') return result;
    var entry = await this.get('index.json').then(JSON.parse);
    var singleWord = segments(keyPoints(q.key)).length === 1 && !segments(keyPoints(q.key))[0].han;
    var frequent = {};
    (entry.frequent || []).forEach(function (f) { frequent[f[0]] = { term: f[0], df: f[1], file: f[2], chunks: f[3] }; });

    var wanted = q.terms.length > 0 ? q.terms : q.unigrams;
    var known = wanted.filter(function (t) { return frequent[t]; }).map(function (t) { return frequent[t]; });
    var others = wanted.filter(function (t) { return !frequent[t]; });
    var words = others.filter(function (t) { return !isHan(t.codePointAt(0)); });
    var han = others.filter(function (t) { return isHan(t.codePointAt(0)); });
    var picked = words.slice(0, TERM_FETCH_LIMIT);
    picked = picked.concat(spread(han, TERM_FETCH_LIMIT - picked.length));
    var lines = await Promise.all(picked.map(function (t) { return self.term(entry, t); }));
    if (lines.some(function (l) { return l === null; })) return result;   // a term no name has

    var lists = lines.filter(function (l) { return l.ids; });
    var external = known.concat(lines.filter(function (l) { return !l.ids; }));
    var candidates;
    if (lists.length > 0) {
      lists.sort(function (a, b) { return a.ids.length - b.ids.length; });
      candidates = lists[0].ids;
      for (var i = 1; i < lists.length; i++) candidates = intersect(candidates, lists[i].ids);
    } else if (external.length > 0) {
      // Every term is frequent: read the rarest one's list from its start (the shortest names).
      external.sort(function (a, b) { return a.df - b.df; });
      var driver = external[0];
      candidates = [];
      var chunks = Math.min(driver.chunks, CHUNK_FETCH_LIMIT);
      for (var c = 0; c < chunks; c++) {
        candidates = candidates.concat(decodeIds(await this.get('p/' + driver.file + '-' + c + '.txt')));
      }
      if (chunks < driver.chunks) result.more = true;
    } else {
      return result;
    }

    // Verify in id order (shortest names first) until enough results or the fetch budget is spent.
    var found = [], shardsRead = 0;
    for (var at = 0; at < candidates.length && found.length < RESULT_LIMIT; ) {
      if (shardsRead === DISPLAY_FETCH_LIMIT) { result.more = true; break; }
      var shard = Math.floor(candidates[at] / entry.displayBlock);
      var items = await this.display(entry, shard);
      shardsRead++;
      for (; at < candidates.length && Math.floor(candidates[at] / entry.displayBlock) === shard; at++) {
        var item = items[candidates[at] - shard * entry.displayBlock];
        if (!item) continue;
        var r = rank(item, q, singleWord);
        if (r >= 0) { item.rank = r; found.push(item); }
        if (found.length === RESULT_LIMIT) { if (at + 1 < candidates.length) result.more = true; break; }
      }
    }
    found.sort(function (a, b) { return a.rank - b.rank || a.id - b.id; });
    result.results = found;
    return result;
  };

  // ---- page ----

  function element(doc, tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function pageHref(root, path) {
    return root + path.split('/').map(encodeURIComponent).join('/');
  }

  function show(doc, container, outcome, titles) {
    var root = container.getAttribute('data-root') || '';
    var list = doc.getElementById('search-results');
    outcome.results.forEach(function (item) {
      var li = element(doc, 'li', 'search-result');
      var first = item.code !== '' ? 'subjects/' + item.code + '/index.html'
        : (item.links.length > 0 ? item.links[0].dataset + '/' + item.links[0].id + '/index.html' : null);
      var heading = element(doc, 'a', 'search-name', item.name);
      if (first) heading.setAttribute('href', pageHref(root, first));
      li.appendChild(heading);
      if (item.code !== '') li.appendChild(element(doc, 'span', 'search-code', ' 统一社会信用代码 ' + item.code));
      var records = element(doc, 'ul', 'search-records');
      item.links.forEach(function (link) {
        var r = element(doc, 'li');
        var a = element(doc, 'a', 'search-record', titles[link.dataset] || link.dataset);
        a.setAttribute('href', pageHref(root, link.dataset + '/' + link.id + '/index.html'));
        r.appendChild(a);
        records.appendChild(r);
      });
      li.appendChild(records);
      if (item.records > item.links.length) {
        li.appendChild(element(doc, 'p', 'search-more', '共 ' + item.records + ' 条记录，完整列表见主体页面。'));
      }
      list.appendChild(li);
    });
  }

  async function start(doc, win) {
    var container = doc.getElementById('search');
    if (!container) return;
    var status = doc.getElementById('search-status');
    var input = doc.getElementById('search-q');
    var text = new URLSearchParams(win.location.search).get('q') || '';
    if (input) input.value = text;
    function finish(message, state) {
      status.textContent = message;
      status.setAttribute('data-state', state);
    }
    if (text.trim() === '') { finish('请输入企业名称或统一社会信用代码。', 'empty'); return; }
    var searcher = new Searcher(container.getAttribute('data-index') || '', function (url) {
      return win.fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.text();
      });
    });
    finish('正在查询……', 'running');
    try {
      var outcome = await searcher.search(text);
      var titles = {};
      var entry = await searcher.get('index.json').then(JSON.parse).catch(function () { return { datasets: [] }; });
      (entry.datasets || []).forEach(function (d) { titles[d.name] = d.title; });
      if (outcome.query.key === '') { finish('请输入汉字、字母或数字。', 'empty'); return; }
      show(doc, container, outcome, titles);
      status.setAttribute('data-files', searcher.files.join(' '));
      if (outcome.results.length === 0 && outcome.more) finish('匹配的名称太多，未能列出结果，请输入更完整的名称或代码。', 'done');
      else if (outcome.results.length === 0) finish('未找到与“' + text + '”相关的企业或记录。', 'done');
      else finish('找到 ' + outcome.results.length + (outcome.more ? '+' : '') + ' 个结果' +
        (outcome.more ? '（仅显示前 ' + outcome.results.length + ' 个，请输入更完整的名称或代码）' : '') + '。', 'done');
    } catch (e) {
      finish('查询索引无法读取（' + e.message + '）。请通过网站服务器访问本页，或按类别浏览。', 'error');
    }
  }

  var api = {
    PREFIX_LENGTHS: PREFIX_LENGTHS, normalise: normalise, key: key, keyPoints: keyPoints, segments: segments,
    query: query, hash: hash, decodeIds: decodeIds, intersect: intersect, Searcher: Searcher, start: start
  };
  global.CreditCitySearch = api;
  if (typeof document !== 'undefined' && typeof window !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { start(document, window); });
    else start(document, window);
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
