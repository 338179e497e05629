/*
 * A strict LMS-side SCORM 1.2 run-time API, for the browser tests. Written
 * from the ADL SCORM Version 1.2 Run-Time Environment (§3.3 the API, §3.4
 * the data model), not from coursec's runtime: it is the oracle the SCOs
 * coursec builds are checked against.
 *
 *   var lms = new StrictSCORM12LMS({ storageKey: 'name' });
 *   window.API = lms.launch('sco-id', { masteryScore: '60' });  // one session
 *
 * Enforced:
 * - API state: LMSInitialize("") once per session (again: 101), every other
 *   call before it or after LMSFinish("") fails with 301; a non-empty
 *   argument to LMSInitialize, LMSFinish or LMSCommit is 201.
 * - The data model: unknown elements 201 (a known optional one is never
 *   401: all are implemented); `_children` on an element without children
 *   202; `_count` on an element that is not a list 203; setting a keyword
 *   (`_children`, `_count`, `_version`) 402; setting a read-only element 403;
 *   reading a write-only one 404; a value of the wrong type, outside its
 *   vocabulary or range, or too long 405 (CMIString255, CMIString4096 —
 *   cmi.suspend_data —, CMIIdentifier, CMIDecimal, CMISInteger, CMITime,
 *   CMITimespan, CMIFeedback per interaction type).
 * - Lists (`cmi.objectives.n`, `cmi.interactions.n`, their objectives and
 *   correct_responses) grow one at a time: n may be at most `_count`.
 * - lesson_status: the SCO may not set "not attempted" (405). On LMSFinish
 *   a status still "not attempted" becomes "completed"; then, for credit,
 *   with a mastery score and a raw score, and a status the SCO did not set
 *   to "incomplete", the LMS sets passed or failed by comparing them (RTE
 *   3-25, conformance requirements 2-19).
 * - Across launches (state kept in memory and in localStorage under
 *   `storageKey`, so a later browser run with the same profile sees it):
 *   entry is "ab-initio" on the first launch, "resume" after an exit of
 *   "suspend", "" otherwise; exit and session_time are write-only and last
 *   one session; total_time adds each session_time. What is not committed
 *   (LMSCommit, or LMSFinish which commits) is lost. With
 *   `freshAttemptAfterNormalExit`, a launch after an exit other than
 *   "suspend" starts a new attempt with no data, as some LMSs do.
 *
 * Every call that ends with an error is appended to `lms.errors`
 * ({sco, call, args, code}); every call to `lms.calls`.
 */
