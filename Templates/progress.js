/* Offline course: keeps the learner's progress in localStorage (per browser,
   per course; nothing leaves the device).
   - Lessons are marked viewed on `coursec:page-viewed`.
   - Quizzes keep their state (quiz.js's line: attempts, answers, scores) on
     `coursec:quiz-state` and give it back on `coursec:quiz-load`, so a reload,
     a new window or the next day shows the answers and the result; a
     submission beyond the attempts allowed is refused.
   - Every submitted attempt is kept, as the SCORM runtime keeps its
     interactions: the responses per item in SCORM 1.2's formats, with the
     attempt's number, time and the course version, for "Descargar mis
     resultados" (results.js); see `journal` below.
   - The course index shows each activity's status (passed, failed, in
     progress, not started: in words and with a symbol, not by colour alone)
     and counts completed activities over all of them, the platform's
     progress rate: a lesson counts once viewed, a quiz once submitted.
   `window.coursecProgress` gives results.js the journals and the learner's
   code. */
(function () {
  'use strict';
  var courseId = document.body.getAttribute('data-course-id') || 'curso';
  var courseVersion = document.body.getAttribute('data-course-version') || '';
  var prefix = 'coursec:' + courseId + ':';
  function store() {
    try { var s = window.localStorage; s.getItem(prefix); return s; } catch (e) { return null; }
  }
  function read(name) {
    var s = store();
    if (!s) { return null; }
    try { return JSON.parse(s.getItem(prefix + name)); } catch (e) { return null; }
  }
  function write(name, value) {
    var s = store();
    if (!s) { return; }
    try { s.setItem(prefix + name, JSON.stringify(value)); } catch (e) { /* storage full or blocked */ }
  }
  function quizName(detail) { return 'quiz:' + detail.quizId + ':' + detail.mode; }

  document.addEventListener('coursec:page-viewed', function (event) {
    write('lesson:' + event.detail.pageId, { viewed: true });
  });

  document.addEventListener('coursec:quiz-load', function (event) {
    var d = event.detail, saved = read(quizName(d));
    if (!saved) { return; }
    if (typeof saved.state === 'string') { d.state = saved.state; }
    if (typeof saved.best === 'number' && saved.attempts > 0) {
      d.recorded = { score: saved.best, passed: !!saved.passed, attempts: saved.attempts };
    }
  });

  /** The journal of a quiz's submitted attempts, under
   *  `coursec:<course>:responses:<quiz>:<mode>`: {quiz, mode, items: [ids],
   *  attempts: [{n, at, v, r}]}: the attempt's number, its time (UTC, to the
   *  second), the course version and the responses in the order of `items`,
   *  as the SCORM runtime writes student_response (choice letters `a,c`,
   *  `t`/`f`, the text of the blanks joined by commas, at most 255
   *  characters; empty when unanswered). An attempt given to other items (a
   *  new version of the quiz) carries its own `items`. */
  function journal(d) {
    var name = 'responses:' + d.quizId + ':' + d.mode;
    var kept = read(name);
    if (!kept || !(kept.attempts instanceof Array)) { kept = { quiz: d.quizId, mode: d.mode, attempts: [] }; }
    var items = d.items || [];
    var ids = items.map(function (item) { return String(item.id); });
    var entry = {
      n: d.attempt, at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), v: courseVersion,
      r: items.map(function (item) {
        var response = String(item.response == null ? '' : item.response);
        return item.type === 'fill-in' ? response.slice(0, 255) : response;
      })
    };
    if (!(kept.items instanceof Array)) {
      kept.items = ids;
    } else if (kept.items.join('\n') !== ids.join('\n')) {
      entry.items = ids;
    }
    kept.attempts.push(entry);
    write(name, kept);
  }

  document.addEventListener('coursec:quiz-submitted', function (event) {
    var d = event.detail, saved = read(quizName(d));
    // Another window may have used the last attempt since this page loaded.
    if (saved && d.attempts > 0 && (saved.attempts || 0) >= d.attempts) { d.refused = true; }
    if (!d.refused) { journal(d); }
  });

  document.addEventListener('coursec:quiz-state', function (event) {
    var d = event.detail, s = d.summary || {};
    var old = read(quizName(d)) || {};
    // A window left open from before an attempt never writes over it.
    if ((old.attempts || 0) > (s.attempts || 0)) { return; }
    var best = Math.max(typeof s.best === 'number' ? s.best : -1, typeof old.best === 'number' ? old.best : -1);
    write(quizName(d), {
      state: d.state, status: s.status, attempts: Math.max(s.attempts || 0, old.attempts || 0),
      score: s.score, best: best < 0 ? null : best, passed: !!s.passed || !!old.passed,
      answered: s.answered, total: s.total
    });
  });

  window.coursecProgress = {
    courseId: courseId,
    version: courseVersion,
    /** Every quiz's journal (see `journal`), in no particular order. */
    journals: function () {
      var s = store(), found = [], start = prefix + 'responses:';
      if (!s) { return found; }
      for (var i = 0; i < s.length; i++) {
        var key = s.key(i);
        if (key && key.indexOf(start) === 0) {
          var value = read(key.slice(prefix.length));
          if (value && value.attempts instanceof Array) { found.push(value); }
        }
      }
      return found;
    },
    /** The code the learner gave for the results file ('' before any). */
    learnerCode: function () {
      var code = read('learner');
      return typeof code === 'string' ? code : '';
    },
    setLearnerCode: function (code) { write('learner', String(code)); }
  };

  /** `passed`, `failed`, `in-progress`, `not-started` or, for lessons, `viewed`. */
  function statusOf(id, state) {
    if (!state) { return 'not-started'; }
    if (id.indexOf('lesson:') === 0) { return state.viewed ? 'viewed' : 'not-started'; }
    if (state.attempts > 0) { return state.passed ? 'passed' : 'failed'; }
    return state.answered > 0 ? 'in-progress' : 'not-started';
  }

  function label(status, state) {
    switch (status) {
      case 'viewed': return '✓ Vista';
      case 'passed': return '✓ Aprobada · ' + state.best + ' de 100';
      case 'failed': return '✗ No aprobada · ' + state.best + ' de 100';
      case 'in-progress': return '◐ En curso · ' + state.answered + ' de ' + state.total + ' respondidas';
      default: return '○ Sin empezar';
    }
  }

  function showOnIndex() {
    var entries = document.querySelectorAll('[data-progress-id]');
    if (!entries.length) { return; }
    var done = 0;
    for (var i = 0; i < entries.length; i++) {
      var id = entries[i].getAttribute('data-progress-id');
      var state = read(id);
      var status = statusOf(id, state);
      if (status === 'viewed' || status === 'passed' || status === 'failed') { done += 1; }
      entries[i].setAttribute('data-status', status);
      var node = entries[i].querySelector('[data-progress]');
      if (node) { node.textContent = label(status, state); }
    }
    var summary = document.getElementById('coursec-progress');
    if (summary) {
      summary.textContent = 'Has completado ' + done + ' de ' + entries.length + ' actividades (' +
        Math.round(100 * done / entries.length) + ' %).';
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showOnIndex);
  } else {
    showOnIndex();
  }
})();
