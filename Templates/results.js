/* The learners' results file of the offline course, and merging several of
   them (docs/results.md). Plain ES5, no network, no library.

   A learner's file ("Descargar mis resultados", on the course index) is a
   CSV in the long format `coursec results` reads, one row per response of
   every attempt kept by progress.js:

     learner,assessment,item,response,attempt,timestamp,course,version
     M1-001,diagnostic,ev-signos,d,1,2024-03-14T10:03:40Z,matematicas-1,1.0.0

   `assessment` is `diagnostic`, `final` or the practice quiz's id; the
   responses are as the SCORM runtime writes them. UTF-8 with a byte-order
   mark (spreadsheets then show accents), CRLF, RFC 4180 quoting.

   The teachers' page (docente.html, docente.js) reads several such files,
   checks each against the course it belongs to (`course` below: id,
   version, the item ids of each assessment) and merges them into one file
   of the same format, reporting in Spanish what it could not use.

   On the index this script also draws the learner's part: the code the
   learner gives once (kept by progress.js) and the download button. */
(function () {
  'use strict';
  var COLUMNS = ['learner', 'assessment', 'item', 'response', 'attempt', 'timestamp', 'course', 'version'];
  /** Header names the merge accepts for each column (as `coursec results`). */
  var NAMES = {
    learner: ['learner', 'estudiante'], assessment: ['assessment', 'evaluacion', 'evaluación'],
    item: ['item', 'reactivo'], response: ['response', 'respuesta'], attempt: ['attempt', 'intento'],
    timestamp: ['timestamp', 'fecha'], course: ['course', 'curso'], version: ['version', 'versión']
  };
  var REQUIRED = ['learner', 'assessment', 'item', 'response', 'course', 'version'];
  var MODE_ORDER = { diagnostic: 0, practice: 1, final: 2 };

  // --- CSV ----------------------------------------------------------------------

  /** One cell. A text a spreadsheet would run as a formula (it starts with
   *  = + - @, a tab or a carriage return) gets a leading apostrophe, as in
   *  every CSV coursec writes (CourseText's SpreadsheetCell: also before
   *  apostrophes that precede one, so reading gives back exactly the text);
   *  `coursec results` removes it when it reads the file. */
  function field(value) {
    var text = String(value === null || value === undefined ? '' : value);
    if (/^'*[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** The text of a file of `rows` (arrays of fields), header included. */
  function csv(rows) {
    return '\uFEFF' + rows.map(function (row) { return row.map(field).join(','); }).join('\r\n') + '\r\n';
  }

  /** The separator a header line uses: the most frequent of `,` `;` tab
   *  outside quotes, as `coursec results` picks it. */
  function separatorOf(text) {
    var counts = { ',': 0, ';': 0, '\t': 0 }, quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === '"') { quoted = !quoted; } else if (!quoted && (c === '\n' || c === '\r')) { break; }
      else if (!quoted && counts.hasOwnProperty(c)) { counts[c] += 1; }
    }
    return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
  }

  /** {records: [{line, fields}], error: null | {line, message}}: RFC 4180
   *  with LF or CRLF; a byte-order mark is skipped, blank lines too. */
  function parse(text) {
    text = String(text).replace(/^\uFEFF/, '');
    var sep = separatorOf(text), records = [], fields = [], value = '', quoted = false, line = 1, start = 1, i = 0;
    function endRecord() {
      fields.push(value);
      if (!(fields.length === 1 && fields[0] === '')) { records.push({ line: start, fields: fields }); }
      fields = [];
      value = '';
    }
    while (i < text.length) {
      var c = text.charAt(i);
      if (quoted) {
        if (c === '"' && text.charAt(i + 1) === '"') { value += '"'; i += 2; continue; }
        if (c === '"') { quoted = false; i += 1; continue; }
        if (c === '\n') { line += 1; }
        value += c;
        i += 1;
        continue;
      }
      if (c === '"' && value === '') { quoted = true; i += 1; continue; }
      if (c === sep) { fields.push(value); value = ''; i += 1; continue; }
      if (c === '\r' && text.charAt(i + 1) === '\n') { i += 1; continue; }
      if (c === '\n') { endRecord(); line += 1; start = line; i += 1; continue; }
      value += c;
      i += 1;
    }
    if (quoted) { return { records: records, error: { line: start, message: 'unclosed' } }; }
    if (value !== '' || fields.length) { endRecord(); }
    return { records: records, error: null };
  }

  // --- A learner's file -------------------------------------------------------

  /** The rows (header first) of a learner's file from progress.js's journals. */
  function learnerRows(code, courseId, journals) {
    var sorted = journals.slice().sort(function (a, b) {
      var ra = MODE_ORDER[a.mode], rb = MODE_ORDER[b.mode];
      if (ra !== rb) { return (ra === undefined ? 1 : ra) - (rb === undefined ? 1 : rb); }
      return a.quiz < b.quiz ? -1 : a.quiz > b.quiz ? 1 : 0;
    });
    var rows = [COLUMNS];
    sorted.forEach(function (journal) {
      var assessment = journal.mode === 'practice' ? journal.quiz : journal.mode;
      journal.attempts.forEach(function (attempt) {
        var items = attempt.items || journal.items || [];
        items.forEach(function (id, n) {
          var response = attempt.r && attempt.r[n] !== undefined ? attempt.r[n] : '';
          rows.push([code, assessment, id, response, attempt.n, attempt.at, courseId, attempt.v]);
        });
      });
    });
    return rows;
  }

  /** A file name made of letters, digits, `-` and `_` only. */
  function fileName(parts) {
    return parts.map(function (p) {
      return String(p).normalize ? String(p).normalize('NFD').replace(/[\u0300-\u036f]/g, '') : String(p);
    }).join('-').replace(/[^A-Za-z0-9_.-]+/g, '_') + '.csv';
  }

  /** Offers `text` as a file named `name`: a Blob and an `<a download>`, no network. */
  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    // The download has started from the URL; it is freed with the page, or a little later.
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // --- Merging files ----------------------------------------------------------

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /** One file checked against `course` ({courseId, title, version,
   *  assessments: {name: [item ids]}}): {name, rows: [[...]] in COLUMNS
   *  order plus extra columns, extras: [names], learners: [codes],
   *  refused: message or null, notes: [messages]}. */
  function readFile(name, text, course) {
    var result = { name: name, rows: [], extras: [], learners: [], refused: null, notes: [] };
    var parsed = parse(text);
    if (parsed.error) {
      result.refused = 'No se puede leer: una comilla abierta en la línea ' + parsed.error.line + ' no se cierra.';
      return result;
    }
    if (!parsed.records.length) {
      result.refused = 'Está vacío.';
      return result;
    }
    var header = parsed.records[0].fields.map(function (h) { return h.trim().toLowerCase(); });
    var at = {};
    COLUMNS.forEach(function (column) {
      for (var i = 0; i < header.length; i++) { if (NAMES[column].indexOf(header[i]) !== -1 && at[column] === undefined) { at[column] = i; } }
    });
    var missing = REQUIRED.filter(function (column) { return at[column] === undefined; });
    if (missing.length) {
      result.refused = 'No es un archivo de «Descargar mis resultados»: le ' + (missing.length === 1 ? 'falta la columna ' : 'faltan las columnas ') +
        missing.join(', ') + '.';
      return result;
    }
    var known = {};
    COLUMNS.forEach(function (column) { if (at[column] !== undefined) { known[at[column]] = true; } });
    var extraAt = [];
    parsed.records[0].fields.forEach(function (h, i) {
      if (!known[i] && h.trim() !== '') { result.extras.push(h.trim()); extraAt.push(i); }
    });
    var counts = { shape: 0, learner: 0, assessment: 0, item: 0 }, versions = {}, learners = {}, f = [];
    function get(column) { return at[column] === undefined ? '' : f[at[column]].trim(); }
    for (var r = 1; r < parsed.records.length; r++) {
      f = parsed.records[r].fields;
      if (f.length !== header.length) { counts.shape += 1; continue; }
      if (get('course') !== course.courseId) {
        result.refused = get('course') === '' ? 'No dice de qué curso es: la columna course está vacía en la línea ' + parsed.records[r].line + '.'
          : 'Es del curso «' + get('course') + '», no de «' + course.courseId + '» (' + course.title + ').';
        result.rows = [];
        return result;
      }
      if (get('version') !== course.version) {
        versions[get('version')] = (versions[get('version')] || 0) + 1;
        continue;
      }
      if (get('learner') === '') { counts.learner += 1; continue; }
      var items = course.assessments[get('assessment')];
      if (!items) { counts.assessment += 1; continue; }
      if (items.indexOf(get('item')) === -1) { counts.item += 1; continue; }
      var row = COLUMNS.map(function (column) { return column === 'response' ? f[at.response] : get(column); });
      extraAt.forEach(function (i) { row.push(f[i].trim()); });
      result.rows.push(row);
      if (!learners[get('learner')]) { learners[get('learner')] = true; result.learners.push(get('learner')); }
    }
    Object.keys(versions).sort().forEach(function (version) {
      result.notes.push(plural(versions[version], 'respuesta es', 'respuestas son') + ' de la versión ' + (version || '(sin versión)') +
        ' del curso; esta página es de la versión ' + course.version + '. Se dejaron fuera: reúnelas con la página de esa versión.');
    });
    if (counts.shape) { result.notes.push(plural(counts.shape, 'fila no tiene', 'filas no tienen') + ' el número de columnas del encabezado; se dejaron fuera.'); }
    if (counts.learner) { result.notes.push(plural(counts.learner, 'fila no tiene', 'filas no tienen') + ' código de estudiante; se dejaron fuera.'); }
    if (counts.assessment) { result.notes.push(plural(counts.assessment, 'fila es', 'filas son') + ' de una evaluación que el curso no tiene; se dejaron fuera.'); }
    if (counts.item) { result.notes.push(plural(counts.item, 'fila es', 'filas son') + ' de una pregunta que el curso no tiene; se dejaron fuera.'); }
    if (!result.rows.length) {
      result.refused = 'No tiene respuestas de este curso que se puedan usar. ' + result.notes.join(' ');
      result.notes = [];
    }
    return result;
  }

  /** Merges files read by `readFile`, in order: the rows of the files not
   *  refused, each response (learner, assessment, item, attempt) once, the
   *  extra columns of every file, and `group` as a `grupo` column when
   *  given. {text, rows, learners, files: [{name, outcome: 'ok'|'partial'|
   *  'refused'|'repeated', message}], assessments: {name: learners}}. */
  function merge(files, group) {
    var extras = [], seen = {}, learnerFiles = {}, learners = [], taken = {};
    var outcome = [], rows = [];
    files.forEach(function (file) {
      file.extras.forEach(function (name) {
        // The group the teacher gives replaces a `grupo` column of the files.
        if (extras.indexOf(name) === -1 && !(group && name.toLowerCase() === 'grupo')) { extras.push(name); }
      });
    });
    var header = COLUMNS.concat(extras).concat(group ? ['grupo'] : []);
    files.forEach(function (file) {
      if (file.refused) { outcome.push({ name: file.name, outcome: 'refused', message: file.refused }); return; }
      var added = 0, repeated = 0;
      file.rows.forEach(function (row) {
        var key = row[0] + '\u0000' + row[1] + '\u0000' + row[2] + '\u0000' + row[4];
        if (seen[key]) { repeated += 1; return; }
        seen[key] = true;
        var out = row.slice(0, COLUMNS.length);
        extras.forEach(function (name) {
          var i = file.extras.indexOf(name);
          out.push(i === -1 ? '' : row[COLUMNS.length + i]);
        });
        if (group) { out.push(group); }
        rows.push(out);
        added += 1;
        if (!learnerFiles[row[0]]) { learnerFiles[row[0]] = []; learners.push(row[0]); }
        if (learnerFiles[row[0]].indexOf(file.name) === -1) { learnerFiles[row[0]].push(file.name); }
        (taken[row[1]] = taken[row[1]] || {})[row[0]] = true;
      });
      if (!added) {
        outcome.push({ name: file.name, outcome: 'repeated', message: 'Sus respuestas ya estaban en otro archivo elegido; no se añadió nada.' });
        return;
      }
      var notes = file.notes.slice();
      if (repeated) { notes.push(plural(repeated, 'respuesta ya estaba', 'respuestas ya estaban') + ' en otro archivo; cuenta una vez.'); }
      var who = file.learners.length === 1 ? 'de ' + file.learners[0] : 'de ' + file.learners.length + ' estudiantes';
      outcome.push({ name: file.name, outcome: notes.length ? 'partial' : 'ok',
                     message: plural(added, 'respuesta', 'respuestas') + ' ' + who + '.' + (notes.length ? ' ' + notes.join(' ') : '') });
    });
    var shared = learners.filter(function (code) { return learnerFiles[code].length > 1; });
    var assessments = {};
    Object.keys(taken).forEach(function (name) { assessments[name] = Object.keys(taken[name]).length; });
    return { text: csv([header].concat(rows)), rows: rows.length, learners: learners.length, files: outcome,
             assessments: assessments, sharedCodes: shared.map(function (code) { return { code: code, files: learnerFiles[code] }; }) };
  }

  window.coursecResults = { COLUMNS: COLUMNS, csv: csv, parse: parse, learnerRows: learnerRows, fileName: fileName,
                            download: download, readFile: readFile, merge: merge, plural: plural };

  // --- The learner's part of the index ------------------------------------------

  function learnerPart() {
    var section = document.getElementById('coursec-results');
    var progress = window.coursecProgress;
    if (!section || !progress) { return; }
    var form = document.getElementById('coursec-learner-form');
    var input = document.getElementById('coursec-learner-code');
    var shown = document.getElementById('coursec-learner-shown');
    var shownCode = document.getElementById('coursec-learner-shown-code');
    var change = document.getElementById('coursec-learner-change');
    var button = document.getElementById('coursec-download-results');
    var message = document.getElementById('coursec-download-status');
    section.hidden = false;

    function draw(asking) {
      var code = progress.learnerCode();
      form.hidden = !asking;
      button.hidden = asking;
      shown.hidden = asking || code === '';
      shownCode.textContent = code;
    }

    function say(text, kind) {
      message.textContent = text;
      message.setAttribute('data-kind', kind);
    }

    function offer() {
      var code = progress.learnerCode();
      var journals = progress.journals();
      var attempts = 0;
      journals.forEach(function (j) { attempts += j.attempts.length; });
      if (!attempts) {
        say('Todavía no has enviado ninguna evaluación ni práctica en este equipo: no hay resultados que descargar.', 'empty');
        return;
      }
      var name = fileName(['resultados', progress.courseId, code]);
      download(name, csv(learnerRows(code, progress.courseId, journals)));
      say('Se descargó «' + name + '» con ' + plural(attempts, 'intento', 'intentos') +
          '. Entrégaselo a tu docente como te lo pida (por ejemplo, en una memoria USB).', 'done');
      section.setAttribute('data-downloaded', name);
    }

    button.addEventListener('click', function () {
      if (progress.learnerCode() === '') {
        draw(true);
        input.focus();
        return;
      }
      offer();
    });
    change.addEventListener('click', function () {
      input.value = progress.learnerCode();
      draw(true);
      input.focus();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var code = input.value.replace(/\s+/g, ' ').trim();
      if (code === '' || code.length > 64) {
        say(code === '' ? 'Escribe tu código para descargar tus resultados.' : 'El código es demasiado largo (64 caracteres como máximo).', 'error');
        input.focus();
        return;
      }
      progress.setLearnerCode(code);
      draw(false);
      if (progress.learnerCode() !== code) {
        say('Este navegador no permite guardar datos: tus resultados no se pueden descargar desde aquí.', 'error');
        return;
      }
      offer();
    });
    draw(false);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', learnerPart);
  } else {
    learnerPart();
  }
})();
