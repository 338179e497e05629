/* The teachers' page of the offline course (docente.html): merges the files
   learners downloaded with "Descargar mis resultados" into one file for
   `coursec results`, with results.js (format, checks, merge). The files are
   read in the browser (FileReader) and the merged file is offered as a
   download: nothing goes over the network. Files that cannot be used
   (another course or version, not a results file, unreadable) are listed
   in Spanish with the reason, and left out. */
(function () {
  'use strict';
  var results = window.coursecResults;
  var courseNode = document.getElementById('coursec-course');
  var input = document.getElementById('coursec-result-files');
  if (!results || !courseNode || !input) { return; }
  var course = JSON.parse(courseNode.textContent);
  var groupInput = document.getElementById('coursec-group-name');
  var summary = document.getElementById('coursec-merge-summary');
  var list = document.getElementById('coursec-merge-files');
  var shared = document.getElementById('coursec-merge-shared');
  var downloadButton = document.getElementById('coursec-merge-download');
  var clearButton = document.getElementById('coursec-merge-clear');
  /** Files read so far (results.readFile), in the order chosen. */
  var files = [];
  var merged = null;
  var SYMBOL = { ok: '✓', partial: '⚠', refused: '✗', repeated: '=' };

  /** Reads `chosen` (File objects) as text, then calls `done` with the texts (null: unreadable). */
  function readAll(chosen, done) {
    var texts = [], left = chosen.length;
    if (!left) { return done(texts); }
    chosen.forEach(function (file, i) {
      var reader = new FileReader();
      reader.onload = function () { texts[i] = String(reader.result); if (--left === 0) { done(texts); } };
      reader.onerror = function () { texts[i] = null; if (--left === 0) { done(texts); } };
      reader.readAsText(file, 'utf-8');
    });
  }

  function groupName() { return groupInput ? groupInput.value.replace(/\s+/g, ' ').trim() : ''; }

  function item(parent, text, attributes) {
    var li = document.createElement('li');
    li.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) { li.setAttribute(name, attributes[name]); });
    parent.appendChild(li);
  }

  function draw() {
    merged = results.merge(files, groupName());
    list.textContent = '';
    shared.textContent = '';
    merged.files.forEach(function (file) {
      item(list, SYMBOL[file.outcome] + ' ' + file.name + ': ' + file.message, { 'data-file': file.name, 'data-outcome': file.outcome });
    });
    merged.sharedCodes.forEach(function (entry) {
      item(shared, 'El código «' + entry.code + '» aparece en ' + entry.files.length + ' archivos (' + entry.files.join(', ') +
        '): ¿dos estudiantes con el mismo código, o uno que usó dos equipos? Si son dos estudiantes, pide a uno que descargue ' +
        'de nuevo con otro código.', { 'data-code': entry.code });
    });
    var used = merged.files.filter(function (f) { return f.outcome === 'ok' || f.outcome === 'partial'; }).length;
    var text = '';
    if (files.length) {
      text = 'Archivos elegidos: ' + files.length + '; se pueden usar ' + used + '. ';
      text += merged.rows ? 'El archivo del grupo tiene ' + results.plural(merged.rows, 'respuesta', 'respuestas') + ' de ' +
        results.plural(merged.learners, 'estudiante', 'estudiantes') + ': ' +
        (merged.assessments.diagnostic || 0) + ' con evaluación diagnóstica y ' +
        (merged.assessments.final || 0) + ' con evaluación final.' : 'No hay respuestas que reunir.';
    }
    summary.textContent = text;
    summary.setAttribute('data-files', String(files.length));
    summary.setAttribute('data-used', String(used));
    summary.setAttribute('data-learners', String(merged.learners));
    summary.setAttribute('data-rows', String(merged.rows));
    downloadButton.disabled = merged.rows === 0;
    clearButton.disabled = files.length === 0;
  }

  input.addEventListener('change', function () {
    var chosen = [].slice.call(input.files || []).sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
    readAll(chosen, function (texts) {
      chosen.forEach(function (file, i) {
        var read = texts[i] === null ? { name: file.name, rows: [], extras: [], learners: [], notes: [],
                                         refused: 'No se pudo abrir el archivo.' }
          : results.readFile(file.name, texts[i], course);
        files.push(read);
      });
      input.value = '';
      draw();
    });
  });
  if (groupInput) { groupInput.addEventListener('input', function () { if (files.length) { draw(); } }); }
  downloadButton.addEventListener('click', function () {
    if (!merged || !merged.rows) { return; }
    var name = results.fileName(['resultados', course.courseId, course.version, groupName() || 'grupo']);
    results.download(name, merged.text);
    summary.setAttribute('data-downloaded', name);
  });
  clearButton.addEventListener('click', function () {
    files = [];
    draw();
    summary.textContent = '';
  });
})();
