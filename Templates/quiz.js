/* Scores a coursec quiz page in the browser. Plain JavaScript, no network.
   Reads the answer key from <script type="application/json" id="coursec-quiz">
   (format in docs/outputs.md), scores every item with equal weight on 0-100,
   shows the score, and dispatches `coursec:quiz-submitted` on `document` for
   the runtime scripts (offline progress, SCORM 1.2).
   Right answers and per-item results are shown only when the key says
   `showAnswers: true` (off in the programme).
   `?coursec-autotest=answers` (or `=empty`) answers and submits by itself and
   writes the score into the DOM: used by the end-to-end browser test. */
(function () {
  'use strict';
  var keyNode = document.getElementById('coursec-quiz');
  var form = document.getElementById('coursec-quiz-form');
  if (!keyNode || !form) { return; }
  var key = JSON.parse(keyNode.textContent);
  var scoreNode = document.getElementById('coursec-score');
  var retry = form.querySelector('.quiz-retry');
  var submitButton = form.querySelector('.quiz-submit');
  var attemptsUsed = 0;
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';

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
  function inputsOf(item) {
    return form.querySelectorAll('input[name="' + item.domId + '"]');
  }
  function chosen(item) {
    var inputs = inputsOf(item), result = [];
    for (var i = 0; i < inputs.length; i++) { if (inputs[i].checked) { result.push(Number(inputs[i].value)); } }
    return result;
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

  function evaluate(item) {
    if (item.type === 'fill-in') {
      var values = item.blanks.map(function (blank, i) {
        var input = form.querySelector('input[name="' + item.domId + '-b' + i + '"]');
        return input ? input.value.trim() : '';
      });
      var ok = item.blanks.every(function (blank, i) { return blankMatches(values[i], blank); });
      return {
        id: item.id, type: 'fill-in', response: values.join(','),
        correctResponses: [item.blanks.map(function (b) { return b.answers[0] || ''; }).join(',')],
        result: ok ? 'correct' : 'wrong'
      };
    }
    var picked = chosen(item);
    var right = sameSet(picked, item.correct);
    if (item.type === 'true-false') {
      return {
        id: item.id, type: 'true-false', response: picked.length ? tf(picked[0], item) : '',
        correctResponses: [tf(item.correct[0], item)], result: right ? 'correct' : 'wrong'
      };
    }
    return {
      id: item.id, type: 'choice', response: letters(picked),
      correctResponses: [letters(item.correct)], result: right ? 'correct' : 'wrong'
    };
  }

  function setDisabled(disabled) {
    var inputs = form.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) { inputs[i].disabled = disabled; }
    submitButton.disabled = disabled;
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

  function submit() {
    var results = key.items.map(evaluate);
    var right = results.filter(function (r) { return r.result === 'correct'; }).length;
    var score = results.length ? Math.round(100 * right / results.length) : 0;
    var passed = score >= key.passPercentage;
    attemptsUsed += 1;
    setDisabled(true);
    if (key.showAnswers) { revealAnswers(results); }
    scoreNode.textContent = 'Tu calificación: ' + score + ' de 100. ' +
      (passed ? '¡Aprobaste!' : 'La calificación aprobatoria es ' + key.passPercentage + '.');
    scoreNode.className = 'quiz-score ' + (passed ? 'passed' : 'not-passed');
    scoreNode.setAttribute('data-score', String(score));
    scoreNode.setAttribute('data-passed', String(passed));
    scoreNode.focus();
    if (retry && (key.attempts === 0 || attemptsUsed < key.attempts)) { retry.hidden = false; }
    document.dispatchEvent(new CustomEvent('coursec:quiz-submitted', {
      detail: {
        quizId: key.quizId, mode: key.mode, score: score, max: 100, passed: passed,
        passPercentage: key.passPercentage, items: results
      }
    }));
    return score;
  }

  function reset() {
    form.reset();
    setDisabled(false);
    retry.hidden = true;
    scoreNode.textContent = '';
    scoreNode.className = 'quiz-score';
    var marked = form.querySelectorAll('.is-correct, .is-wrong, .is-right-answer');
    for (var i = 0; i < marked.length; i++) { marked[i].classList.remove('is-correct', 'is-wrong', 'is-right-answer'); }
    var explanations = form.querySelectorAll('.explanation');
    for (var j = 0; j < explanations.length; j++) { explanations[j].hidden = true; }
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });
  if (retry) { retry.addEventListener('click', function () { reset(); form.querySelector('input').focus(); }); }

  /* Test-only: answer and submit without a user, report into the DOM. */
  function autotest(kind) {
    document.addEventListener('coursec:quiz-submitted', function (event) {
      document.documentElement.setAttribute('data-coursec-event',
        event.detail.quizId + ':' + event.detail.mode + ':' + event.detail.score + ':' + event.detail.items.length);
    });
    if (kind === 'answers') {
      key.items.forEach(function (item) {
        if (item.type === 'fill-in') {
          item.blanks.forEach(function (blank, i) {
            var input = form.querySelector('input[name="' + item.domId + '-b' + i + '"]');
            if (input) { input.value = blank.answers[0] || ''; }
          });
        } else {
          var inputs = inputsOf(item);
          item.correct.forEach(function (c) { if (inputs[c]) { inputs[c].checked = true; } });
        }
      });
    }
    submit();
  }
  var match = /[?&]coursec-autotest=([a-z]+)/.exec(window.location.search);
  if (match) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { autotest(match[1]); });
    } else {
      autotest(match[1]);
    }
  }
})();
