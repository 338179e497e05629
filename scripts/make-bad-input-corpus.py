#!/usr/bin/env python3
"""Writes the bad-input corpus: Tests/CoursecCLITests/Fixtures/corpus.

`base/` is a small clean repository (a framework, two phases, a course with
a lesson, an image, a practice quiz and a 20-item assessment). Each case is
a few files laid over it (`cases/<category>/<name>/`), files removed from it,
and, for what git cannot hold portably, symbolic links and large files made
by the test. `cases.json` lists every case with its expected exit status and
the diagnostics it must produce: the set of rule ids, exactly, and where a
place matters, the place.

Expected places are written in the case's files as markers, `⟦CS0001⟧`
before the character the diagnostic must point at; the script removes the
markers and records `CS0001@file:line:column` (columns count characters).

Run it from the repository root after changing a case, and commit the output:

    python3 scripts/make-bad-input-corpus.py
"""
import io
import json
import os
import re
import shutil
import struct
import sys
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Tests", "CoursecCLITests", "Fixtures", "corpus")

# ---------------------------------------------------------------- base files

MANIFEST = """\
name: Ejemplo
language: es-MX
frameworks:
  - marcos/marco.yaml
phases:
  - id: fase-1
    title: Fase 1
    start: 2021-10-04
    end: 2022-03-11
  - id: fase-2
    title: Fase 2
    start: 2022-03-12
    end: 2022-07-29
courses:
  - curso
policy:
  rules:
    CS0501:
      params: { min: 1 }
"""

FRAMEWORK = """\
id: mcc
title: Competencias de ejemplo
items:
  - code: M1
    type: competency
    statement: Resuelve problemas aritméticos.
  - code: M2
    type: competency
    statement: Interpreta tablas y gráficas.
"""


def course(items=("leccion.md", "practica.md"), assessment="evaluacion.md", head="", tail="", title="Curso de ejemplo"):
    text = (f"id: curso\ntitle: {title}\ndescription: Un curso mínimo.\nsubject: matematicas\n"
            f"grades: [10]\nversion: 1.0.0\n{head}targets:\n  competencies: [M1]\noutline:\n  - unit: Unidad 1\n    items:\n")
    text += "".join(f"      - {item}\n" for item in items)
    if assessment:
        text += f"assessment: {assessment}\n"
    return text + tail


def lesson(body="Texto de la lección con una imagen.\n\n![Una recta numérica](media/imagen.png)\n",
           front="", id="leccion", title="Lección"):
    return f"---\nid: {id}\ntitle: {title}\nobjectives: [M1]\nminutes: 20\n{front}---\n\n{body}"


def quiz(questions="1. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n", front="",
         id="practica", kind="quiz", title="Práctica"):
    return f"---\nid: {id}\ntype: {kind}\ntitle: {title}\n{front}---\n\n{questions}"


def assessment_items(count=20, start=1, objectives="M1"):
    text = ""
    for n in range(start - 1, start - 1 + count):
        text += f"{n + 1}. ¿Cuánto es {n + 1} por {n + 11}? {{#e{n + 1} objectives={objectives}}}\n\n"
        right = n % 4
        for p in range(4):
            text += f"   - [{'x' if p == right else ' '}] {(n + 1) * (n + 11) + (p - right) * 3}\n"
        text += "\n"
    return text


def assessment(items=None, front=""):
    return quiz(assessment_items() if items is None else items, front=front, id="evaluacion",
                kind="assessment", title="Evaluación")


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MP4 = bytes([0, 0, 0, 20]) + b"ftypisom" + bytes([0, 0, 2, 0]) + b"isom"

BASE = {
    "coursec.yaml": MANIFEST,
    "marcos/marco.yaml": FRAMEWORK,
    "curso/course.yaml": course(),
    "curso/leccion.md": lesson(),
    "curso/practica.md": quiz(),
    "curso/evaluacion.md": assessment(),
    "curso/media/imagen.png": png(),
}

# ---------------------------------------------------------------- cases

CASES = []
MARK = re.compile("⟦(CS[0-9]{4})⟧".encode())


# What the alignment checks report when a base file cannot be read: the
# lesson teaches M1 (CS0403, and the assessment's items assess what no
# lesson teaches, CS0406), the quiz practises it (CS0404), the assessment
# assesses it (CS0405), the framework defines it (CS0401 for every use).
LOST = {"lesson": ["CS0403", "CS0406"], "quiz": ["CS0404"], "assessment": ["CS0405"], "framework": ["CS0401"],
        "outline": ["CS0206", "CS0403", "CS0404", "CS0406", "CS0501"]}


