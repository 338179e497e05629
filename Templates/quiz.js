/* Scores a coursec quiz page in the browser. Plain ES5, no network.
   Reads the answer key from <script type="application/json" id="coursec-quiz">
   (format in docs/outputs.md), scores every item with equal weight on 0-100
   and shows the score. The page is drawn from one state (attempts used,
   answers, last and best score), never from attributes that a stylesheet
   could override: the buttons a learner can press exist only while the
   state allows them, and every action checks the state again.

   Runtimes keep the state (offline site: localStorage; SCORM:
   cmi.suspend_data) through events on `document`:
     coursec:quiz-load       detail {quizId, mode, attempts, fingerprint,
                             state: null, recorded: null}: a runtime sets
                             `state` (the saved text) and `recorded`
                             ({score, passed, attempts}: a result kept
                             elsewhere, e.g. the LMS's score and status).
     coursec:quiz-state      detail {quizId, mode, state, reason, summary}:
                             the state to save ('input', 'answer', 'retry',
                             'submit').
     coursec:quiz-submitted  detail {quizId, mode, score, ..., items}: a
                             runtime may set `refused` (no attempt left).
   The state is one compact line (QuizState below), at most 4,096
   characters: SCORM 1.2's cmi.suspend_data is the smallest store.
   Right answers and per-item results are shown only when the key says
   `showAnswers: true` (off in the programme).
   `?coursec-autotest=answers` (or `=empty`) answers and submits by itself and
   writes the score into the DOM: used by the end-to-end browser tests. */
