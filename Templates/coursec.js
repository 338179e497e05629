/* Shared by every coursec page. Plain JavaScript, no framework, no network.
   - Typesets math with KaTeX when the page loaded it (pages with math only).
   - Lesson pages announce themselves with `coursec:page-viewed` so that a
     runtime (offline progress, SCORM) can record the visit. Runtimes are
     loaded before this file, so their listeners exist when it fires. */
(function () {
  'use strict';
  function typeset() {
    if (!window.katex) { return; }
    var nodes = document.querySelectorAll('.math');
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var display = node.classList.contains('math-display');
      try {
        window.katex.render(node.textContent, node, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
      } catch (e) { /* leave the TeX source readable */ }
    }
  }
  function announce() {
    var body = document.body;
    if (body.getAttribute('data-page-kind') !== 'lesson') { return; }
    document.dispatchEvent(new CustomEvent('coursec:page-viewed', {
      detail: { pageId: body.getAttribute('data-page-id'), courseId: body.getAttribute('data-course-id') }
    }));
  }
  function start() { typeset(); announce(); }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
