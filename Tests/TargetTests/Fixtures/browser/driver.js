/*
 * Runs `window.SCENARIO` (written by a test) against built pages, one step
 * after the other, as a learner would: open a page in a frame, choose
 * answers, press buttons (only if a learner could: visible and enabled),
 * leave, come back. With an LMS (`SCENARIO.lms`), each `launch` starts a new
 * session of the strict SCORM 1.2 API (lms.js) as `window.API`, which the
 * SCO finds in its parent window.
 *
 * Steps ({do: …}):
 *   launch   {frame, page, sco?, settings?}  open a page (a new LMS session for `sco`)
 *   exit     {frame}                         leave the page (about:blank: pagehide, LMSFinish)
 *   reload   {frame}                         reload the page
 *   answer   {frame, item, choose: [i…]}     tick options (by index) of question `item`
 *   fill     {frame, item, blanks: [text…]}  type into the blanks of question `item`
 *   click    {frame, selector}               press a button, if a learner could
 *   submitForm {frame}                       submit the quiz form without its button
 *   snapshot {frame, name}                   what the page shows (see pageState)
 *   measure  {frame, name}                   layout on a phone (see layout)
 *   lms      {name}                          the LMS's committed records
 *   storage  {name}                          the site's localStorage (keys `coursec:…`)
 *   api      {name, sco, settings, calls: [[method, args…]…]}  call a fresh API session
 *                                           directly: [result, LMSGetLastError] per call
 * Report (base64 JSON on <html data-report>): {snapshots, results, errors
 * (LMS calls that failed), failures (steps the driver could not do)}.
 */