(function () {
  'use strict';
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';

  // --- The saved state: one line --------------------------------------------

  /** `1;<attempts used>;<p|s>;<last score>;<best score>;<fingerprint>;<answers>`
   *  p: the answers are the attempt in progress; s: they are the last
   *  submitted attempt, whose result is showing. Answers are per item,
   *  joined by `|`: chosen options as letters (`ac`), blanks joined by `~`
   *  with `%`, `|`, `~` percent-escaped; an unanswered item is empty. */
  var QuizState = {
    VERSION: '1',
    LIMIT: 4096,
    CODES: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',

    /** Items' ids and types, hashed (FNV-1a), with their count: a state
     *  saved for another version of the quiz is not restored into this one. */
    fingerprint: function (items) {
      var text = items.map(function (item) {
        return item.id + ':' + item.type + ':' + (item.blanks ? item.blanks.length : '');
      }).join(',');
      var hash = 0x811c9dc5;
      for (var i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = (hash + ((hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24))) >>> 0;
      }
      return items.length + '.' + hash.toString(36);
    },

    escape: function (text) {
      return String(text).replace(/[%|~]/g, function (c) { return c === '%' ? '%25' : c === '|' ? '%7C' : '%7E'; });
    },

    unescape: function (text) {
      return String(text).replace(/%(25|7C|7E)/gi, function (m, hex) {
        return hex === '25' ? '%' : hex.toUpperCase() === '7C' ? '|' : '~';
      });
    },

    /** The line for `state`; blanks are shortened (longest first) only if
     *  the whole would not fit in LIMIT characters. */
    encode: function (state, items) {
      var self = this;
      function line(cap) {
        var answers = items.map(function (item, n) {
          var answer = state.answers[n] || [];
          if (item.type === 'fill-in') {
            var blanks = answer.map(function (text) { return self.escape(String(text).slice(0, cap)); });
            return blanks.join('') === '' ? '' : blanks.join('~');
          }
          return answer.map(function (i) { return self.CODES.charAt(i); }).join('');
        });
        return [self.VERSION, state.attempts, state.phase, number(state.last), number(state.best),
                self.fingerprint(items), answers.join('|')].join(';');
      }
      var text = line(Infinity);
      if (text.length <= this.LIMIT) { return text; }
      var low = 0, high = 4096;
      while (low < high) {
        var mid = Math.ceil((low + high) / 2);
        if (line(mid).length <= this.LIMIT) { low = mid; } else { high = mid - 1; }
      }
      return line(low).slice(0, this.LIMIT);
    },

    /** The state in `text`, or null when it is not a state of these items. */
    decode: function (text, items) {
      if (typeof text !== 'string') { return null; }
      var parts = text.split(';');
      if (parts.length < 7 || parts[0] !== this.VERSION || parts[5] !== this.fingerprint(items)) { return null; }
      var attempts = parseInt(parts[1], 10);
      if (isNaN(attempts) || attempts < 0 || (parts[2] !== 'p' && parts[2] !== 's')) { return null; }
      var fields = parts.slice(6).join(';').split('|');
      var self = this;
      var answers = items.map(function (item, n) {
        var field = fields[n] || '';
        if (item.type === 'fill-in') {
          var blanks = field === '' ? [] : field.split('~').map(function (b) { return self.unescape(b); });
          return item.blanks.map(function (b, i) { return blanks[i] || ''; });
        }
        var chosen = [];
        for (var i = 0; i < field.length; i++) {
          var index = self.CODES.indexOf(field.charAt(i));
          if (index >= 0) { chosen.push(index); }
        }
        return chosen;
      });
      return { attempts: attempts, phase: parts[2], last: score(parts[3]), best: score(parts[4]), answers: answers };
    },

    /** Attempts used, from the line alone (for a runtime's own checks). */
    attemptsIn: function (text) {
      var parts = typeof text === 'string' ? text.split(';') : [];
      var n = parts[0] === this.VERSION ? parseInt(parts[1], 10) : NaN;
      return isNaN(n) ? 0 : n;
    }
  };

  function number(value) { return value === null || value === undefined ? '' : String(value); }
  function score(text) {
    if (text === '' || text === undefined) { return null; }
    var n = Number(text);
    return isNaN(n) ? null : n;
  }

  window.coursecQuizState = QuizState;

  var keyNode = document.getElementById('coursec-quiz');
  var form = document.getElementById('coursec-quiz-form');
  if (!keyNode || !form) { return; }
  var key = JSON.parse(keyNode.textContent);
  var scoreNode = document.getElementById('coursec-score');
  var statusNode = document.getElementById('coursec-quiz-status');
  var attemptsNode = document.getElementById('coursec-attempts');
  var actions = form.querySelector('.quiz-actions');
  var submitButton = form.querySelector('.quiz-submit');
  var fingerprint = QuizState.fingerprint(key.items);

  /** attempts: submitted so far; phase: 'p' answering, 's' showing the last
   *  result; last, best: scores (null before any); answers: per item. */
  var state = { attempts: 0, phase: 'p', last: null, best: null, answers: emptyAnswers() };
  /** A result kept by the runtime (the LMS's), which wins over `best`. */
  var recorded = null;
  var ready = false;

  function emptyAnswers() {
    return key.items.map(function (item) {
      return item.type === 'fill-in' ? item.blanks.map(function () { return ''; }) : [];
    });
  }

  function closed() { return key.attempts > 0 && state.attempts >= key.attempts; }
  function canSubmit() { return ready && state.phase === 'p' && !closed(); }
  function canRetry() { return ready && state.phase === 's' && !closed(); }
  function bestScore() { return recorded && recorded.score !== null ? recorded.score : state.best; }
  function passedOverall() {
    if (recorded && typeof recorded.passed === 'boolean') { return recorded.passed; }
    return state.best !== null && state.best >= key.passPercentage;
  }
  function answeredCount(answers) {
    return answers.filter(function (a) { return a.join('') !== ''; }).length;
  }
  function status() {
    if (state.attempts > 0 || bestScore() !== null) { return passedOverall() ? 'passed' : 'failed'; }
    return answeredCount(state.answers) > 0 ? 'in-progress' : 'not-started';
  }

  // --- Answers in the form ----------------------------------------------------

  function inputsOf(item) {
    return form.querySelectorAll('input[name="' + item.domId + '"]');
  }
  function blankInput(item, i) {
    return form.querySelector('input[name="' + item.domId + '-b' + i + '"]');
  }

  /** The answers the form holds now. */
  function collect() {
    return key.items.map(function (item) {
      if (item.type === 'fill-in') {
        return item.blanks.map(function (blank, i) {
          var input = blankInput(item, i);
          return input ? input.value : '';
        });
      }
      var inputs = inputsOf(item), chosen = [];
      for (var i = 0; i < inputs.length; i++) { if (inputs[i].checked) { chosen.push(Number(inputs[i].value)); } }
      return chosen;
    });
  }

  function fill(answers) {
    key.items.forEach(function (item, n) {
      var answer = answers[n] || [];
      if (item.type === 'fill-in') {
        item.blanks.forEach(function (blank, i) {
          var input = blankInput(item, i);
          if (input) { input.value = answer[i] || ''; }
        });
        return;
      }
      var inputs = inputsOf(item);
      for (var i = 0; i < inputs.length; i++) { inputs[i].checked = answer.indexOf(Number(inputs[i].value)) !== -1; }
    });
  }

  // --- Scoring ------------------------------------------------------------------

  function normalize(text) {
    var s = String(text == null ? '' : text).trim().toLowerCase();
    return s.normalize ? s.normalize('NFC') : s;
  }
  function blankMatches(value, blank) {
    var given = normalize(value);
    if (given === '') { return false; }
    for (var i = 0; i < blank.answers.length; i++) {
      var accepted = normalize(blank.answers[i]);
      if (blank.match === 'contains' ? given.indexOf(accepted) !== -1 : given === accepted) { return true; }
    }
    return false;
  }
  function sameSet(a, b) {
    if (a.length !== b.length) { return false; }
    var x = a.slice().sort(), y = b.slice().sort();
    for (var i = 0; i < x.length; i++) { if (x[i] !== y[i]) { return false; } }
    return true;
  }
  function letters(indices) {
    return indices.slice().sort(function (a, b) { return a - b; })
      .map(function (i) { return LETTERS.charAt(i); }).join(',');
  }
  function tf(index, item) { return index === item.trueOption ? 't' : 'f'; }

  /** One item's result in SCORM 1.2 formats (see coursec:quiz-submitted). */
  function evaluate(item, answer) {
    if (item.type === 'fill-in') {
      var values = item.blanks.map(function (blank, i) { return String(answer[i] || '').trim(); });
      var ok = item.blanks.every(function (blank, i) { return blankMatches(values[i], blank); });
      // Nothing written in any blank is an unanswered item: an empty response, not ",".
      var answered = values.some(function (value) { return value !== ''; });
      return {
        id: item.id, type: 'fill-in', response: answered ? values.join(',') : '',
        correctResponses: [item.blanks.map(function (b) { return b.answers[0] || ''; }).join(',')],
        result: ok ? 'correct' : 'wrong'
      };
    }
    var right = sameSet(answer, item.correct);
    if (item.type === 'true-false') {
      return {
        id: item.id, type: 'true-false', response: answer.length ? tf(answer[0], item) : '',
        correctResponses: [tf(item.correct[0], item)], result: right ? 'correct' : 'wrong'
      };
    }
    return {
      id: item.id, type: 'choice', response: letters(answer),
      correctResponses: [letters(item.correct)], result: right ? 'correct' : 'wrong'
    };
  }

  function scoreOf(results) {
    var right = results.filter(function (r) { return r.result === 'correct'; }).length;
    return results.length ? Math.round(100 * right / results.length) : 0;
  }

  // --- Drawing the page from the state --------------------------------------

  function button(className, label, type) {
    var node = document.createElement('button');
    node.type = type;
    node.className = 'button ' + className;
    node.textContent = label;
    return node;
  }

  /** Puts exactly the buttons the state allows in `.quiz-actions`. */
  function drawActions() {
    var submit = actions.querySelector('.quiz-submit');
    var retry = actions.querySelector('.quiz-retry');
    if (canSubmit() && !submit) { actions.insertBefore(submitButton, actions.firstChild); }
    if (!canSubmit() && submit) { actions.removeChild(submit); }
    if (canRetry() && !retry) {
      retry = button('quiz-retry', 'Intentar de nuevo', 'button');
      retry.addEventListener('click', retryAttempt);
      actions.appendChild(retry);
    }
    if (!canRetry() && retry) { actions.removeChild(retry); }
  }

  function setDisabled(disabled) {
    var inputs = form.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) { inputs[i].disabled = disabled; }
  }

  function clearMarks() {
    var marked = form.querySelectorAll('.is-correct, .is-wrong, .is-right-answer');
    for (var i = 0; i < marked.length; i++) { marked[i].classList.remove('is-correct', 'is-wrong', 'is-right-answer'); }
    var explanations = form.querySelectorAll('.explanation');
    for (var j = 0; j < explanations.length; j++) { explanations[j].hidden = true; }
  }

  function revealAnswers(results) {
    key.items.forEach(function (item, n) {
      var li = document.getElementById(item.domId);
      if (!li) { return; }
      li.classList.add(results[n].result === 'correct' ? 'is-correct' : 'is-wrong');
      var explanations = li.querySelectorAll('.explanation');
      for (var i = 0; i < explanations.length; i++) { explanations[i].hidden = false; }
      if (item.correct) {
        var inputs = inputsOf(item);
        item.correct.forEach(function (c) {
          if (inputs[c] && inputs[c].parentNode) { inputs[c].parentNode.classList.add('is-right-answer'); }
        });
      }
    });
  }

  var STATUS_TEXT = {
    'passed': '✓ Aprobada', 'failed': '✗ No aprobada',
    'in-progress': '◐ En curso: tus respuestas se guardan', 'not-started': '○ Sin empezar'
  };

  function drawResult() {
    var shown = state.last !== null ? state.last : bestScore();
    if (state.phase !== 's' || shown === null) {
      scoreNode.textContent = '';
      scoreNode.className = 'quiz-score';
      scoreNode.removeAttribute('data-score');
      scoreNode.removeAttribute('data-passed');
      return;
    }
    var passed = shown >= key.passPercentage;
    if (state.last === null) { passed = passedOverall(); }
    var text = (state.last !== null ? 'Tu calificación: ' : 'Calificación registrada: ') + shown + ' de 100. ' +
      (passed ? '¡Aprobaste!' : 'La calificación aprobatoria es ' + key.passPercentage + '.');
    var best = bestScore();
    if (state.last !== null && best !== null && best > state.last) {
      text += ' Tu mejor calificación, la que cuenta: ' + best + ' de 100.';
    }
    scoreNode.textContent = text;
    scoreNode.className = 'quiz-score ' + (passed ? 'passed' : 'not-passed');
    scoreNode.setAttribute('data-score', String(shown));
    scoreNode.setAttribute('data-passed', String(passed));
  }

  function drawAttempts() {
    if (!attemptsNode) { return; }
    var text = '';
    if (key.attempts > 0) {
      var left = Math.max(0, key.attempts - state.attempts);
      if (left === 0) {
        text = key.attempts === 1 ? 'Esta evaluación admite un solo intento, y ya lo usaste.'
          : 'Ya usaste los ' + key.attempts + ' intentos que admite esta evaluación.';
      } else if (left === 1) {
        text = key.attempts === 1 ? 'Esta evaluación admite un solo intento.' : 'Te queda 1 intento.';
      } else {
        text = 'Te quedan ' + left + ' de ' + key.attempts + ' intentos.';
      }
    }
    attemptsNode.textContent = text;
    attemptsNode.setAttribute('data-attempts-used', String(state.attempts));
  }

  function draw() {
    if (closed()) { state.phase = 's'; }
    setDisabled(!canSubmit());
    clearMarks();
    if (state.phase === 's' && state.last !== null && key.showAnswers) {
      revealAnswers(key.items.map(function (item, n) { return evaluate(item, state.answers[n] || []); }));
    }
    drawResult();
    drawAttempts();
    drawActions();
    var current = status();
    if (statusNode) {
      statusNode.textContent = STATUS_TEXT[current];
      statusNode.setAttribute('data-status', current);
    }
    form.setAttribute('data-quiz-state', closed() ? 'closed' : state.phase === 's' ? 'submitted' : 'answering');
  }

  // --- Keeping the state --------------------------------------------------------

  function summary() {
    return { status: status(), attempts: state.attempts, score: state.last, best: state.best,
             passed: passedOverall(), answered: answeredCount(state.answers), total: key.items.length };
  }

  function save(reason) {
    document.dispatchEvent(new CustomEvent('coursec:quiz-state', {
      detail: { quizId: key.quizId, mode: key.mode, state: QuizState.encode(state, key.items),
                reason: reason, summary: summary() }
    }));
  }

  /** What the runtime keeps, read afresh (another window may have answered). */
  function load() {
    var request = { quizId: key.quizId, mode: key.mode, attempts: key.attempts, fingerprint: fingerprint,
                    state: null, recorded: null };
    document.dispatchEvent(new CustomEvent('coursec:quiz-load', { detail: request }));
    var saved = QuizState.decode(request.state, key.items) ||
      { attempts: 0, phase: 'p', last: null, best: null, answers: emptyAnswers() };
    var kept = request.recorded;
    if (kept && (kept.score === null || kept.score === undefined || isNaN(Number(kept.score)))) { kept = null; }
    if (kept) {
      kept = { score: Number(kept.score), passed: kept.passed, attempts: Number(kept.attempts) || 1 };
      if (saved.attempts < kept.attempts) {
        // The result is known but the answers are not (a store that lost them).
        saved = { attempts: kept.attempts, phase: 's', last: null, best: kept.score, answers: emptyAnswers() };
      }
    }
    return { state: saved, recorded: kept };
  }

  function adopt(loaded) {
    state = loaded.state;
    recorded = loaded.recorded;
    fill(state.answers);
    draw();
  }

  /** True when another window or an earlier session used an attempt since
   *  this page last looked: the page then shows that instead. */
  function outdated() {
    var fresh = load();
    if (fresh.state.attempts !== state.attempts) {
      adopt(fresh);
      return true;
    }
    return false;
  }

  // --- Actions ------------------------------------------------------------------

  function submit() {
    if (!canSubmit() || outdated() || !canSubmit()) { return null; }
    var answers = collect();
    var results = key.items.map(function (item, n) { return evaluate(item, answers[n]); });
    var score = scoreOf(results);
    var next = { attempts: state.attempts + 1, phase: 's', last: score,
                 best: Math.max(score, state.best === null ? 0 : state.best), answers: answers };
    var detail = {
      quizId: key.quizId, mode: key.mode, score: score, max: 100, passed: score >= key.passPercentage,
      passPercentage: key.passPercentage, attempt: next.attempts, attempts: key.attempts,
      state: QuizState.encode(next, key.items), items: results, refused: false
    };
    document.dispatchEvent(new CustomEvent('coursec:quiz-submitted', { detail: detail }));
    if (detail.refused) {
      // The runtime knows of an attempt this page did not: show what it keeps.
      adopt(load());
      if (!closed()) { state.attempts = Math.max(state.attempts, key.attempts); draw(); }
      return null;
    }
    state = next;
    if (recorded) {
      recorded = { score: Math.max(recorded.score, score), passed: recorded.passed || detail.passed,
                   attempts: next.attempts };
    }
    save('submit');
    draw();
    scoreNode.focus();
    return score;
  }

  function retryAttempt() {
    if (!canRetry() || outdated() || !canRetry()) { return; }
    state.phase = 'p';
    state.answers = emptyAnswers();
    form.reset();
    save('retry');
    draw();
    var first = form.querySelector('input');
    if (first) { first.focus(); }
  }

  function answered(event) {
    // Another window may have submitted meanwhile: never save over it.
    if (!canSubmit() || outdated()) { return; }
    state.answers = collect();
    save(event.type === 'change' ? 'answer' : 'input');
    if (statusNode) {
      statusNode.textContent = STATUS_TEXT[status()];
      statusNode.setAttribute('data-status', status());
    }
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });
  form.addEventListener('change', answered);
  form.addEventListener('input', answered);

  /* Test-only: answer and submit without a user, report into the DOM. */
  function autotest(kind) {
    document.addEventListener('coursec:quiz-submitted', function (event) {
      document.documentElement.setAttribute('data-coursec-event',
        event.detail.quizId + ':' + event.detail.mode + ':' + event.detail.score + ':' + event.detail.items.length);
    });
    if (!canSubmit()) {
      document.documentElement.setAttribute('data-coursec-refused', 'true');
      return;
    }
    if (kind === 'answers') {
      fill(key.items.map(function (item) {
        return item.type === 'fill-in' ? item.blanks.map(function (b) { return b.answers[0] || ''; }) : item.correct;
      }));
    }
    if (submit() === null) { document.documentElement.setAttribute('data-coursec-refused', 'true'); }
  }

  /** Runtimes register their listeners when their scripts run, after this
   *  one: the state is read once the document is parsed. */
  function start() {
    ready = true;
    adopt(load());
    var match = /[?&]coursec-autotest=([a-z]+)/.exec(window.location.search);
    if (match) { autotest(match[1]); }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