(function () {
  'use strict';

  var ERRORS = {
    '0': 'No error', '101': 'General exception', '201': 'Invalid argument error',
    '202': 'Element cannot have children', '203': 'Element not an array - cannot have count',
    '301': 'Not initialized', '401': 'Not implemented error', '402': 'Invalid set value, element is a keyword',
    '403': 'Element is read only', '404': 'Element is write only', '405': 'Incorrect data type'
  };

  // --- Data types (RTE 3.4.2) ------------------------------------------------

  function isDecimal(v) { return /^-?\d+(\.\d+)?$/.test(v) || /^-?\.\d+$/.test(v); }
  function maxLength(n) { return function (v) { return v.length <= n; }; }
  var TYPES = {
    CMIString255: maxLength(255),
    CMIString4096: maxLength(4096),
    CMIIdentifier: function (v) { return v.length >= 1 && v.length <= 255 && /^[\x21-\x7E]+$/.test(v); },
    CMIDecimal: isDecimal,
    CMIScore: function (v) { return v === '' || (isDecimal(v) && Number(v) >= 0 && Number(v) <= 100); },
    CMITime: function (v) {
      var m = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(v);
      return !!m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3]) < 60;
    },
    CMITimespan: function (v) {
      var m = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(v);
      return !!m && Number(m[2]) < 60 && Number(m[3]) < 60;
    },
    audio: function (v) { return /^-?\d+$/.test(v) && Number(v) >= -1 && Number(v) <= 100; },
    speed: function (v) { return /^-?\d+$/.test(v) && Number(v) >= -100 && Number(v) <= 100; },
    text: function (v) { return /^-?\d+$/.test(v) && Number(v) >= -1 && Number(v) <= 1; }
  };
  function vocabulary(values) { return function (v) { return values.indexOf(v) !== -1; }; }
  var STATUS = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];
  var INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];

  /** CMIFeedback (≤ 255) in the format of the interaction's type, if set. */
  function feedback(type, v) {
    if (v.length > 255) { return false; }
    switch (type) {
      case 'true-false': return /^[01tf]$/.test(v);
      case 'choice': return /^(\{?[0-9a-z](,[0-9a-z])*\}?)?$/.test(v);
      case 'numeric': return isDecimal(v);
      case 'likert': return v.length <= 1;
      default: return true;
    }
  }

  // --- The data model (RTE 3.4.3): element → access and type -----------------
  // r: read-only, w: write-only, rw: both. `check` validates a value to set.

  var CORE_CHILDREN = 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time';
  var MODEL = {
    'cmi._version': { access: 'r', keyword: true },
    'cmi.core._children': { access: 'r', keyword: true, value: CORE_CHILDREN },
    'cmi.core.student_id': { access: 'r' },
    'cmi.core.student_name': { access: 'r' },
    'cmi.core.lesson_location': { access: 'rw', check: TYPES.CMIString255 },
    'cmi.core.credit': { access: 'r' },
    'cmi.core.lesson_status': { access: 'rw', check: vocabulary(STATUS.slice(0, 5)) },
    'cmi.core.entry': { access: 'r' },
    'cmi.core.score._children': { access: 'r', keyword: true, value: 'raw,min,max' },
    'cmi.core.score.raw': { access: 'rw', check: TYPES.CMIScore },
    'cmi.core.score.min': { access: 'rw', check: TYPES.CMIScore },
    'cmi.core.score.max': { access: 'rw', check: TYPES.CMIScore },
    'cmi.core.total_time': { access: 'r' },
    'cmi.core.lesson_mode': { access: 'r' },
    'cmi.core.exit': { access: 'w', check: vocabulary(['time-out', 'suspend', 'logout', '']) },
    'cmi.core.session_time': { access: 'w', check: TYPES.CMITimespan },
    'cmi.suspend_data': { access: 'rw', check: TYPES.CMIString4096 },
    'cmi.launch_data': { access: 'r' },
    'cmi.comments': { access: 'rw', check: TYPES.CMIString4096 },
    'cmi.comments_from_lms': { access: 'r' },
    'cmi.objectives._children': { access: 'r', keyword: true, value: 'id,score,status' },
    'cmi.student_data._children': { access: 'r', keyword: true, value: 'mastery_score,max_time_allowed,time_limit_action' },
    'cmi.student_data.mastery_score': { access: 'r' },
    'cmi.student_data.max_time_allowed': { access: 'r' },
    'cmi.student_data.time_limit_action': { access: 'r' },
    'cmi.student_preference._children': { access: 'r', keyword: true, value: 'audio,language,speed,text' },
    'cmi.student_preference.audio': { access: 'rw', check: TYPES.audio },
    'cmi.student_preference.language': { access: 'rw', check: TYPES.CMIString255 },
    'cmi.student_preference.speed': { access: 'rw', check: TYPES.speed },
    'cmi.student_preference.text': { access: 'rw', check: TYPES.text },
    'cmi.interactions._children': { access: 'r', keyword: true,
      value: 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency' }
  };
  var OBJECTIVE = {
    'id': { access: 'rw', check: TYPES.CMIIdentifier },
    'score._children': { access: 'r', keyword: true, value: 'raw,min,max' },
    'score.raw': { access: 'rw', check: TYPES.CMIScore },
    'score.min': { access: 'rw', check: TYPES.CMIScore },
    'score.max': { access: 'rw', check: TYPES.CMIScore },
    'status': { access: 'rw', check: vocabulary(STATUS) }
  };
  var INTERACTION = {
    'id': { access: 'w', check: TYPES.CMIIdentifier },
    'time': { access: 'w', check: TYPES.CMITime },
    'type': { access: 'w', check: vocabulary(INTERACTION_TYPES) },
    'weighting': { access: 'w', check: TYPES.CMIDecimal },
    'student_response': { access: 'w', feedback: true },
    'result': { access: 'w', check: function (v) { return vocabulary(['correct', 'wrong', 'unanticipated', 'neutral'])(v) || isDecimal(v); } },
    'latency': { access: 'w', check: TYPES.CMITimespan }
  };
  /** Elements that are lists, and whether `_count` applies. */
  var LISTS = ['cmi.objectives', 'cmi.interactions'];

  function copy(o) { return JSON.parse(JSON.stringify(o)); }

  // --- The LMS: learner records across launches ------------------------------

  function StrictSCORM12LMS(options) {
    options = options || {};
    this.storageKey = options.storageKey ? 'strict-scorm12-lms:' + options.storageKey : null;
    this.freshAttemptAfterNormalExit = !!options.freshAttemptAfterNormalExit;
    this.records = {};
    this.errors = [];
    this.calls = [];
    if (this.storageKey) {
      try { this.records = JSON.parse(window.localStorage.getItem(this.storageKey)) || {}; } catch (e) { this.records = {}; }
    }
  }

  StrictSCORM12LMS.prototype.save = function () {
    if (!this.storageKey) { return; }
    try { window.localStorage.setItem(this.storageKey, JSON.stringify(this.records)); } catch (e) { /* ignore */ }
  };

  /** The committed data of a SCO (a copy), or null. */
  StrictSCORM12LMS.prototype.record = function (sco) {
    return this.records[sco] ? copy(this.records[sco]) : null;
  };

  function newRecord() {
    return { launches: 0, lastExit: null, values: { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.lesson_location': '',
      'cmi.core.score.raw': '', 'cmi.core.score.min': '', 'cmi.core.score.max': '', 'cmi.core.total_time': '0000:00:00.00',
      'cmi.suspend_data': '', 'cmi.comments': '', 'cmi.student_preference.audio': '0',
      'cmi.student_preference.language': '', 'cmi.student_preference.speed': '0', 'cmi.student_preference.text': '0' },
      objectives: [], interactions: [] };
  }

  /** A new session of `sco`: the API object the SCO finds as `window.API`. */
  StrictSCORM12LMS.prototype.launch = function (sco, settings) {
    settings = settings || {};
    var lms = this;
    var record = this.records[sco];
    var entry;
    if (!record) {
      record = newRecord();
      entry = 'ab-initio';
    } else if (record.lastExit === 'suspend') {
      entry = 'resume';
    } else if (this.freshAttemptAfterNormalExit) {
      record = newRecord();
      entry = 'ab-initio';
    } else {
      entry = '';
    }
    record.launches += 1;
    var data = copy(record);
    var fixed = {
      'cmi._version': '3.4', 'cmi.core.student_id': settings.studentId || 'estudiante-1',
      'cmi.core.student_name': settings.studentName || 'Prueba, Estudiante', 'cmi.core.credit': settings.credit || 'credit',
      'cmi.core.entry': entry, 'cmi.core.lesson_mode': settings.lessonMode || 'normal',
      'cmi.launch_data': settings.launchData || '', 'cmi.comments_from_lms': '',
      'cmi.student_data.mastery_score': settings.masteryScore === undefined ? '' : String(settings.masteryScore),
      'cmi.student_data.max_time_allowed': '', 'cmi.student_data.time_limit_action': 'continue,no message'
    };
    var session = { state: 'new', lastError: '0', diagnostic: '', exit: null, sessionTime: null, statusSetBySCO: null };

    function fail(call, args, code, diagnostic) {
      session.lastError = code;
      session.diagnostic = diagnostic || ERRORS[code];
      lms.errors.push({ sco: sco, call: call, args: args, code: code, diagnostic: session.diagnostic });
      return code;
    }
    function ok() { session.lastError = '0'; session.diagnostic = ''; }
    function log(call, args, result) { lms.calls.push({ sco: sco, call: call, args: args, result: result }); return result; }

    /** Resolves a list element: {list, index, field} or null. */
    function listElement(element) {
      for (var i = 0; i < LISTS.length; i++) {
        var prefix = LISTS[i] + '.';
        if (element.indexOf(prefix) !== 0) { continue; }
        var rest = element.slice(prefix.length);
        if (rest === '_count' || rest === '_children') { return { list: LISTS[i], keyword: rest }; }
        var m = /^(\d+)\.(.+)$/.exec(rest);
        if (!m) { return { list: LISTS[i], invalid: true }; }
        return { list: LISTS[i], index: Number(m[1]), field: m[2] };
      }
      return null;
    }
    function itemsOf(list) { return list === 'cmi.objectives' ? data.objectives : data.interactions; }

    function getValue(element) {
      if (MODEL.hasOwnProperty(element)) {
        var def = MODEL[element];
        if (def.access === 'w') { return { code: '404' }; }
        if (def.value !== undefined) { return { value: def.value }; }
        if (fixed.hasOwnProperty(element)) { return { value: fixed[element] }; }
        return { value: data.values.hasOwnProperty(element) ? data.values[element] : '' };
      }
      var found = listElement(element);
      if (!found) {
        var parent = element.replace(/\.(_children|_count)$/, '');
        if (parent !== element && (MODEL.hasOwnProperty(parent) || fixed.hasOwnProperty(parent))) {
          return { code: /_children$/.test(element) ? '202' : '203' };
        }
        return { code: '201' };
      }
      if (found.keyword === '_count') { return { value: String(itemsOf(found.list).length) }; }
      if (found.keyword === '_children') { return { value: MODEL[found.list + '._children'].value }; }
      if (found.invalid) { return { code: '201' }; }
      var items = itemsOf(found.list);
      var item = items[found.index];
      if (found.list === 'cmi.objectives') {
        if (!OBJECTIVE.hasOwnProperty(found.field)) { return { code: '201' }; }
        if (OBJECTIVE[found.field].value !== undefined) { return { value: OBJECTIVE[found.field].value }; }
        if (!item) { return { code: '201' }; }
        return { value: item[found.field] || '' };
      }
      // Interactions: everything is write-only but the counts.
      var sub = /^(objectives|correct_responses)\.(_count|_children|\d+\..+)$/.exec(found.field);
      if (sub) {
        if (sub[2] === '_count') { return item ? { value: String((item[sub[1]] || []).length) } : { code: '201' }; }
        if (sub[2] === '_children') { return { value: sub[1] === 'objectives' ? 'id' : 'pattern' }; }
        return /^\d+\.(id|pattern)$/.test(sub[2]) ? { code: '404' } : { code: '201' };
      }
      if (INTERACTION.hasOwnProperty(found.field)) { return { code: '404' }; }
      return { code: '201' };
    }

    function setValue(element, value) {
      if (/\.(_children|_count|_version)$/.test(element) || element === 'cmi._version') {
        return MODEL.hasOwnProperty(element) || listElement(element) ? '402' : '201';
      }
      if (MODEL.hasOwnProperty(element)) {
        var def = MODEL[element];
        if (def.access === 'r') { return '403'; }
        if (!def.check(value)) { return '405'; }
        if (element === 'cmi.core.exit') { session.exit = value; return '0'; }
        if (element === 'cmi.core.session_time') { session.sessionTime = value; return '0'; }
        if (element === 'cmi.core.lesson_status') { session.statusSetBySCO = value; }
        if (element === 'cmi.comments') { data.values[element] = (data.values[element] || '') + value; return '0'; }
        data.values[element] = value;
        return '0';
      }
      if (fixed.hasOwnProperty(element)) { return '403'; }
      var found = listElement(element);
      if (!found || found.invalid) { return '201'; }
      var items = itemsOf(found.list);
      if (found.index > items.length) { return '201'; }
      var item = items[found.index] || (found.list === 'cmi.objectives' ? {} : { objectives: [], correct_responses: [] });
      if (found.list === 'cmi.objectives') {
        var od = OBJECTIVE[found.field];
        if (!od) { return '201'; }
        if (od.access === 'r') { return '402'; }
        if (!od.check(value)) { return '405'; }
        item[found.field] = value;
      } else {
        var sub = /^(objectives|correct_responses)\.(\d+)\.(id|pattern)$/.exec(found.field);
        if (sub) {
          var list = item[sub[1]];
          var n = Number(sub[2]);
          if ((sub[1] === 'objectives') !== (sub[3] === 'id') || n > list.length) { return '201'; }
          if (sub[3] === 'id' ? !TYPES.CMIIdentifier(value) : !feedback(item.type, value)) { return '405'; }
          list[n] = value;
        } else {
          var idef = INTERACTION[found.field];
          if (!idef) { return /^(objectives|correct_responses)\._(count|children)$/.test(found.field) ? '402' : '201'; }
          if (idef.feedback ? !feedback(item.type, value) : !idef.check(value)) { return '405'; }
          item[found.field] = value;
        }
      }
      items[found.index] = item;
      return '0';
    }

    function commitData() {
      lms.records[sco] = copy(data);
      lms.records[sco].lastExit = record.lastExit;
      lms.save();
    }

    /** RTE 3-25: status and mastery score at the end of a session. */
    function closeSession() {
      var values = data.values;
      if (values['cmi.core.lesson_status'] === 'not attempted') { values['cmi.core.lesson_status'] = 'completed'; }
      var mastery = fixed['cmi.student_data.mastery_score'];
      var raw = values['cmi.core.score.raw'];
      if (fixed['cmi.core.credit'] === 'credit' && mastery !== '' && raw !== '' && session.statusSetBySCO !== 'incomplete') {
        values['cmi.core.lesson_status'] = Number(raw) >= Number(mastery) ? 'passed' : 'failed';
      }
      if (session.sessionTime) { values['cmi.core.total_time'] = addTimespans(values['cmi.core.total_time'], session.sessionTime); }
      record.lastExit = session.exit === null ? '' : session.exit;
      commitData();
    }

    var api = {
      LMSInitialize: function (arg) {
        var args = [arg];
        if (String(arg) !== '') { fail('LMSInitialize', args, '201'); return log('LMSInitialize', args, 'false'); }
        if (session.state !== 'new') { fail('LMSInitialize', args, '101', 'already initialized'); return log('LMSInitialize', args, 'false'); }
        session.state = 'running';
        ok();
        return log('LMSInitialize', args, 'true');
      },
      LMSFinish: function (arg) {
        var args = [arg];
        if (session.state !== 'running') { fail('LMSFinish', args, '301'); return log('LMSFinish', args, 'false'); }
        if (String(arg) !== '') { fail('LMSFinish', args, '201'); return log('LMSFinish', args, 'false'); }
        closeSession();
        session.state = 'finished';
        ok();
        return log('LMSFinish', args, 'true');
      },
      LMSGetValue: function (element) {
        var args = [element];
        if (session.state !== 'running') { fail('LMSGetValue', args, '301'); return log('LMSGetValue', args, ''); }
        var result = getValue(String(element));
        if (result.code) { fail('LMSGetValue', args, result.code); return log('LMSGetValue', args, ''); }
        ok();
        return log('LMSGetValue', args, result.value);
      },
      LMSSetValue: function (element, value) {
        var args = [element, value];
        if (session.state !== 'running') { fail('LMSSetValue', args, '301'); return log('LMSSetValue', args, 'false'); }
        if (typeof value !== 'string') { value = String(value); }
        var code = setValue(String(element), value);
        if (code !== '0') { fail('LMSSetValue', args, code); return log('LMSSetValue', args, 'false'); }
        ok();
        return log('LMSSetValue', args, 'true');
      },
      LMSCommit: function (arg) {
        var args = [arg];
        if (session.state !== 'running') { fail('LMSCommit', args, '301'); return log('LMSCommit', args, 'false'); }
        if (String(arg) !== '') { fail('LMSCommit', args, '201'); return log('LMSCommit', args, 'false'); }
        commitData();
        ok();
        return log('LMSCommit', args, 'true');
      },
      LMSGetLastError: function () { return session.lastError; },
      LMSGetErrorString: function (code) { return ERRORS[String(code)] || ''; },
      LMSGetDiagnostic: function (code) {
        return code === '' || code === undefined || String(code) === session.lastError ? session.diagnostic : (ERRORS[String(code)] || '');
      }
    };
    return api;
  };

  /** HHHH:MM:SS.SS + HHHH:MM:SS.SS, in hundredths. */
  function addTimespans(a, b) {
    function cs(t) {
      var m = /^(\d{2,4}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?$/.exec(t);
      if (!m) { return 0; }
      var frac = m[4] ? Number((m[4] + '0').slice(0, 2)) : 0;
      return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 100 + frac;
    }
    var total = cs(a) + cs(b);
    function pad(n, w) { var s = String(n); while (s.length < w) { s = '0' + s; } return s; }
    var h = Math.min(9999, Math.floor(total / 360000));
    return pad(h, 4) + ':' + pad(Math.floor(total / 6000) % 60, 2) + ':' + pad(Math.floor(total / 100) % 60, 2) + '.' + pad(total % 100, 2);
  }

  window.StrictSCORM12LMS = StrictSCORM12LMS;
}());