(function () {
  'use strict';
  var scenario = window.SCENARIO || { steps: [] };
  var lms = scenario.lms ? new window.StrictSCORM12LMS(scenario.lms) : null;
  var report = { snapshots: {}, results: [], errors: [], failures: [] };
  var frames = {};

  function frame(name) {
    var id = name || 'a';
    if (!frames[id]) {
      var node = document.createElement('iframe');
      node.id = 'frame-' + id;
      node.style.width = (scenario.width || 360) + 'px';
      node.style.height = (scenario.height || 740) + 'px';
      document.body.appendChild(node);
      frames[id] = node;
    }
    return frames[id];
  }

  /** Calls `done` once the frame has loaded and its fonts are ready. */
  function whenLoaded(node, done) {
    node.onload = function () {
      node.onload = null;
      var doc = node.contentDocument;
      var fonts = doc && doc.fonts ? doc.fonts.ready : Promise.resolve();
      fonts.then(function () { setTimeout(done, 30); }, function () { setTimeout(done, 30); });
    };
  }

  function documentOf(step) {
    var node = frame(step.frame);
    return { doc: node.contentDocument, win: node.contentWindow };
  }

  function visible(el) {
    if (!el || !el.ownerDocument) { return false; }
    var style = el.ownerDocument.defaultView.getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  }

  function fire(el, type) { el.dispatchEvent(new Event(type, { bubbles: true })); }

  function itemNode(doc, item) {
    return doc.querySelector('.quiz-item[data-item-id="' + item + '"]');
  }

  /** What a learner sees on a quiz page or the course index. */
  function pageState(doc) {
    var html = doc.documentElement;
    var state = { page: doc.location.pathname.split('/').slice(-2).join('/'), scorm: html.getAttribute('data-scorm') };
    var form = doc.getElementById('coursec-quiz-form');
    if (form) {
      var status = doc.getElementById('coursec-quiz-status');
      var score = doc.getElementById('coursec-score');
      var attempts = doc.getElementById('coursec-attempts');
      state.quizState = form.getAttribute('data-quiz-state');
      state.status = status ? status.getAttribute('data-status') : null;
      state.statusText = status ? status.textContent : null;
      state.scoreText = score ? score.textContent : null;
      state.score = score ? score.getAttribute('data-score') : null;
      state.passed = score ? score.getAttribute('data-passed') : null;
      state.attemptsText = attempts ? attempts.textContent : null;
      state.buttons = [].filter.call(form.querySelectorAll('button'), visible).map(function (b) {
        return { text: b.textContent, className: b.className, enabled: !b.disabled };
      });
      state.answers = {};
      state.enabledInputs = 0;
      [].forEach.call(form.querySelectorAll('.quiz-item'), function (li) {
        var inputs = li.querySelectorAll('input');
        var values = [];
        [].forEach.call(inputs, function (input, i) {
          if (!input.disabled) { state.enabledInputs += 1; }
          if (input.type === 'text') { values.push(input.value); } else if (input.checked) { values.push(Number(input.value)); }
        });
        state.answers[li.getAttribute('data-item-id')] = values;
      });
    }
    var entries = doc.querySelectorAll('[data-progress-id]');
    if (entries.length) {
      state.entries = [].map.call(entries, function (e) {
        var label = e.querySelector('[data-progress]');
        return { id: e.getAttribute('data-progress-id'), status: e.getAttribute('data-status'),
                 text: label ? label.textContent : '' };
      });
      var summary = doc.getElementById('coursec-progress');
      state.progressText = summary ? summary.textContent : null;
    }
    return state;
  }

  var TAP_TARGETS = 'button, .button, input[type="text"], label.option, .page-nav a, .outline-item > a, ' +
    '.site-title, .resource-link, .lesson-media figcaption a';

  /** The character just before (`step` -1) or after (+1) `el` in the text, as a
   *  Range, when it is not white space (it then belongs with the formula). */
  function touching(doc, el, step) {
    var node = el;
    while (node && !(step < 0 ? node.previousSibling : node.nextSibling)) {
      node = node.parentNode;
      if (!node || /^(P|LI|TD|TH|DIV|LABEL|BODY)$/.test(node.tagName)) { return null; }
    }
    if (!node) { return null; }
    node = step < 0 ? node.previousSibling : node.nextSibling;
    while (node && node.nodeType === 1) { node = step < 0 ? node.lastChild : node.firstChild; }
    if (!node || node.nodeType !== 3 || node.data.length === 0) { return null; }
    var at = step < 0 ? node.data.length - 1 : 0;
    if (/\s/.test(node.data.charAt(at))) { return null; }
    var range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range;
  }

  /** Text a reader sees that is still TeX: a command (`\ce{`, `\frac`), `$$`,
   *  or `$…$` holding ^, _, braces or a backslash. Text inside typeset math,
   *  scripts, styles and code is not read. */
  function rawTeX(doc) {
    var found = [];
    var pattern = /\\[A-Za-z]+|\$\$|\$[^$\n]*[\\^_{}][^$\n]*\$/;
    var walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentNode;
      if (parent.closest('script, style, code, pre, .katex, math, annotation')) { continue; }
      var match = pattern.exec(node.data);
      if (match) { found.push(node.data.substr(Math.max(0, match.index - 20), 60)); }
    }
    return found;
  }

  /** On a phone: the page's width, formulas split across lines or from the
   *  characters touching them, small tap targets; and the TeX left untypeset
   *  (raw, or refused by KaTeX). */
  function layout(doc, win) {
    var split = [];
    [].forEach.call(doc.querySelectorAll('.katex, math'), function (el) {
      if (el.closest('.katex-mathml')) { return; }  // KaTeX's copy for screen readers, not shown
      var rects = el.getClientRects();
      if (rects.length !== 1) { split.push({ text: el.textContent.slice(0, 60), lines: rects.length }); return; }
      if (el.tagName.toLowerCase() === 'math' && el.getAttribute('display') === 'block') { return; }
      if (el.closest('.katex-display')) { return; }
      var box = rects[0];
      [-1, 1].forEach(function (step) {
        var range = touching(doc, el.closest('.math-inline') || el, step);
        if (!range) { return; }
        var r = range.getBoundingClientRect();
        if (r.bottom <= box.top || r.top >= box.bottom) {
          split.push({ text: (step < 0 ? range.toString() + ' | ' : '') + el.textContent.slice(0, 40) +
                       (step > 0 ? ' | ' + range.toString() : ''), lines: 2 });
        }
      });
    });
    var small = [];
    [].forEach.call(doc.querySelectorAll(TAP_TARGETS), function (el) {
      if (!visible(el)) { return; }
      var r = el.getBoundingClientRect();
      if (r.height < 44 || r.width < 44) {
        small.push({ tag: el.tagName.toLowerCase(), className: el.className, text: (el.textContent || '').trim().slice(0, 40),
                     width: Math.round(r.width), height: Math.round(r.height) });
      }
    });
    return { scrollWidth: doc.documentElement.scrollWidth, innerWidth: win.innerWidth,
             formulas: doc.querySelectorAll('.katex, math').length, splitFormulas: split, smallTargets: small,
             rawTeX: rawTeX(doc),
             katexErrors: [].map.call(doc.querySelectorAll('.katex-error'), function (e) { return e.textContent.slice(0, 60); }) };
  }

  function storage() {
    var result = {};
    for (var i = 0; i < window.localStorage.length; i++) {
      var k = window.localStorage.key(i);
      if (k.indexOf('coursec:') === 0) { result[k] = window.localStorage.getItem(k); }
    }
    return result;
  }

  var actions = {
    launch: function (step, next) {
      var node = frame(step.frame);
      if (lms && step.sco) { window.API = lms.launch(step.sco, step.settings || {}); }
      whenLoaded(node, next);
      node.src = step.page;
    },
    exit: function (step, next) {
      var node = frame(step.frame);
      whenLoaded(node, next);
      node.src = 'about:blank';
    },
    reload: function (step, next) {
      var node = frame(step.frame);
      whenLoaded(node, next);
      node.contentWindow.location.reload();
    },
    answer: function (step, next) {
      var doc = documentOf(step).doc;
      var li = itemNode(doc, step.item);
      if (!li) { report.failures.push('no question ' + step.item); return next(); }
      var inputs = li.querySelectorAll('input[type="radio"], input[type="checkbox"]');
      [].forEach.call(inputs, function (input, i) {
        var wanted = step.choose.indexOf(i) !== -1;
        if (input.disabled) { return; }
        if (input.checked !== wanted && (wanted || input.type === 'checkbox')) { input.click(); }
      });
      next();
    },
    fill: function (step, next) {
      var doc = documentOf(step).doc;
      var li = itemNode(doc, step.item);
      if (!li) { report.failures.push('no question ' + step.item); return next(); }
      [].forEach.call(li.querySelectorAll('input[type="text"]'), function (input, i) {
        if (input.disabled) { return; }
        input.focus();
        input.value = step.blanks[i] || '';
        fire(input, 'input');
        fire(input, 'change');
      });
      next();
    },
    click: function (step, next) {
      var doc = documentOf(step).doc;
      var el = doc.querySelector(step.selector);
      var can = visible(el) && !el.disabled;
      report.results.push({ step: step.name || ('click ' + step.selector), clicked: can });
      if (can) { el.click(); }
      setTimeout(next, 30);
    },
    submitForm: function (step, next) {
      var form = documentOf(step).doc.getElementById('coursec-quiz-form');
      if (form) { form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); }
      setTimeout(next, 30);
    },
    snapshot: function (step, next) {
      var d = documentOf(step);
      report.snapshots[step.name] = pageState(d.doc);
      next();
    },
    measure: function (step, next) {
      var d = documentOf(step);
      var result = layout(d.doc, d.win);
      result.page = step.page || d.doc.location.pathname;
      report.results.push(result);
      next();
    },
    lms: function (step, next) {
      report.snapshots[step.name] = lms ? JSON.parse(JSON.stringify(lms.records)) : null;
      next();
    },
    storage: function (step, next) {
      report.snapshots[step.name] = storage();
      next();
    },
    api: function (step, next) {
      var api = lms.launch(step.sco, step.settings || {});
      report.snapshots[step.name] = step.calls.map(function (call) {
        var result = api[call[0]].apply(api, call.slice(1));
        return [String(result), String(api.LMSGetLastError())];
      });
      next();
    }
  };

  function finish() {
    if (lms) { report.errors = lms.errors; }
    var json = JSON.stringify(report);
    document.documentElement.setAttribute('data-report', btoa(unescape(encodeURIComponent(json))));
  }

  function run(index) {
    if (index >= scenario.steps.length) { return finish(); }
    var step = scenario.steps[index];
    var action = actions[step.do];
    if (!action) {
      report.failures.push('unknown step ' + step.do);
      return run(index + 1);
    }
    try {
      action(step, function () { run(index + 1); });
    } catch (e) {
      report.failures.push('step ' + index + ' (' + step.do + '): ' + e);
      run(index + 1);
    }
  }

  window.addEventListener('load', function () { run(0); });
}());