def case(category, name, files=None, exit=1, expect=(), remove=(), links=None, fill=None, note="", lost=()):
    """One case. `files` override or add base files (str or bytes, with
    ⟦ID⟧ markers); `expect` lists further expected ids (`CS0001`) or places
    (`CS0001@path` or `CS0001@path:line:column`); `lost` names base files
    the case makes unreadable, whose absence the alignment rules report."""
    files = files or {}
    expect = list(expect) + [rule for what in lost for rule in LOST[what]]
    # An HTML or SCORM lesson travels in the SCORM package as its introduction only.
    if any(isinstance(content, str) and content in (globals().get("HTML_LESSON"), globals().get("SCORM_LESSON"))
           for content in files.values()):
        expect.append("CS0803@curso/leccion.md")
    clean = {}
    places = []
    for path, content in files.items():
        data = content.encode() if isinstance(content, str) else content
        out = b""
        last = 0
        for match in MARK.finditer(data):
            out += data[last:match.start()]
            last = match.end()
            line = out.count(b"\n") + 1
            column = len(out[out.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
            places.append(f"{match.group(1).decode()}@{path}:{line}:{column}")
        clean[path] = out + data[last:]
    key = f"{category}/{name}"
    assert key not in {c["name"] for c in CASES}, key
    CASES.append({
        "name": key, "exit": exit, "note": note,
        "expect": sorted(set(places) | set(expect)),
        "files": clean, "remove": sorted(remove), "links": links or {}, "fill": fill or {},
    })


def M(i):
    return f"⟦{i}⟧"


# ---- encoding ---------------------------------------------------------------

BAD_BYTES = {
    "ff": b"\xff", "fe": b"\xfe", "lone-continuation": b"\x80", "bad-continuation": b"\xc3\x28",
    "truncated-3": b"\xe2\x82", "truncated-4": b"\xf0\x9f\x98", "surrogate": b"\xed\xa0\x80",
    "overlong-slash": b"\xc0\xaf", "overlong-3": b"\xe0\x80\xaf", "five-byte": b"\xf8\x88\x80\x80\x80",
    "above-10ffff": b"\xf4\x90\x80\x80", "latin1-e-acute": b"\xe9",
}
# Where the bad byte goes: inside a text the loader reads and nothing else checks.
PLACES = {
    "manifest-name": ("coursec.yaml", MANIFEST, "name: Ejemplo", "name: Ejem{}plo"),
    "course-description": ("curso/course.yaml", course(), "description: Un curso mínimo.", "description: Un cur{}so mínimo."),
    "lesson-body": ("curso/leccion.md", lesson(), "Texto de la lección", "Texto de la lec{}ción"),
    "quiz-stem": ("curso/practica.md", quiz(), "¿Cuánto es 2 + 2?", "¿Cuán{}to es 2 + 2?"),
    "framework-statement": ("marcos/marco.yaml", FRAMEWORK, "Interpreta tablas", "Interpreta ta{}blas"),
}
for place, (path, text, old, new) in PLACES.items():
    for name, bad in BAD_BYTES.items():
        if place in ("quiz-stem", "framework-statement") and name not in ("ff", "surrogate", "latin1-e-acute", "truncated-3"):
            continue
        marked = new.format("⟦CS0001⟧").encode()
        data = text.encode().replace(old.encode(), marked.replace("⟦CS0001⟧".encode(), "⟦CS0001⟧".encode() + bad))
        case("encoding", f"{place}-{name}", {path: data})

case("encoding", "bom-everywhere", {p: b"\xef\xbb\xbf" + BASE[p].encode() for p in
                                     ("coursec.yaml", "curso/course.yaml", "curso/leccion.md", "curso/practica.md")}, exit=0)
case("encoding", "crlf-everywhere", {p: BASE[p].replace("\n", "\r\n") for p in
                                      ("coursec.yaml", "curso/course.yaml", "curso/leccion.md", "curso/evaluacion.md")}, exit=0)
case("encoding", "lone-cr-lesson", {"curso/leccion.md": lesson().replace("\n", "\r")}, exit=0)
case("encoding", "utf16le-lesson", {"curso/leccion.md": b"\xff\xfe" + lesson().encode("utf-16-le")}, expect=["CS0007@curso/leccion.md"],
     note="UTF-16 has NUL bytes: a binary file, not text", lost=('lesson',))
case("encoding", "utf16be-manifest-description", {"curso/course.yaml": b"\xfe\xff" + course().encode("utf-16-be")},
     expect=["CS0007@curso/course.yaml"])
case("encoding", "nul-in-lesson-body", {"curso/leccion.md": lesson("Texto ⟦CS0007⟧\x00 oculto.\n")}, lost=('lesson',))
case("encoding", "nul-in-manifest", {"coursec.yaml": MANIFEST.replace("name: Ejemplo", "name: Ejem⟦CS0007⟧\x00plo")})
case("encoding", "binary-png-as-lesson", {"curso/leccion.md": png()}, expect=["CS0007@curso/leccion.md"], lost=('lesson',))
for path in ("curso/leccion.md", "curso/practica.md", "curso/evaluacion.md", "curso/course.yaml", "marcos/marco.yaml"):
    slug = path.split("/")[-1].split(".")[0]
    lost = {"leccion": ("lesson",), "practica": ("quiz",), "evaluacion": ("assessment",), "marco": ("framework",)}.get(slug, ())
    case("encoding", f"empty-{slug}", {path: b""}, expect=[f"CS0009@{path}"], lost=lost)
case("encoding", "bom-only-lesson", {"curso/leccion.md": b"\xef\xbb\xbf"}, expect=["CS0009@curso/leccion.md"], lost=('lesson',))
case("encoding", "whitespace-only-course", {"curso/course.yaml": "  \n\n   \n"}, expect=["CS0009@curso/course.yaml"])
case("encoding", "control-character-in-yaml", {"curso/course.yaml": course().replace("Un curso", "Un \x01curso")},
     expect=["CS0002@curso/course.yaml"])
case("encoding", "bidi-override-in-title", {"curso/leccion.md": lesson(title="Lección \u202egnp.exe")}, exit=0,
     note="text, however odd, is text")
case("encoding", "zero-width-in-id", {"curso/leccion.md": lesson(id="lec\u200bcion")}, expect=["CS0104@curso/leccion.md:2:5"])
case("encoding", "lesson-over-4-mib", fill={"curso/leccion.md": ["---\nid: leccion\ntitle: Lección\n---\n\n", "a", 5 * 1024 * 1024, "\n"]},
     expect=["CS0008@curso/leccion.md"], lost=('lesson',))
case("encoding", "course-over-4-mib", fill={"curso/course.yaml": [course() + "#", "x", 5 * 1024 * 1024, "\n"]},
     expect=["CS0008@curso/course.yaml"])

# ---- yaml -------------------------------------------------------------------

YAML_FILES = {"manifest": "coursec.yaml", "course": "curso/course.yaml", "framework": "marcos/marco.yaml"}
for slug, path in YAML_FILES.items():
    text = BASE[path]
    lost = ("framework",) if slug == "framework" else ()
    first, rest = text.split("\n", 1)
    # A YAML mistake is reported and the rest of the file read as if it were
    # fixed, so the framework still defines its codes and nothing else fails;
    # a file that is not a mapping at all is lost.
    case("yaml", f"unclosed-quote-{slug}", {path: first.replace(": ", ': "', 1) + "\n" + rest}, expect=[f"CS0002@{path}"])
    case("yaml", f"tab-indent-{slug}", {path: text.replace("\n  ", "\n⟦CS0003⟧\t", 1)})
    case("yaml", f"duplicate-top-key-{slug}", {path: text + "⟦CS0005⟧" + first + "\n"})
    case("yaml", f"top-level-list-{slug}", {path: "- " + first + "\n"}, expect=[f"CS0102@{path}:1:1"], lost=lost)
    case("yaml", f"top-level-scalar-{slug}", {path: "solo un texto\n"}, expect=[f"CS0102@{path}:1:1"], lost=lost)
    case("yaml", f"two-documents-{slug}", {path: text + "---\n" + text}, expect=[f"CS0002@{path}"])
    case("yaml", f"unknown-key-{slug}", {path: text + "⟦CS0103⟧titel: X\n"})
    case("yaml", f"bad-indentation-{slug}", {path: text.replace("\n", "\n   ", 1)}, expect=[f"CS0002@{path}"])
case("yaml", "alias-bomb-course", {"curso/course.yaml": course(tail="".join(
    f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 10) + "]\n" if i else "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
    for i in range(9)))}, expect=["CS0004@curso/course.yaml"])
case("yaml", "alias-bomb-front-matter", {"curso/leccion.md": lesson(front="".join(
    f"t{i}: &t{i} [" + ", ".join([f"*t{i - 1}"] * 10) + "]\n" if i else "t0: &t0 [a, a, a, a, a, a, a, a, a, a]\n"
    for i in range(9)))}, expect=["CS0004@curso/leccion.md"], lost=('lesson',))
case("yaml", "anchor-and-alias-used-plainly", {"curso/course.yaml": course(head="education-models: &m [bachillerato-general]\nsubsystems: *m\n")},
     exit=0)
case("yaml", "merge-key", {"curso/course.yaml": course(tail="⟦CS0103⟧base: &b {x: 1}\n")})
case("yaml", "deep-flow-nesting", {"curso/course.yaml": course(tail="profundo: " + "[" * 5000 + "]" * 5000 + "\n")},
     expect=["CS0002@curso/course.yaml"])
case("yaml", "deep-block-nesting", {"curso/course.yaml": course(tail="profundo:\n" + "".join(
    "  " * i + "- \n" for i in range(1, 100)))}, expect=["CS0103@curso/course.yaml"])
case("yaml", "python-tag", {"curso/course.yaml": course().replace("description: Un curso mínimo.",
                                                                  "description: !!python/object:os.system [ls]")},
     expect=["CS0102@curso/course.yaml:3:14"])
case("yaml", "binary-tag", {"curso/course.yaml": course().replace("description: Un curso mínimo.",
                                                                  "description: !!binary aG9sYQ==")}, exit=0,
     note="a tag does not change the text")
case("yaml", "yaml-directive", {"curso/course.yaml": "%YAML 1.1\n---\n" + course()}, exit=0)
case("yaml", "null-title", {"curso/course.yaml": course().replace("title: Curso de ejemplo", "title: ~")},
     expect=["CS0101@curso/course.yaml:1:1"])
case("yaml", "title-is-list", {"curso/course.yaml": course().replace("title: Curso de ejemplo", "title: ⟦CS0102⟧[a, b]")})
case("yaml", "title-is-mapping", {"curso/course.yaml": course().replace("title: Curso de ejemplo", "title: ⟦CS0102⟧{a: b}")})
case("yaml", "complex-key", {"curso/course.yaml": course(tail="? ⟦CS0102⟧[a, b]\n: valor\n")})
case("yaml", "grades-text", {"curso/course.yaml": course().replace("grades: [10]", "grades: [⟦CS0104⟧diez]")})
case("yaml", "grades-huge-number", {"curso/course.yaml": course().replace("grades: [10]", "grades: [⟦CS0104⟧99999999999999999999999]")})
case("yaml", "minutes-huge-number", {"curso/leccion.md": lesson().replace("minutes: 20", "minutes: ⟦CS0102⟧99999999999999999999999")})
case("yaml", "minutes-negative", {"curso/leccion.md": lesson().replace("minutes: 20", "minutes: ⟦CS0104⟧-5")})
case("yaml", "minutes-float", {"curso/leccion.md": lesson().replace("minutes: 20", "minutes: ⟦CS0102⟧20.5")})
case("yaml", "minutes-quoted", {"curso/leccion.md": lesson().replace("minutes: 20", "minutes: ⟦CS0102⟧\"20\"")})
case("yaml", "draft-yes", {"curso/leccion.md": lesson(front="draft: ⟦CS0102⟧yes\n")})
case("yaml", "version-float", {"curso/course.yaml": course().replace("version: 1.0.0", "version: ⟦CS0104⟧1.0")})
case("yaml", "version-v-prefix", {"curso/course.yaml": course().replace("version: 1.0.0", "version: ⟦CS0104⟧v1.0.0")})
case("yaml", "language-bad", {"curso/course.yaml": course(head="language: ⟦CS0104⟧español\n")},
     note="the language goes into every page and manifest")
case("yaml", "manifest-language-bad", {"coursec.yaml": MANIFEST.replace("language: es-MX", "language: ⟦CS0104⟧es_MX")})
case("yaml", "language-with-space", {"curso/course.yaml": course(head="language: ⟦CS0104⟧es MX\n")})
case("yaml", "enrollment-bad", {"curso/course.yaml": course(head="platform:\n  enrollment: ⟦CS0104⟧todos\n")})
case("yaml", "certificate-si", {"curso/course.yaml": course(head="platform:\n  certificate: ⟦CS0102⟧sí\n")})
case("yaml", "platform-list", {"curso/course.yaml": course(head="platform: ⟦CS0102⟧[a]\n")})
case("yaml", "outline-mapping", {"curso/course.yaml": course().replace(
    "outline:\n  - unit: Unidad 1\n    items:\n      - leccion.md\n      - practica.md\n", "outline: ⟦CS0102⟧{a: b}\n")},
     lost=("outline",), note="nothing is in the outline: its files are orphans")
case("yaml", "items-scalar", {"curso/course.yaml": course().replace(
    "    items:\n      - leccion.md\n      - practica.md\n", "    items: leccion.md\n")}, expect=["CS0206", "CS0404"],
     exit=0, note="a single text is a list of one; the quiz becomes an orphan")
case("yaml", "missing-course-id", {"curso/course.yaml": course().replace("id: curso\n", "")}, expect=["CS0101@curso/course.yaml:1:1"])
for key in ("description", "subject", "grades", "version", "outline"):
    case("yaml", f"missing-course-{key}", {"curso/course.yaml": re.sub(
        rf"^{key}:.*\n" + ("(  .*\n)*" if key == "outline" else ""), "", course(), flags=re.M)},
        expect=["CS0101@curso/course.yaml:1:1"], lost=("outline",) if key == "outline" else ())
for key in ("name", "language", "phases", "courses"):
    case("yaml", f"missing-manifest-{key}", {"coursec.yaml": re.sub(rf"^{key}:.*\n(  .*\n)*", "", MANIFEST, flags=re.M)},
         expect=["CS0101@coursec.yaml:1:1"])
for key in ("id", "title", "start", "end"):
    case("yaml", f"missing-phase-{key}", {"coursec.yaml": MANIFEST.replace("  - id: fase-2\n    title: Fase 2\n    start: 2022-03-12\n    end: 2022-07-29\n",
        "  - " + "    ".join(line + "\n" for line in ["id: fase-2", "title: Fase 2", "start: 2022-03-12", "end: 2022-07-29"] if not line.startswith(key + ":")))},
        expect=["CS0101@coursec.yaml"])
case("yaml", "phases-scalar", {"coursec.yaml": MANIFEST.replace(
    "phases:\n  - id: fase-1\n    title: Fase 1\n    start: 2021-10-04\n    end: 2022-03-11\n  - id: fase-2\n    title: Fase 2\n    start: 2022-03-12\n    end: 2022-07-29\n",
    "phases: ⟦CS0102⟧todas\n")}, expect=[])
case("yaml", "front-matter-list", {"curso/leccion.md": "---\n⟦CS0102⟧- a\n- b\n---\n\nTexto.\n"}, lost=('lesson',))
case("yaml", "front-matter-syntax", {"curso/leccion.md": "---\nid: leccion\ntitle: \"Lección\n---\n\nTexto.\n"},
     expect=["CS0002@curso/leccion.md"], lost=('lesson',))
case("yaml", "front-matter-tab", {"curso/leccion.md": lesson(front="tags:\n⟦CS0003⟧\t- uno\n")})
case("yaml", "front-matter-duplicate", {"curso/leccion.md": lesson(front="⟦CS0005⟧title: Otra\n")})
case("yaml", "long-key", {"curso/course.yaml": course(tail="k" * 5000 + ": v\n")}, expect=["CS0002@curso/course.yaml"],
     note="YAML limits simple keys to 1,024 characters")
case("yaml", "many-unknown-keys", {"curso/course.yaml": course(tail="⟦CS0103⟧" + "".join(f"extra{i}: {i}\n" for i in range(2000)))})

# ---- markdown ---------------------------------------------------------------

case("markdown", "no-front-matter", {"curso/leccion.md": "⟦CS0006⟧# Lección\n\nTexto.\n"}, lost=('lesson',))
case("markdown", "unclosed-front-matter", {"curso/leccion.md": "⟦CS0006⟧---\nid: leccion\ntitle: Lección\n\nTexto.\n"}, lost=('lesson',))
case("markdown", "front-matter-only", {"curso/leccion.md": "---\nid: leccion\ntitle: Lección\nobjectives: [M1]\n---\n"}, exit=0)
case("markdown", "empty-front-matter", {"curso/leccion.md": "---\n---\n\nTexto.\n"}, expect=["CS0101@curso/leccion.md"], lost=('lesson',))
case("markdown", "quiz-no-front-matter", {"curso/practica.md": "⟦CS0006⟧1. ¿Cuánto es 2 + 2? {#suma}\n\n   - [x] 4\n   - [ ] 5\n"}, lost=('quiz',))
case("markdown", "deep-blockquotes", {"curso/leccion.md": lesson(">" * 20000 + " hondo\n")}, exit=0)
case("markdown", "deep-lists", {"curso/leccion.md": lesson("".join("  " * i + "- a\n" for i in range(300)))}, exit=0)
case("markdown", "emphasis-run", {"curso/leccion.md": lesson("*" * 5000 + "a" + "_" * 5000 + "\n")}, exit=0)
case("markdown", "backtick-runs", {"curso/leccion.md": lesson("".join("`" * i + " " for i in range(1, 200)) + "\n")}, exit=0)
case("markdown", "unclosed-fence", {"curso/leccion.md": lesson("```\ncódigo sin cerrar\n")}, exit=0)
case("markdown", "link-reference-flood", {"curso/leccion.md": lesson("".join(f"[r{i}]: https://example.org/{i}\n" for i in range(500))
                                                                    + "[r1] " * 500 + "\n")}, exit=0)
case("markdown", "footnote-loop", {"curso/leccion.md": lesson("Texto[^a].\n\n[^a]: Nota[^b].\n[^b]: Otra[^a].\n")}, exit=0)
case("markdown", "nested-brackets", {"curso/leccion.md": lesson("[" * 5000 + "a" + "]" * 5000 + "\n")}, exit=0)
case("markdown", "long-single-line", {"curso/leccion.md": lesson("palabra " * 4000 + "\n")}, exit=0)
case("markdown", "many-headings-same-text", {"curso/leccion.md": lesson("## Igual\n\n" * 3000)}, exit=0)
case("markdown", "script-tag", {"curso/leccion.md": lesson("<script>alert(1)</script>\n\nTexto.\n")}, exit=0,
     note="raw HTML is sanitised when rendered")
case("markdown", "event-handler", {"curso/leccion.md": lesson("<img src=x onerror=alert(1)>\n")}, exit=0)
case("markdown", "javascript-link", {"curso/leccion.md": lesson("[la calculadora](javascript:alert(1))\n")}, exit=0)
case("markdown", "image-without-alt", {"curso/leccion.md": lesson("⟦CS0208⟧![](media/imagen.png)\n")})
case("markdown", "image-missing-file", {"curso/leccion.md": lesson("![Una imagen](⟦CS0201⟧media/no-existe.png)\n")}, expect=[])
case("markdown", "image-unsupported-type", {"curso/leccion.md": lesson("![Un documento](media/imagen.bmp)\n"),
                                            "curso/media/imagen.bmp": b"BM" + b"\x00" * 60}, expect=["CS0203@curso/leccion.md"])
case("markdown", "link-to-missing-file", {"curso/leccion.md": lesson("[guía](media/guia.pdf)\n")}, expect=["CS0201@curso/leccion.md"])
case("markdown", "link-leaves-repository", {"curso/leccion.md": lesson("[fuera](../../../etc/passwd)\n")},
     expect=["CS0202@curso/leccion.md"])
case("markdown", "nul-heavy-body", {"curso/leccion.md": lesson("texto\n") + "\x00" * 10}, expect=["CS0007@curso/leccion.md"], lost=('lesson',))
case("markdown", "html-comment-unclosed", {"curso/leccion.md": lesson("<!-- sin cerrar\n\nTexto.\n")}, exit=0)
case("markdown", "table-ragged", {"curso/leccion.md": lesson("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n")}, exit=0)
case("markdown", "autolink-flood", {"curso/leccion.md": lesson("www.a.com " * 3000 + "\n")}, exit=0)
case("markdown", "strikethrough-flood", {"curso/leccion.md": lesson("~~a " * 3000 + "\n")}, exit=0)
case("markdown", "entity-flood", {"curso/leccion.md": lesson("&amp;&#x1F600;&nbsp;&bogus; " * 1000 + "\n")}, exit=0)

# ---- structure --------------------------------------------------------------

case("structure", "course-folder-missing", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0204⟧otro\n")})
case("structure", "course-yaml-missing", remove=["curso/course.yaml"], expect=["CS0204@coursec.yaml:15:5"])
case("structure", "course-listed-twice", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0205⟧curso\n")})
case("structure", "course-listed-twice-spelt-differently", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0205⟧./curso/\n")})
case("structure", "outline-file-missing", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0201⟧falta.md"))})
case("structure", "outline-entry-twice", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0205⟧leccion.md"))})
case("structure", "outline-entry-twice-other-spelling", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0205⟧./leccion.md"))})
case("structure", "assessment-in-outline", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0205⟧evaluacion.md"))}, expect=["CS0405"],
     note="named twice: the outline and `assessment:`")
case("structure", "assessment-only-in-outline", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0205⟧evaluacion.md"), assessment=None)},
     expect=["CS0405"])
case("structure", "lesson-as-assessment", {"curso/course.yaml": course(assessment="⟦CS0205⟧leccion.md", items=("practica.md",))},
     expect=["CS0206", "CS0403", "CS0405"])
case("structure", "unknown-type", {"curso/leccion.md": lesson().replace("id: leccion\n", "id: leccion\ntype: ⟦CS0104⟧leccion\n")}, lost=('lesson',))
case("structure", "unknown-kind", {"curso/leccion.md": lesson(front="kind: ⟦CS0104⟧podcast\n")})
case("structure", "invalid-lesson-id", {"curso/leccion.md": lesson(id="⟦CS0104⟧Lección Uno")})
case("structure", "invalid-course-id", {"curso/course.yaml": course().replace("id: curso", "id: ⟦CS0104⟧Curso_1")})
case("structure", "invalid-phase-id", {"coursec.yaml": MANIFEST.replace("id: fase-2", "id: ⟦CS0104⟧Fase 2")})
case("structure", "duplicate-lesson-id", {"curso/otra.md": lesson(id="⟦CS0105⟧leccion", body="Otra.\n"),
                                          "curso/course.yaml": course(items=("leccion.md", "otra.md", "practica.md"))})
case("structure", "duplicate-phase-id", {"coursec.yaml": MANIFEST.replace("id: fase-2", "id: ⟦CS0105⟧fase-1")}, expect=[])
case("structure", "quiz-id-equals-lesson-id", {"curso/practica.md": quiz(id="⟦CS0105⟧leccion")})
BAD_DATES = {"february-30": "2022-02-30", "february-29-common-year": "2021-02-29", "april-31": "2022-04-31",
             "month-13": "2022-13-01", "month-00": "2022-00-10", "day-00": "2022-03-00", "day-32": "2022-01-32",
             "short-month": "2022-3-12", "two-digit-year": "22-03-12", "plus-sign": "2022-+3-12", "slashes": "2022/03/12",
             "spaces": "2022 -03-12", "words": "doce de marzo", "year-0000": "0000-03-12", "trailing-time": "2022-03-12T00:00"}
for name, date in BAD_DATES.items():
    case("structure", f"phase-date-{name}", {"coursec.yaml": MANIFEST.replace("start: 2022-03-12", f"start: ⟦CS0104⟧{date}")})
case("structure", "phase-date-february-29-leap-year", {"coursec.yaml": MANIFEST.replace("start: 2022-03-12", "start: 2022-02-29")
                                                       .replace("end: 2022-03-11", "end: 2020-02-29").replace("start: 2021-10-04", "start: 2020-01-01")},
     expect=["CS0104@coursec.yaml:12:12"], note="2020-02-29 is a day; 2022-02-29 is not")
case("structure", "phase-date-leap-2000", {"coursec.yaml": MANIFEST.replace("start: 2021-10-04", "start: 2000-02-29")}, exit=0)
case("structure", "phase-ends-before-start", {"coursec.yaml": MANIFEST.replace("end: 2022-07-29", "end: ⟦CS0104⟧2022-03-01")})
case("structure", "since-unknown-phase", {"curso/leccion.md": lesson(front="since: ⟦CS0204⟧fase-9\n")})
case("structure", "review-of-unknown", {"curso/leccion.md": lesson(front="review-of: [⟦CS0204⟧nada]\n")})
case("structure", "review-of-later", {"curso/otra.md": lesson(id="otra", body="Otra.\n"),
                                      "curso/leccion.md": lesson(front="review-of: [⟦CS0409⟧otra]\n"),
                                      "curso/course.yaml": course(items=("leccion.md", "otra.md", "practica.md"))})
case("structure", "video-without-file", {"curso/leccion.md": lesson(front="kind: video\n")}, expect=["CS0101@curso/leccion.md"])
case("structure", "file-on-text-lesson", {"curso/leccion.md": lesson(front="file: ⟦CS0104⟧media/imagen.png\n")})
case("structure", "subtitles-on-text-lesson", {"curso/leccion.md": lesson(front="subtitles: { es: media/imagen.png }\n")},
     expect=["CS0104@curso/leccion.md", "CS0203@curso/leccion.md"])
case("structure", "link-lesson-without-resource", {"curso/leccion.md": lesson(front="kind: link\n")}, expect=["CS0101@curso/leccion.md"])
case("structure", "resource-bad-provider", {"curso/leccion.md": lesson(front="resources:\n  - provider: ⟦CS0104⟧geogebr\n    url: https://www.geogebra.org/m/abc\n    title: Recta\n")})
case("structure", "resource-bad-url", {"curso/leccion.md": lesson(front="resources:\n  - provider: web\n    url: ⟦CS0207⟧www.example.org\n    title: Recta\n")})
case("structure", "resource-javascript-url", {"curso/leccion.md": lesson(front="resources:\n  - provider: web\n    url: ⟦CS0207⟧javascript:alert(1)\n    title: Recta\n")})
case("structure", "resource-missing-url", {"curso/leccion.md": lesson(front="resources:\n  - provider: web\n    title: Recta\n")},
     expect=["CS0101@curso/leccion.md"])
case("structure", "orphan-lesson", {"curso/suelta.md": lesson(id="suelta", body="Suelta.\n")}, exit=0, expect=["CS0206@curso/suelta.md"])
case("structure", "empty-outline", {"curso/course.yaml": course(items=()).replace("    items:\n", "    items: []\n")},
     expect=["CS0206", "CS0403", "CS0404", "CS0501", "CS0406"], exit=0)
case("structure", "unknown-objective", {"curso/leccion.md": lesson().replace("objectives: [M1]", "objectives: [⟦CS0401⟧M9]")},
     expect=["CS0403", "CS0406"])
case("structure", "framework-missing", {"coursec.yaml": MANIFEST.replace("  - marcos/marco.yaml", "  - ⟦CS0201⟧marcos/otro.yaml")},
     expect=["CS0401"])
case("structure", "framework-code-with-colon", {"marcos/marco.yaml": FRAMEWORK.replace("code: M2", "code: ⟦CS0104⟧M:2")})
def nested_children(depth):
    text, indent = "", "    "
    for level in range(depth):
        text += f"{indent}children:\n{indent}  - code: H{level}\n{indent}    type: field\n{indent}    statement: Nivel {level}.\n"
        indent += "    "
    return text
case("structure", "framework-deep-children", {"marcos/marco.yaml": FRAMEWORK + nested_children(60)}, exit=0,
     note="60 levels of children are read without running out of stack")
case("structure", "course-folder-is-file", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0204⟧archivo\n"),
                                            "archivo": "no es una carpeta\n"})

# ---- paths ------------------------------------------------------------------

for name, written in {"dotdot": "../../fuera.md", "absolute": "/etc/passwd", "home": "~/fuera.md",
                      "windows-drive": "C:\\fuera.md", "windows-drive-slash": "C:/fuera.md", "backslash-root": "\\\\servidor\\x.md",
                      "dotdot-deep": "a/b/../../../../fuera.md"}.items():
    case("paths", f"outline-{name}", {"curso/course.yaml": course(items=("leccion.md", "practica.md", f"⟦CS0202⟧'{written}'"))})
case("paths", "outline-dotdot-inside", {"curso/course.yaml": course(items=("../curso/leccion.md", "practica.md"))}, exit=0,
     note="`..` that stays inside the repository is fine")
case("paths", "course-folder-dotdot", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0202⟧../fuera\n")})
case("paths", "course-folder-absolute", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0202⟧/tmp\n")})
case("paths", "framework-absolute", {"coursec.yaml": MANIFEST.replace("  - marcos/marco.yaml", "  - ⟦CS0202⟧/etc/hostname")},
     expect=["CS0401"])
case("paths", "image-absolute", {"curso/leccion.md": lesson("![Una imagen](/etc/passwd)\n")}, expect=["CS0202@curso/leccion.md"])
case("paths", "thumbnail-dotdot", {"curso/course.yaml": course(head="thumbnail: ⟦CS0202⟧../../x.png\n")})
case("paths", "lesson-file-dotdot", {"curso/leccion.md": lesson(front="kind: pdf\nfile: ⟦CS0202⟧../../../etc/passwd.pdf\n")})
case("paths", "percent-encoded-dotdot", {"curso/leccion.md": lesson("![Una imagen](%2e%2e/%2e%2e/%2e%2e/x.png)\n")},
     expect=["CS0202@curso/leccion.md"], note="a link is a URL: %2e%2e is `..`")
case("paths", "outline-names-folder", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0201⟧media"))})
case("paths", "very-long-name", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0201⟧" + "n" * 300 + ".md"))})
case("paths", "symlink-lesson-to-passwd", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0202⟧secreto.md"))},
     links={"curso/secreto.md": "/etc/passwd"})
case("paths", "symlink-image-outside", {"curso/leccion.md": lesson("![Una imagen](media/fuera.png)\n")},
     links={"curso/media/fuera.png": "/etc/passwd"}, expect=["CS0202@curso/leccion.md"])
case("paths", "symlink-course-folder-outside", {"coursec.yaml": MANIFEST.replace("  - curso\n", "  - curso\n  - ⟦CS0202⟧enlace\n")},
     links={"enlace": "/etc"})
case("paths", "symlink-media-folder-outside", {"curso/leccion.md": lesson("![Una imagen](fuera/hostname.png)\n")},
     links={"curso/fuera": "/etc"}, expect=["CS0202@curso/leccion.md"])
case("paths", "symlink-inside-is-fine", {"curso/leccion.md": lesson("![Una imagen](media/alias.png)\n")},
     links={"curso/media/alias.png": "imagen.png"}, exit=0)
case("paths", "symlink-loop", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0201⟧bucle.md"))},
     links={"curso/bucle.md": "bucle.md"})
case("paths", "dangling-symlink", {"curso/course.yaml": course(items=("leccion.md", "practica.md", "⟦CS0201⟧roto.md"))},
     links={"curso/roto.md": "no-existe.md"})

# ---- media ------------------------------------------------------------------

case("media", "png-is-jpeg", {"curso/media/imagen.png": JPEG}, expect=["CS0210@curso/leccion.md"])
case("media", "png-is-html", {"curso/media/imagen.png": "<html><body>hola</body></html>\n"}, expect=["CS0210@curso/leccion.md"])
case("media", "png-empty", {"curso/media/imagen.png": b""}, expect=["CS0209@curso/leccion.md"])
case("media", "png-truncated-signature", {"curso/media/imagen.png": b"\x89PN"}, expect=["CS0210@curso/leccion.md"])
SVG_BAD = {"script": "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
           "onload": "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
           "external-image": "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><image xlink:href='https://example.org/x.png'/></svg>",
           "entity": "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg'>&x;</svg>",
           "javascript-href": "<svg xmlns='http://www.w3.org/2000/svg'><a href='javascript:alert(1)'><text>x</text></a></svg>",
           "foreign-object": "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><iframe xmlns='http://www.w3.org/1999/xhtml' src='https://example.org'/></foreignObject></svg>"}
for name, svg in SVG_BAD.items():
    case("media", f"svg-{name}", {"curso/leccion.md": lesson("![Un dibujo](media/dibujo.svg)\n"), "curso/media/dibujo.svg": svg},
         expect=["CS0211@curso/leccion.md"])
case("media", "svg-not-xml", {"curso/leccion.md": lesson("![Un dibujo](media/dibujo.svg)\n"), "curso/media/dibujo.svg": "<svg><<<"},
     expect=["CS0210@curso/leccion.md"])
case("media", "svg-clean", {"curso/leccion.md": lesson("![Un dibujo](media/dibujo.svg)\n"),
                            "curso/media/dibujo.svg": "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>"}, exit=0)
case("media", "pdf-is-html", {"curso/leccion.md": lesson(front="kind: pdf\nfile: media/guia.pdf\n"), "curso/media/guia.pdf": "<!DOCTYPE html><p>no</p>"},
     expect=["CS0210@curso/leccion.md"])
case("media", "pdf-empty", {"curso/leccion.md": lesson(front="kind: pdf\nfile: media/guia.pdf\n"), "curso/media/guia.pdf": b""},
     expect=["CS0209@curso/leccion.md"])
case("media", "pdf-missing", {"curso/leccion.md": lesson(front="kind: pdf\nfile: ⟦CS0201⟧media/guia.pdf\n")})
case("media", "pdf-ok", {"curso/leccion.md": lesson(front="kind: pdf\nfile: media/guia.pdf\n"), "curso/media/guia.pdf": PDF}, exit=0)
case("media", "video-is-text", {"curso/leccion.md": lesson(front="kind: video\nfile: ⟦CS0220⟧media/clase.mp4\n"), "curso/media/clase.mp4": "no es un video\n"},
     expect=["CS0210@curso/leccion.md"], note="nor does it have subtitles or a transcript")
case("media", "video-wrong-kind-extension", {"curso/leccion.md": lesson(front="kind: video\nfile: ⟦CS0203⟧media/guia.pdf\n"), "curso/media/guia.pdf": PDF})
case("media", "audio-as-video", {"curso/leccion.md": lesson(front="kind: audio\nfile: ⟦CS0203⟧media/clase.mp4\n"), "curso/media/clase.mp4": MP4})
case("media", "subtitles-not-vtt", {"curso/leccion.md": lesson(front="kind: video\nfile: media/clase.mp4\nsubtitles: { es: media/clase.es.vtt }\n"),
                                     "curso/media/clase.mp4": MP4, "curso/media/clase.es.vtt": "1\n00:00:01,000 --> 00:00:02,000\nHola\n"},
     expect=["CS0210@curso/leccion.md"])
case("media", "subtitles-bad-language", {"curso/leccion.md": lesson(front="kind: video\nfile: ⟦CS0220⟧media/clase.mp4\nsubtitles: { ⟦CS0104⟧español: media/clase.es.vtt }\n"),
                                          "curso/media/clase.mp4": MP4, "curso/media/clase.es.vtt": "WEBVTT\n"}, note="subtitles under a tag that is not a language are not kept: the video has no transcript")
case("media", "thumbnail-not-image", {"curso/course.yaml": course(head="thumbnail: ⟦CS0203⟧media/guia.pdf\n"), "curso/media/guia.pdf": PDF})
case("media", "thumbnail-is-jpeg-named-png", {"curso/course.yaml": course(head="thumbnail: media/portada.png\n"), "curso/media/portada.png": JPEG},
     expect=["CS0210@curso/course.yaml"])
case("media", "fallback-missing", {"curso/leccion.md": lesson(front="resources:\n  - provider: web\n    url: https://example.org/x\n    title: X\n    fallback: ⟦CS0201⟧media/no.png\n")})
case("media", "image-is-folder", {"curso/leccion.md": lesson("![Una imagen](media)\n")}, expect=["CS0201@curso/leccion.md"])
case("media", "executable-linked", {"curso/leccion.md": lesson("[programa](media/programa.exe)\n"), "curso/media/programa.exe": b"MZ\x90\x00"},
     expect=["CS0203@curso/leccion.md"])

# ---- archives ---------------------------------------------------------------


def zip_bytes(entries):
    """A ZIP of (name, bytes[, options]) entries, written byte by byte so
    that flags and attributes are exactly what the case says (`method` 8
    deflates; `flags` and `attributes` go into both headers)."""
    local, central = b"", b""
    for name, data, *rest in entries:
        options = rest[0] if rest else {}
        raw = name.encode()
        method = options.get("method", 0)
        payload = zlib.compress(data)[2:-4] if method == 8 else data
        crc = zlib.crc32(data) & 0xFFFFFFFF
        flags = options.get("flags", 0) | 0x800
        attributes = options.get("attributes", 0)
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x5421, crc, len(payload), len(data), len(raw), 0) + raw + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, 0, 0x5421, crc, len(payload), len(data),
                               len(raw), 0, 0, 0, 0, attributes, offset) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(local), 0)
    return local + central + end


PAGE = ("index.html", b"<!DOCTYPE html><title>Actividad</title><p>Hola</p>")
HTML_LESSON = lesson(front="kind: html\nfile: media/actividad.zip\n")
SCORM_LESSON = lesson(front="kind: scorm\nfile: media/paquete.zip\n")
ARCHIVES = {
    "no-index": ([("pagina.html", b"<p>x</p>")], "CS0705"),
    "index-in-folder": ([("actividad/index.html", b"<p>x</p>")], "CS0705"),
    "zip-slip": ([PAGE, ("../../.bashrc", b"echo hola")], "CS0706"),
    "absolute-entry": ([PAGE, ("/etc/cron.d/x", b"x")], "CS0706"),
    "backslash-dotdot": ([PAGE, ("..\\..\\x.txt", b"x")], "CS0706"),
    "symlink-entry": ([PAGE, ("enlace", b"/etc/passwd", {"attributes": 0o120777 << 16})], "CS0706"),
    "encrypted-entry": ([PAGE, ("secreto.html", b"x", {"flags": 1})], "CS0706"),
    "duplicate-names": ([PAGE, PAGE], "CS0706"),
    "names-differ-in-case": ([PAGE, ("Foto.png", b"a"), ("foto.PNG", b"b")], "CS0706"),
    "names-differ-in-nfc": ([PAGE, ("lecci\u00f3n.html", b"a"), ("leccio\u0301n.html", b"b")], "CS0706"),
    "long-name": ([PAGE, ("n" * 300 + ".html", b"x")], "CS0706"),
    "deep-path": ([PAGE, ("/".join(f"d{i}" for i in range(40)), b"x")], "CS0706"),
    "deflate-bomb": ([PAGE, ("ceros.bin", b"\x00" * (1 << 20), {"method": 8})], "CS0706"),
}
for name, (entries, rule) in ARCHIVES.items():
    case("archives", f"html-{name}", {"curso/leccion.md": HTML_LESSON, "curso/media/actividad.zip": zip_bytes(entries)},
         expect=[f"{rule}@curso/leccion.md"])
case("archives", "html-ok", {"curso/leccion.md": HTML_LESSON, "curso/media/actividad.zip": zip_bytes([PAGE])}, exit=0)
case("archives", "html-not-a-zip", {"curso/leccion.md": HTML_LESSON, "curso/media/actividad.zip": "no es un zip\n"},
     expect=["CS0705@curso/leccion.md:7:7"])
case("archives", "html-truncated-zip", {"curso/leccion.md": HTML_LESSON, "curso/media/actividad.zip": zip_bytes([PAGE])[:-10]},
     expect=["CS0705@curso/leccion.md:7:7"])
case("archives", "html-empty-zip", {"curso/leccion.md": HTML_LESSON, "curso/media/actividad.zip": zip_bytes([])},
     expect=["CS0705@curso/leccion.md"])
case("archives", "html-zip-zero-bytes", {"curso/leccion.md": HTML_LESSON, "curso/media/actividad.zip": b""},
     expect=["CS0705@curso/leccion.md:7:7"])
SCORM_MANIFEST = ("<?xml version='1.0'?><manifest identifier='m' version='1' xmlns='http://www.imsproject.org/xsd/imscp_rootv1p1p2' "
                  "xmlns:adlcp='http://www.adlnet.org/xsd/adlcp_rootv1p2'><metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>"
                  "<organizations default='o'><organization identifier='o'><title>T</title><item identifier='i' identifierref='r'><title>T</title></item>"
                  "</organization></organizations><resources><resource identifier='r' type='webcontent' adlcp:scormtype='sco' href='index.html'>"
                  "<file href='index.html'/></resource></resources></manifest>")
case("archives", "scorm-ok", {"curso/leccion.md": SCORM_LESSON, "curso/media/paquete.zip": zip_bytes([("imsmanifest.xml", SCORM_MANIFEST.encode()), PAGE])}, exit=0)
case("archives", "scorm-no-manifest", {"curso/leccion.md": SCORM_LESSON, "curso/media/paquete.zip": zip_bytes([PAGE])},
     expect=["CS0704@curso/leccion.md"])
case("archives", "scorm-manifest-not-xml", {"curso/leccion.md": SCORM_LESSON, "curso/media/paquete.zip": zip_bytes([("imsmanifest.xml", b"<manifest"), PAGE])},
     expect=["CS0704@curso/leccion.md"])
case("archives", "scorm-manifest-xxe", {"curso/leccion.md": SCORM_LESSON, "curso/media/paquete.zip": zip_bytes([("imsmanifest.xml", (
    "<?xml version='1.0'?><!DOCTYPE manifest [<!ENTITY s SYSTEM 'file:///etc/passwd'>]>" + SCORM_MANIFEST.split("?>", 1)[1].replace("<title>T</title>", "<title>&s;</title>", 1)).encode()), PAGE])},
     expect=["CS0704@curso/leccion.md"])
case("archives", "scorm-manifest-wrong-schema", {"curso/leccion.md": SCORM_LESSON, "curso/media/paquete.zip": zip_bytes([("imsmanifest.xml", b"<?xml version='1.0'?><manifest/>"), PAGE])},
     expect=["CS0704@curso/leccion.md"])
case("archives", "scorm-zip-slip", {"curso/leccion.md": SCORM_LESSON, "curso/media/paquete.zip": zip_bytes([("imsmanifest.xml", SCORM_MANIFEST.encode()), PAGE, ("../x", b"x")])},
     expect=["CS0706@curso/leccion.md"])

# ---- policy -----------------------------------------------------------------

POLICY_AT = "policy:\n  rules:\n    CS0501:\n      params: { min: 1 }\n"
def policy(extra):
    return MANIFEST.replace(POLICY_AT, POLICY_AT + extra)
# Every parameter of a rule `check` runs, with values out of its range or
# not numbers: reported (CS0904), and never used in a way that traps.
PARAMETERS = {"CS0320": "sizes", "CS0321": "similarity", "CS0323": "factor", "CS0325": "min-difference",
              "CS0405": "min-items", "CS0408": "tolerance", "CS0410": "min-share", "CS0502": "max", "CS0503": "every"}
for rule, parameter in PARAMETERS.items():
    for slug, value in {"zero": "0", "negative": "-1", "huge": "1e308", "nan": "nan", "overflow": "99999999999999999999"}.items():
        if slug == "zero" and rule in ("CS0410", "CS0408", "CS0405", "CS0321", "CS0325", "CS0502"):
            continue  # zero is within their range
        if slug == "huge" and rule in ("CS0325", "CS0408"):
            continue
        case("policy", f"parameter-{rule}-{parameter}-{slug}", {"coursec.yaml": policy(f"    {rule}:\n      params: {{ {parameter}: ⟦CS0904⟧{value} }}\n")},
             note="the value is reported; the check must still run without trapping")
case("policy", "unknown-rule", {"coursec.yaml": policy("    ⟦CS0901⟧CS9999: off\n")})
case("policy", "unknown-rule-name", {"coursec.yaml": policy("    ⟦CS0901⟧ninguna-regla: off\n")})
case("policy", "bad-severity", {"coursec.yaml": policy("    CS0206: ⟦CS0104⟧fatal\n")})
case("policy", "unknown-parameter", {"coursec.yaml": policy("    CS0503:\n      params: { ⟦CS0901⟧cada: 2 }\n")})
case("policy", "parameter-wrong-type", {"coursec.yaml": policy("    CS0503:\n      params: { every: ⟦CS0904⟧muchas }\n")})
case("policy", "parameter-out-of-range", {"coursec.yaml": policy("    CS0321:\n      params: { similarity: ⟦CS0904⟧7 }\n")})
case("policy", "rules-is-list", {"coursec.yaml": MANIFEST.replace(POLICY_AT, "policy:\n  rules: ⟦CS0102⟧[CS0206]\n")}, expect=["CS0501"],
     note="the course's size bound is lost with the rules")
case("policy", "unknown-policy-key", {"coursec.yaml": MANIFEST.replace(POLICY_AT, POLICY_AT.replace("  rules:", "  ⟦CS0103⟧reglas: {}\n  rules:"))})
for rule in ("CS0010", "CS0011", "CS0012", "CS0013", "CS0014", "CS0015"):
    case("policy", f"limit-{rule}-off", {"coursec.yaml": policy(f"    ⟦CS0901⟧{rule}: off\n")})
case("policy", "limit-by-name-warning", {"coursec.yaml": policy("    ⟦CS0901⟧title-too-long: warning\n")})
case("policy", "limit-off-does-not-hide-it", {"coursec.yaml": policy("    ⟦CS0901⟧CS0014: off\n"),
                                              "curso/leccion.md": lesson(title="⟦CS0014⟧" + "a" * 301)}, expect=["CS0801"])
case("policy", "suppression-without-reason", {"curso/practica.md": quiz("⟦CS0902⟧<!-- coursec-disable CS0324 -->\n\n" + quiz().split("---\n\n", 1)[1])})
case("policy", "suppression-unknown-rule", {"curso/practica.md": quiz("⟦CS0902⟧<!-- coursec-disable CS9324: razón -->\n\n" + quiz().split("---\n\n", 1)[1])})
case("policy", "suppression-of-a-limit", {"curso/practica.md": quiz("⟦CS0902⟧<!-- coursec-disable CS0011: la pregunta es larga -->\n\n1. Escribe: "
                                                                     + " ".join(f"[[{i}]]" for i in range(50)) + " ⟦CS0011⟧[[50]] {#muchos objectives=M1}\n")})
case("policy", "unused-suppression", {"curso/practica.md": quiz("⟦CS0903⟧<!-- coursec-disable CS0324: razón -->\n\n" + quiz().split("---\n\n", 1)[1])}, exit=0)
case("policy", "warning-made-error", {"coursec.yaml": policy("    CS0206: error\n"), "curso/suelta.md": lesson(id="suelta", body="Suelta.\n")},
     expect=["CS0206@curso/suelta.md"])
case("policy", "error-made-off", {"coursec.yaml": policy("    CS0208: off\n"), "curso/leccion.md": lesson("![](media/imagen.png)\n")}, exit=0)
case("policy", "paths-scope", {"coursec.yaml": policy("    CS0208:\n      severity: off\n      paths: [\"curso/**\"]\n"),
                               "curso/leccion.md": lesson("![](media/imagen.png)\n")}, exit=0)
case("policy", "allowlist-not-mapping", {"coursec.yaml": MANIFEST.replace(POLICY_AT, POLICY_AT + "  html-allowlist: ⟦CS0102⟧[abbr]\n")})

# ---- quizzes ----------------------------------------------------------------

Q = "1. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n"
def practice(questions, **kw):
    return {"curso/practica.md": quiz(questions, **kw)}
case("quizzes", "no-questions", practice("⟦CS0301⟧Solo texto.\n"), lost=('quiz',))
case("quizzes", "bullet-list-not-questions", practice("⟦CS0301⟧- una\n- dos\n"), lost=('quiz',))
case("quizzes", "missing-item-id", practice("1. ⟦CS0302⟧¿Cuánto es 2 + 2? {objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n"))
case("quizzes", "no-attributes", practice("1. ⟦CS0302⟧¿Cuánto es 2 + 2?\n\n   - [x] 4\n   - [ ] 5\n"), expect=["CS0404"])
case("quizzes", "no-right-answer", practice("1. ⟦CS0303⟧¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [ ] 4\n   - [ ] 5\n"))
case("quizzes", "single-many-right", practice("1. ⟦CS0304⟧¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n   - [x] 5\n"))
case("quizzes", "unknown-attribute", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1 ⟦CS0305⟧nivel=1}\n\n   - [x] 4\n   - [ ] 5\n"))
case("quizzes", "bad-difficulty", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1 difficulty=⟦CS0305⟧dificil}\n\n   - [x] 4\n   - [ ] 5\n"))
case("quizzes", "bad-type", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1 type=⟦CS0305⟧abierta}\n\n   - [x] 4\n   - [ ] 5\n"))
case("quizzes", "true-false-three", practice("1. ⟦CS0306⟧El 2 es par. {#par objectives=M1 type=true-false}\n\n   - [x] Verdadero\n   - [ ] Falso\n   - [ ] Quizás\n"))
case("quizzes", "true-false-wording", practice("1. El 2 es par. {#par objectives=M1 type=true-false}\n\n   - [x] ⟦CS0312⟧Sí\n   - [ ] Falso\n"))
case("quizzes", "multiple-no-wrong", practice("1. ⟦CS0307⟧Elige pares. {#pares objectives=M1 type=multiple}\n\n   - [x] 2\n   - [x] 4\n"))
case("quizzes", "empty-blank", practice("1. Dos más dos es ⟦CS0308⟧[[ ]]. {#suma objectives=M1}\n"))
case("quizzes", "empty-blank-alternatives", practice("1. Dos más dos es ⟦CS0308⟧[[ | | ]]. {#suma objectives=M1}\n"))
case("quizzes", "unclosed-blank", practice("1. ⟦CS0309⟧Dos más dos es [[4. {#suma objectives=M1}\n"), expect=["CS0303", "CS0703"])
case("quizzes", "nested-blanks", practice("1. Dos más dos es [[[[4]]]]. {#suma objectives=M1}\n"), exit=0)
case("quizzes", "blank-with-pipe-only", practice("1. Escribe ⟦CS0308⟧[[|]]. {#barra objectives=M1}\n"))
case("quizzes", "too-few-options", practice("1. ⟦CS0309⟧¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n"), expect=["CS0703"])
case("quizzes", "duplicate-option", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] ⟦CS0310⟧4\n"))
case("quizzes", "options-not-task-list", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n   ⟦CS0311⟧- 5\n"), expect=["CS0309", "CS0703"])
case("quizzes", "option-empty-after-sanitizing", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] ⟦CS0313⟧<script>5</script>\n"))
case("quizzes", "duplicate-question-id", practice(Q + "   - [x] 4\n   - [ ] 5\n\n2. ¿Y 3 + 3? {#⟦CS0105⟧suma objectives=M1}\n\n   - [x] 6\n   - [ ] 7\n"))
case("quizzes", "invalid-question-id", practice("1. ¿Cuánto es 2 + 2? {#⟦CS0104⟧Suma_1 objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n"))
case("quizzes", "attribute-block-unclosed", practice("1. ⟦CS0302⟧¿Cuánto es 2 + 2? {#suma objectives=M1\n\n   - [x] 4\n   - [ ] 5\n"),
     expect=["CS0404"])
case("quizzes", "attribute-block-many-tokens", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1 ⟦CS0305⟧" + " ".join(["x"] * 5000) + "}\n\n   - [x] 4\n   - [ ] 5\n"))
case("quizzes", "attribute-many-objectives", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1," + ",".join(f"M{i}" for i in range(3, 3000)) + "}\n\n   - [x] 4\n   - [ ] 5\n"),
     expect=["CS0401"])
case("quizzes", "options-indented-less", practice("10. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n- [x] 4\n- [ ] 5\n"), exit=0,
     note="options after `10.` indented less still belong to the question")
case("quizzes", "assessment-size-19", {"curso/evaluacion.md": assessment(assessment_items(19))}, expect=["CS0320@curso/evaluacion.md:2:5"])
case("quizzes", "assessment-size-0", {"curso/evaluacion.md": assessment("⟦CS0301⟧Sin preguntas.\n")}, expect=["CS0405"])
case("quizzes", "assessment-duplicate-stem", {"curso/evaluacion.md": assessment(assessment_items(19) + "20. ⟦CS0321⟧¿Cuánto es 1 por 11? {#repetida objectives=M1}\n\n   - [x] 11\n   - [ ] 14\n   - [ ] 17\n   - [ ] 20\n")},
     exit=0)
case("quizzes", "assessment-same-stem-twice-20", {"curso/evaluacion.md": assessment(assessment_items(20).replace("¿Cuánto es 2 por 12?", "¿Cuánto es 1 por 11?"))},
     exit=0, expect=["CS0321@curso/evaluacion.md"])
case("quizzes", "assessment-pass-out-of-range", {"curso/evaluacion.md": assessment(front="pass: ⟦CS0104⟧150\n")})
case("quizzes", "assessment-attempts-zero", {"curso/evaluacion.md": assessment(front="attempts: ⟦CS0104⟧0\n")})
case("quizzes", "assessment-blueprint-bad", {"curso/evaluacion.md": assessment(front="blueprint: { M1: ⟦CS0104⟧mucho }\n")})
case("quizzes", "quiz-setting-on-practice", {"curso/practica.md": quiz(front="⟦CS0103⟧pass: 60\n")})
case("quizzes", "html-in-stem", practice("1. ¿Cuánto es <b onclick=x>2 + 2</b>? {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n"), exit=0)
case("quizzes", "stem-only-image", practice("1. ![Una suma](media/imagen.png) {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n"), exit=0)
case("quizzes", "question-heading-not-paragraph", practice("⟦CS0301⟧1. # Título\n\n   - [x] 4\n   - [ ] 5\n"), expect=["CS0404"])
case("quizzes", "empty-list-item", practice("1. ¿Cuánto es 2 + 2? {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n\n⟦CS0301⟧2.\n"))

# ---- math -------------------------------------------------------------------

def math_lesson(tex, display=False):
    return {"curso/leccion.md": lesson(f"Fórmula: {'$$' if display else '$'}{tex}{'$$' if display else '$'}\n")}
for name, tex in {"unknown-command": "\\foo{x}", "unbalanced-open": "\\frac{1}{2", "unbalanced-close": "x}}",
                  "frac-missing-argument": "\\frac{1}", "unknown-environment": "\\begin{foo}x\\end{foo}",
                  "unclosed-environment": "\\begin{matrix}a", "bad-left-right": "\\left( x", "ce-unclosed": "\\ce{H2O",
                  "sqrt-bad-index": "\\sqrt[{x]{2}", "bad-color": "\\textcolor{rojísimo}{x}"}.items():
    case("math", name, math_lesson(tex), exit=0, expect=["CS0605@curso/leccion.md"])
case("math", "deep-braces", math_lesson("{" * 5000 + "x" + "}" * 5000), exit=0, expect=["CS0605@curso/leccion.md"])
case("math", "deep-fractions", math_lesson("\\frac{" * 2000 + "1" + "}{2}" * 2000), exit=0, expect=["CS0605@curso/leccion.md"])
case("math", "deep-superscripts", math_lesson("x^{" * 3000 + "2" + "}" * 3000), exit=0, expect=["CS0605@curso/leccion.md"])
case("math", "many-dollars", {"curso/leccion.md": lesson("$" * 20000 + "\n")}, exit=0)
case("math", "unclosed-dollar", {"curso/leccion.md": lesson("Precio: $5 y más texto\n")}, exit=0)
case("math", "unclosed-display", {"curso/leccion.md": lesson("$$\nx + 1\n")}, exit=0)
case("math", "dollar-in-code", {"curso/leccion.md": lesson("`$\\foo$` y ```\n$\\bar$\n```\n")}, exit=0)
case("math", "long-formula", math_lesson("+".join(["x"] * 5000)), exit=0)
case("math", "huge-matrix", math_lesson("\\begin{matrix}" + "\\\\".join("&".join(["1"] * 50) for _ in range(200)) + "\\end{matrix}", display=True), exit=0)
case("math", "math-in-question-unreadable", practice("1. ¿Cuánto es $\\foo{2}$? {#suma objectives=M1}\n\n   - [x] 4\n   - [ ] 5\n"),
     exit=0, expect=["CS0605@curso/practica.md"])
case("math", "math-in-option", practice("1. ¿Cuánto es la mitad de 1? {#mitad objectives=M1}\n\n   - [x] $\\frac{1}{2}$\n   - [ ] $\\frac{2}{1}$\n"), exit=0)
case("math", "math-with-html", math_lesson("<script>alert(1)</script>"), exit=0)
case("math", "chemistry-ok", math_lesson("\\ce{2H2 + O2 -> 2H2O}"), exit=0)

# ---- limits -----------------------------------------------------------------

def table(cells, rows=1):
    return ("| " + " | ".join(f"c{i}" for i in range(cells)) + " |\n|" + "---|" * cells + "\n"
            + ("| " + " | ".join("x" for _ in range(cells)) + " |\n") * rows)
case("limits", "table-64-columns", {"curso/leccion.md": lesson(table(64, 3))}, exit=0)
case("limits", "table-65-columns", {"curso/leccion.md": lesson("⟦CS0010⟧" + table(65, 3))})
case("limits", "table-20000-columns", fill={"curso/leccion.md": [lesson("| a ").replace(" | a ", "| a "), "| c ", 20000, "|\n|---|---|\n| 1 | 2 |\n"]},
     expect=["CS0010@curso/leccion.md:8:1"], note="made by the test: 80 KB of one row")
case("limits", "table-wide-body-row", {"curso/leccion.md": lesson("| a | b |\n|---|---|\n| 1 | 2 |\n⟦CS0010⟧" + "| x " * 200 + "|\n")})
case("limits", "table-wide-header-no-delimiter", {"curso/leccion.md": lesson("| x " * 200 + "|\n")}, exit=0,
     note="without a delimiter row it is a paragraph, not a table")
case("limits", "table-escaped-pipes", {"curso/leccion.md": lesson("| a | b |\n|---|---|\n| " + "\\| " * 200 + "| 2 |\n")}, exit=0)
case("limits", "table-two-wide-tables", {"curso/leccion.md": lesson("⟦CS0010⟧" + table(70) + "\nTexto.\n\n⟦CS0010⟧" + table(80))})
case("limits", "table-wide-in-quiz-stem", practice("1. ¿Cuál columna? {#col objectives=M1}\n\n   ⟦CS0010⟧" + table(100).replace("\n", "\n   ") + "\n   - [x] 1\n   - [ ] 2\n"))
case("limits", "table-wide-in-blockquote", {"curso/leccion.md": lesson("⟦CS0010⟧> " + table(90).replace("\n", "\n> ").rstrip("> ") + "\n")})
case("limits", "blanks-50", practice("1. Escribe: " + " ".join(f"[[{i}]]" for i in range(50)) + " {#muchos objectives=M1}\n"), exit=0)
case("limits", "blanks-51", practice("1. Escribe: " + " ".join(f"[[{i}]]" for i in range(50)) + " ⟦CS0011⟧[[50]] {#muchos objectives=M1}\n"))
case("limits", "blanks-300", practice("1. Escribe: " + " ".join(f"[[{i}]]" for i in range(50)) + " ⟦CS0011⟧" + " ".join(f"[[{i}]]" for i in range(50, 300)) + " {#muchos objectives=M1}\n"))
case("limits", "blanks-many-lines", practice("1. Escribe:\n" + "".join(f"   [[{i}]]\n" for i in range(50)) + "   ⟦CS0011⟧[[50]] {#muchos objectives=M1}\n"))
def fill_questions(count, start=1):
    return "".join(f"{n}. Escribe {n}: [[{n}]] {{#p{n} objectives=M1}}\n" for n in range(start, start + count))
case("limits", "questions-400", practice(fill_questions(400)), exit=0)
case("limits", "questions-401", practice(fill_questions(400) + "⟦CS0012⟧" + fill_questions(1, 401)))
case("limits", "questions-500", practice(fill_questions(400) + "⟦CS0012⟧" + fill_questions(100, 401)))
case("limits", "assessment-420-items", {"curso/evaluacion.md": assessment(assessment_items(400) + "⟦CS0012⟧" + assessment_items(20, 401))},
     expect=["CS0320"], note="only the first 400 are read; the size rule sees 400")
OUTLINE_HEAD = course().replace("assessment: evaluacion.md\n", "").replace("outline:\n", "assessment: evaluacion.md\noutline:\n")
OUTLINE_UNIT = "  - {unit: Unidad, items: []}\n"
case("limits", "outline-2000-entries", fill={"curso/course.yaml": [OUTLINE_HEAD, OUTLINE_UNIT, 1997, ""]}, exit=0,
     note="made by the test: one unit with two files, then 1,997 empty units")
case("limits", "outline-2001-entries", fill={"curso/course.yaml": [OUTLINE_HEAD, OUTLINE_UNIT, 1997, "  - {unit: Demasiado, items: []}\n"]},
     expect=[f"CS0013@curso/course.yaml:{OUTLINE_HEAD.count(chr(10)) + 1998}:5"], note="made by the test")
case("limits", "outline-same-entry-2100-times", {"curso/course.yaml": course(items=["leccion.md", "practica.md"] + ["leccion.md"] * 1997 + ["⟦CS0013⟧leccion.md"] + ["leccion.md"] * 100)},
     expect=["CS0205"])
for what, files in {
    "course": {"curso/course.yaml": course(title="⟦CS0014⟧" + "C" * 301)},
    "unit": {"curso/course.yaml": course().replace("unit: Unidad 1", "unit: ⟦CS0014⟧" + "U" * 400)},
    "lesson": {"curso/leccion.md": lesson(title="⟦CS0014⟧" + "ñ" * 301)},
    "quiz": {"curso/practica.md": quiz(title="⟦CS0014⟧" + "Q" * 1000)},
    "assessment": {"curso/evaluacion.md": assessment().replace("title: Evaluación", "title: ⟦CS0014⟧" + "E" * 301)},
    "phase": {"coursec.yaml": MANIFEST.replace("title: Fase 2", "title: ⟦CS0014⟧" + "F" * 301)},
    "repository": {"coursec.yaml": MANIFEST.replace("name: Ejemplo", "name: ⟦CS0014⟧" + "R" * 301)},
    "framework": {"marcos/marco.yaml": FRAMEWORK.replace("title: Competencias de ejemplo", "title: ⟦CS0014⟧" + "M" * 301)},
    "resource": {"curso/leccion.md": lesson(front="resources:\n  - provider: web\n    url: https://example.org/x\n    title: ⟦CS0014⟧" + "r" * 301 + "\n")},
    "folded": {"curso/leccion.md": lesson(front="").replace("title: Lección", "title: ⟦CS0014⟧>\n" + "  palabra\n" * 60)},
}.items():
    # Titles the SCORM package shows (past its 200 characters) are also shortened there.
    case("limits", f"title-{what}", files,
         expect=["CS0801"] if what in ("course", "unit", "lesson", "quiz", "assessment", "folded") else [])
case("limits", "title-course-3-9-mb", fill={"curso/course.yaml": [course().split("title: ")[0] + "title: ", "Título ", 500000,
                                                                   "\n" + course().split("title: Curso de ejemplo\n")[1]]},
     expect=["CS0014@curso/course.yaml:2:8", "CS0801"], note="made by the test")
case("limits", "title-300-characters", {"curso/leccion.md": lesson(title="ñ" * 300), "curso/course.yaml": course(title="C" * 300)}, exit=0,
     expect=["CS0801@curso/leccion.md", "CS0801@curso/course.yaml"])
def courses_list(count, marked_at=None):
    return MANIFEST.replace("  - curso\n", "".join(f"  - {'⟦CS0015⟧' if n == marked_at else ''}curso\n" for n in range(count)))
case("limits", "courses-201", {"coursec.yaml": courses_list(201, marked_at=200)}, expect=["CS0205"])
case("limits", "courses-300", {"coursec.yaml": courses_list(300, marked_at=200)}, expect=["CS0205"])


# ---------------------------------------------------------------- writing

def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def main():
    # README.md, written by hand, stays.
    shutil.rmtree(os.path.join(OUT, "base"), ignore_errors=True)
    shutil.rmtree(os.path.join(OUT, "cases"), ignore_errors=True)
    for path, data in BASE.items():
        write(os.path.join(OUT, "base", path), data)
    manifest = []
    for c in CASES:
        for path, data in c["files"].items():
            write(os.path.join(OUT, "cases", c["name"], path), data)
        entry = {k: c[k] for k in ("name", "exit", "expect")}
        for k in ("remove", "links", "fill", "note"):
            if c[k]:
                entry[k] = c[k]
        manifest.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    write(os.path.join(OUT, "cases.json"), "[\n" + ",\n".join(manifest) + "\n]\n")
    print(f"{len(CASES)} cases in {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
