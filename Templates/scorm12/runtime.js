/*
 * coursec SCORM 1.2 runtime (packaged as scorm12-runtime.js).
 *
 * Plain ES5, no framework: SCOs run in LMS players, the platform's Android
 * app and old school browsers alike. The page itself (quiz.js) does all the
 * teaching and scoring; this script only listens to the page's events and
 * reports them to the LMS through the SCORM 1.2 run-time API:
 *
 *   coursec:page-viewed     {pageId}  → lesson completed, location kept
 *   coursec:quiz-load       ← the quiz's saved line (cmi.suspend_data) and
 *                             the result the LMS holds (score.raw, status)
 *   coursec:quiz-state      {state}   → cmi.suspend_data (answers kept)
 *   coursec:quiz-submitted  {quizId, mode, score, max, passed, passPercentage,
 *                            attempt, attempts, state, items}
 *                                     → interactions, score, passed/failed;
 *                                       refused past the attempts allowed
 *
 * A recorded result is never lowered: the score reported is the best of the
 * attempts, and a passed SCO stays passed.
 *
 * When no LMS is found (the package opened from disk or a plain web server)
 * nothing is reported and the page keeps working on its own.
 */
(function () {
  'use strict';

  var SUSPEND_DATA_LIMIT = 4096;   // SCORM 1.2 cmi.suspend_data (CMIString4096)
  var STRING255 = 255;             // CMIString255 / CMIIdentifier / CMIFeedback
  var MAX_PATTERNS = 10;           // correct_responses written per interaction
  // The SCORM 1.2 RTE's own search bound: an LMS API is never that deep, and
  // a bound keeps a hostile or looping frame tree from hanging the page.
  var MAX_FRAME_DEPTH = 500;

  var state = {
    api: null,
    mode: 'standalone',
    finished: false,
    start: new Date().getTime(),
    location: '',
    entry: '',
    status: '',
    masteryScore: null,
    interactionsSupported: false,
    isQuiz: false,
    /** The quiz's saved line, as read at launch and then as last written. */
    suspendData: '',
    /** The result the LMS holds: {score, passed} or null. */
    recorded: null,
    /** Attempts used before this launch, plus those submitted in it. */
    attemptsUsed: 0
  };

  // --- Finding the API (SCORM 1.2 RTE, "LMS API discovery") --------------

  /** Walks up `win`'s parents looking for `API`; null when not found. */
  function findAPIInParents(win) {
    var depth = 0;
    try {
      while (win && !hasAPI(win) && win.parent && win.parent !== win) {
        depth += 1;
        if (depth > MAX_FRAME_DEPTH) { return null; }
        win = win.parent;
      }
      return hasAPI(win) ? win.API : null;
    } catch (e) {
      // A parent from another origin throws on access: no API up there.
      return null;
    }
  }

  function hasAPI(win) {
    try {
      return win.API !== null && typeof win.API === 'object' &&
        typeof win.API.LMSInitialize === 'function';
    } catch (e) {
      return false;
    }
  }

  function findAPI() {
    var api = findAPIInParents(window);
    if (!api) {
      try {
        if (window.opener && !window.opener.closed) { api = findAPIInParents(window.opener); }
      } catch (e) {
        api = null;
      }
    }
    return api;
  }

  // --- Calls, each checked with LMSGetLastError ---------------------------

  function lastError(what) {
    var code = String(state.api.LMSGetLastError());
    if (code !== '0' && code !== '') {
      var text = '';
      try { text = String(state.api.LMSGetErrorString(code)); } catch (e) { text = ''; }
      if (window.console && console.warn) { console.warn('SCORM ' + what + ': error ' + code + ' ' + text); }
    }
    return code;
  }

  /** LMSGetValue; `fallback` when the LMS reports an error. */
  function get(element, fallback) {
    var value = String(state.api.LMSGetValue(element));
    return lastError('LMSGetValue(' + element + ')') === '0' ? value : fallback;
  }

  /** LMSSetValue; returns whether the LMS accepted the value. */
  function set(element, value) {
    if (state.mode !== 'lms' || state.finished) { return false; }
    var ok = String(state.api.LMSSetValue(element, String(value))) === 'true';
    if (!ok) { lastError('LMSSetValue(' + element + ')'); }
    return ok;
  }

  function commit() {
    if (state.mode !== 'lms' || state.finished) { return false; }
    var ok = String(state.api.LMSCommit('')) === 'true';
    if (!ok) { lastError('LMSCommit'); }
    return ok;
  }

  // --- Formats -------------------------------------------------------------

  /** CMITimespan, HHHH:MM:SS.SS. */
  function timespan(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var hours = Math.min(9999, Math.floor(cs / 360000));
    var minutes = Math.floor(cs / 6000) % 60;
    var seconds = (cs % 6000) / 100;
    return pad(hours, 4) + ':' + pad(minutes, 2) + ':' + (seconds < 10 ? '0' : '') + seconds.toFixed(2);
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) { s = '0' + s; }
    return s;
  }

  /** CMIIdentifier: no white space or unprintable characters, ≤ 255. */
  function identifier(text) {
    return String(text).replace(/[^A-Za-z0-9_.\-]/g, '_').slice(0, STRING255);
  }

  function list(value) {
    if (value === undefined || value === null) { return []; }
    return Object.prototype.toString.call(value) === '[object Array]' ? value : [value];
  }

  /** One choice as a SCORM 1.2 choice character: option 0 → a, 1 → b, … */
  function choiceToken(value) {
    if (typeof value === 'number' || /^\d+$/.test(String(value))) {
      var n = Number(value);
      if (n < 26) { return String.fromCharCode(97 + n); }
      if (n < 36) { return String(n - 26); }
      return String(n);
    }
    var s = String(value).toLowerCase().replace(/[^a-z0-9]/g, '');
    return s === '' ? '_' : s;
  }

  /** A choice pattern from `"a,c"` (quiz.js's own format) or option indices. */
  function choicePattern(value) {
    var values = typeof value === 'string' ? value.split(',') : list(value);
    var tokens = [];
    for (var i = 0; i < values.length; i++) {
      if (String(values[i]).replace(/\s/g, '') !== '') { tokens.push(choiceToken(values[i])); }
    }
    tokens.sort();
    return tokens.join(',');
  }

  /** true-false: t or f. An option index counts the first option as true,
   *  the convention of the platform's own CSV (Choice 1 TRUE, Choice 2 FALSE). */
  function trueFalseToken(value) {
    var v = list(value)[0];
    if (v === true || v === 0) { return 't'; }
    if (v === false || v === 1) { return 'f'; }
    var s = String(v === undefined ? '' : v).toLowerCase();
    if (s === 't' || s === 'true' || s === 'v' || s === 'verdadero' || s === '0') { return 't'; }
    if (s === 'f' || s === 'false' || s === 'falso' || s === '1') { return 'f'; }
    return s.slice(0, 1);
  }

  /** fill-in: the learner's text; several blanks are separated by commas. */
  function fillInText(value) {
    return list(value).map(function (v) { return String(v); }).join(',').slice(0, STRING255);
  }

  /** correct_responses of a choice or true-false item: `correctResponses`
   *  is a list of patterns (quiz.js writes one), or one list of indices. */
  function patternsOf(correct, format) {
    var values = list(correct);
    var indices = values.length > 0 && values.every(function (v) { return typeof v === 'number'; });
    if (indices) { return [format(values)]; }
    return values.slice(0, MAX_PATTERNS).map(format);
  }

  /** correct_responses of a fill-in item: a list of whole patterns
   *  (`"4,10"`), or per blank the list of its accepted answers, expanded
   *  into at most MAX_PATTERNS combinations. */
  function fillInPatterns(correct) {
    var blanks = list(correct);
    var nested = blanks.length > 0 && blanks.every(function (b) { return list(b) === b; });
    if (!nested) {
      return blanks.slice(0, MAX_PATTERNS).map(function (p) { return String(p).slice(0, STRING255); });
    }
    var patterns = [''];
    for (var i = 0; i < blanks.length; i++) {
      var next = [];
      var answers = list(blanks[i]);
      for (var p = 0; p < patterns.length && next.length < MAX_PATTERNS; p++) {
        for (var a = 0; a < answers.length && next.length < MAX_PATTERNS; a++) {
          next.push(patterns[p] + (i > 0 ? ',' : '') + String(answers[a]));
        }
      }
      patterns = next.length ? next : patterns;
    }
    return patterns.map(function (p) { return p.slice(0, STRING255); });
  }

  function interactionType(type) {
    return type === 'true-false' || type === 'fill-in' ? type : 'choice';
  }

  // --- Reporting -------------------------------------------------------------

  function writeInteractions(detail) {
    if (!state.interactionsSupported) { return; }
    var count = parseInt(get('cmi.interactions._count', '0'), 10);
    var n = isNaN(count) ? 0 : count;
    var items = list(detail.items);
    for (var i = 0; i < items.length; i++, n++) {
      var item = items[i] || {};
      var type = interactionType(item.type);
      var prefix = 'cmi.interactions.' + n + '.';
      var response, patterns;
      if (type === 'true-false') {
        response = trueFalseToken(item.response);
        patterns = patternsOf(item.correctResponses, trueFalseToken);
      } else if (type === 'fill-in') {
        response = fillInText(item.response);
        patterns = fillInPatterns(item.correctResponses);
      } else {
        response = choicePattern(item.response);
        patterns = patternsOf(item.correctResponses, choicePattern);
      }
      // Every interaction starts with its id (SCORM 1.2 requires it first).
      if (!set(prefix + 'id', identifier((detail.quizId ? detail.quizId + '.' : '') + item.id))) { continue; }
      set(prefix + 'type', type);
      for (var p = 0; p < patterns.length; p++) {
        set(prefix + 'correct_responses.' + p + '.pattern', patterns[p]);
      }
      set(prefix + 'weighting', '1');
      // An unanswered question has no response to report (an empty
      // CMIFeedback is refused by some LMSs); its result says "wrong".
      if (response !== '') { set(prefix + 'student_response', response); }
      set(prefix + 'result', item.result === 'correct' ? 'correct' : 'wrong');
    }
  }

  /** A submission the LMS must not take: the attempts allowed are used. */
  function refuses(detail) {
    var allowed = Number(detail.attempts) || 0;
    return allowed > 0 && state.attemptsUsed >= allowed;
  }

  function onQuizSubmitted(event) {
    var detail = (event && event.detail) || {};
    if (state.mode !== 'lms' || state.finished) { return; }
    if (refuses(detail)) {
      detail.refused = true;
      if (window.console && console.warn) { console.warn('SCORM: no attempt left; the submission is not reported'); }
      return;
    }
    var score = Math.max(0, Math.min(100, Math.round((Number(detail.score) || 0) * 100) / 100));
    // Never lower what the LMS holds: the best attempt counts.
    var best = state.recorded ? Math.max(state.recorded.score, score) : score;
    // The LMS's mastery score (from adlcp:masteryscore) wins over the page's,
    // so the SCO and the LMS never disagree on passed/failed.
    var mastery = state.masteryScore !== null ? state.masteryScore : Number(detail.passPercentage);
    var passed = isNaN(mastery) ? !!detail.passed : best >= mastery;
    if (state.recorded && state.recorded.passed) { passed = true; }
    writeInteractions(detail);
    set('cmi.core.score.raw', String(best));
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
    if (typeof detail.state === 'string') { setSuspendData(detail.state); }
    state.recorded = { score: best, passed: passed };
    state.status = passed ? 'passed' : 'failed';
    state.attemptsUsed = Math.max(state.attemptsUsed + 1, Number(detail.attempt) || 0);
    commit();
  }

  /** cmi.suspend_data, written only when it changed. */
  function setSuspendData(text) {
    if (text === state.suspendData) { return false; }
    if (set('cmi.suspend_data', text)) { state.suspendData = text; }
    return true;
  }

  function onQuizLoad(event) {
    var detail = (event && event.detail) || {};
    if (state.mode !== 'lms') { return; }
    if (state.suspendData !== '') { detail.state = state.suspendData; }
    if (state.recorded) {
      detail.recorded = { score: state.recorded.score, passed: state.recorded.passed,
                          attempts: Math.max(1, state.attemptsUsed) };
    }
  }

  /** Answers as they are given; committed when an answer is chosen or an
   *  attempt starts, not at each keystroke. */
  function onQuizState(event) {
    var detail = (event && event.detail) || {};
    if (state.mode !== 'lms' || state.finished || typeof detail.state !== 'string') { return; }
    if (setSuspendData(detail.state) && detail.reason !== 'input') { commit(); }
  }

  function onPageViewed(event) {
    var detail = (event && event.detail) || {};
    if (state.mode !== 'lms' || state.finished) { return; }
    var location = identifier(detail.pageId || 'page');
    if (state.status !== 'completed' && state.status !== 'passed') {
      set('cmi.core.lesson_status', 'completed');
      state.status = 'completed';
    }
    set('cmi.core.lesson_location', location);
    state.location = location;
    commit();
    resumePosition();
  }

  /** On a resumed lesson, scroll back to the heading the learner had reached
   *  (kept as `pageId#heading` in cmi.core.lesson_location). */
  function resumePosition() {
    var hash = state.resumeLocation ? state.resumeLocation.split('#')[1] : '';
    state.resumeLocation = '';
    if (!hash) { return; }
    var target = document.getElementById(hash);
    if (target && target.scrollIntoView) { target.scrollIntoView(); }
  }

  /** The last heading above the top of the window, for lesson_location. */
  function currentHeading() {
    var headings = document.querySelectorAll('h2[id], h3[id]');
    var found = '';
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top <= 1) { found = headings[i].id; }
    }
    return found;
  }

  function finish() {
    if (state.mode !== 'lms' || state.finished) { return; }
    if (state.location) {
      var heading = currentHeading();
      var location = (state.location.split('#')[0] + (heading ? '#' + heading : '')).slice(0, STRING255);
      if (location !== state.location) { set('cmi.core.lesson_location', location); }
    }
    // Always suspended: the next launch resumes with the location and
    // cmi.suspend_data (a quiz's answers, attempts and result), also on an
    // LMS that starts afresh after a normal exit.
    set('cmi.core.exit', 'suspend');
    set('cmi.core.session_time', timespan(new Date().getTime() - state.start));
    var ok = String(state.api.LMSFinish('')) === 'true';
    if (!ok) { lastError('LMSFinish'); }
    state.finished = true;
  }

  // --- Start -----------------------------------------------------------------

  /** A quiz's saved line and the result the LMS holds. A passed or failed
   *  status with a score means at least one attempt was submitted, even if
   *  the LMS lost the suspend data. */
  function readQuizData() {
    state.suspendData = get('cmi.suspend_data', '');
    var raw = get('cmi.core.score.raw', '');
    var submitted = state.status === 'passed' || state.status === 'failed';
    if (submitted && raw !== '' && !isNaN(Number(raw))) {
      state.recorded = { score: Number(raw), passed: state.status === 'passed' };
    }
    var codec = window.coursecQuizState;
    var saved = codec ? codec.attemptsIn(state.suspendData) : 0;
    state.attemptsUsed = Math.max(saved, state.recorded ? 1 : 0);
  }

  function start() {
    state.api = findAPI();
    if (state.api) {
      var ok = String(state.api.LMSInitialize('')) === 'true';
      if (ok) {
        state.mode = 'lms';
      } else {
        lastError('LMSInitialize');
      }
    }
    document.documentElement.setAttribute('data-scorm', state.mode);
    if (state.mode !== 'lms') { return; }

    state.status = get('cmi.core.lesson_status', '');
    state.entry = get('cmi.core.entry', '');
    if (state.entry === 'resume') { state.resumeLocation = get('cmi.core.lesson_location', ''); }
    var mastery = get('cmi.student_data.mastery_score', '');
    state.masteryScore = mastery === '' || isNaN(Number(mastery)) ? null : Number(mastery);
    // _count answers only when the LMS implements interactions (else 401).
    state.interactionsSupported = get('cmi.interactions._count', null) !== null;
    state.isQuiz = document.body && document.body.getAttribute('data-page-kind') === 'quiz';
    if (state.isQuiz) { readQuizData(); }
    if (state.status === 'not attempted' || state.status === '') {
      set('cmi.core.lesson_status', 'incomplete');
      state.status = 'incomplete';
    }
  }

  start();
  document.addEventListener('coursec:page-viewed', onPageViewed);
  document.addEventListener('coursec:quiz-submitted', onQuizSubmitted);
  document.addEventListener('coursec:quiz-load', onQuizLoad);
  document.addEventListener('coursec:quiz-state', onQuizState);
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);

  // For tests and for pages that want to show the LMS connection.
  window.coursecSCORM = {
    mode: function () { return state.mode; },
    finish: finish,
    timespan: timespan,
    choicePattern: choicePattern,
    fillInPatterns: fillInPatterns
  };
}());
