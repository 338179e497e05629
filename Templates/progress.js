/* Offline course: keeps the learner's progress in localStorage (per browser,
   per course; nothing leaves the device). Lessons are marked viewed on
   `coursec:page-viewed`; quiz scores are kept on `coursec:quiz-submitted`
   (last and best score per quiz and mode). The course index shows them. */
(function () {
  'use strict';
  var courseId = document.body.getAttribute('data-course-id') || 'curso';
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
  document.addEventListener('coursec:page-viewed', function (event) {
    write('lesson:' + event.detail.pageId, { viewed: true });
  });
  document.addEventListener('coursec:quiz-submitted', function (event) {
    var d = event.detail, name = 'quiz:' + d.quizId + ':' + d.mode;
    var old = read(name) || {};
    write(name, {
      score: d.score, passed: d.passed || !!old.passed,
      best: Math.max(d.score, old.best || 0), attempts: (old.attempts || 0) + 1
    });
  });
  function showOnIndex() {
    var entries = document.querySelectorAll('[data-progress-id]');
    if (!entries.length) { return; }
    var done = 0;
    for (var i = 0; i < entries.length; i++) {
      var id = entries[i].getAttribute('data-progress-id');
      var state = read(id);
      var label = entries[i].querySelector('[data-progress]');
      if (!state) { continue; }
      done += 1;
      if (label) {
        label.textContent = state.viewed ? '✓ Vista' : '✓ Calificación: ' + state.best + ' de 100';
      }
    }
    var summary = document.getElementById('coursec-progress');
    if (summary) { summary.textContent = 'Has completado ' + done + ' de ' + entries.length + ' actividades.'; }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showOnIndex);
  } else {
    showOnIndex();
  }
})();
