#!/usr/bin/env python3
"""An independent reading of every question of a course repository, from
the specification in docs/format.md, compared with what coursec built: the
platform's question CSVs, the offline site's answer keys and the SCORM
packages' answer keys. It shares no code with coursec (standard library and
PyYAML only).

usage: quiz_keys.py REPOSITORY BUILD_OUTPUT
prints one JSON object: {"questions": N, "checked": {...}, "mismatches": [...]}
"""
import csv, io, json, os, re, sys, zipfile

import yaml

TRUE_WORDS = {"verdadero", "verdadera", "cierto", "cierta", "true"}
FALSE_WORDS = {"falso", "falsa", "false"}

ITEM = re.compile(r"^(\d+)[.)]\s+(.*)$")
OPTION = re.compile(r"^\s*[-*+]\s+\[( |x|X)\]\s*(.*)$")
ATTRS = re.compile(r"\{#([^\s}]+)([^}]*)\}\s*$")
BLANK = re.compile(r"\[\[(.*?)\]\]")


def front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return yaml.safe_load("\n".join(lines[1:i])) or {}, "\n".join(lines[i + 1:])
    return {}, text


def plain(option_text):
    """The words of an option, markup and final punctuation left out."""
    text = re.sub(r"[*_`]", "", option_text).strip()
    return text.rstrip(".!").strip().lower()


def questions(body):
    """(id, type, options [(marked, text)], blanks [[answers]]) for each question."""
    found = []
    current = None
    in_code = False
    for line in body.split("\n"):
        if line.lstrip().startswith("```") or line.lstrip().startswith("~~~"):
            in_code = not in_code
        if in_code:
            continue
        m = ITEM.match(line)
        if m:
            current = {"first": m.group(2), "options": [], "stem": m.group(2)}
            found.append(current)
            continue
        if current is None:
            continue
        o = OPTION.match(line)
        if o:
            current["options"].append((o.group(1).lower() == "x", o.group(2)))
        elif not line.strip().startswith(">") and not current["options"] and line.strip():
            current["stem"] += " " + line.strip()
    result = []
    for q in found:
        a = ATTRS.search(q["first"])
        if not a:
            continue
        qid = a.group(1)
        attrs = dict(part.split("=", 1) for part in a.group(2).split() if "=" in part)
        blanks = []
        for inner in BLANK.findall(q["stem"]):
            inner = inner.strip()
            if inner.startswith("~"):
                inner = inner[1:]
            blanks.append([x.strip() for x in inner.split("|") if x.strip()])
        qtype = attrs.get("type") or ("fill" if blanks else "single")
        result.append({"id": qid, "type": qtype, "options": q["options"], "blanks": blanks})
    return result


def expected(q):
    """What every target must say is right."""
    right = [i for i, (marked, _) in enumerate(q["options"]) if marked]
    if q["type"] == "fill":
        return {"blanks": q["blanks"]}
    if q["type"] == "true-false":
        words = [plain(text) for _, text in q["options"]]
        true_option = next(i for i, w in enumerate(words) if w in TRUE_WORDS)
        marked = words[right[0]]
        return {"right": right, "trueOption": true_option, "isTrue": marked in TRUE_WORDS}
    return {"right": right}


def page_keys(html):
    m = re.search(r'<script type="application/json" id="coursec-quiz">(.*?)</script>', html, re.S)
    return json.loads(m.group(1)) if m else None


def compare_key(where, key_items, qs, problems):
    by_id = {item["id"]: item for item in key_items}
    for q in qs:
        item = by_id.get(q["id"])
        want = expected(q)
        if item is None:
            problems.append(f"{where}: no key for {q['id']}")
        elif "blanks" in want:
            got = [b["answers"] for b in item.get("blanks", [])]
            if got != want["blanks"]:
                problems.append(f"{where} {q['id']}: blanks {got} != {want['blanks']}")
        else:
            if item.get("correct") != want["right"]:
                problems.append(f"{where} {q['id']}: right {item.get('correct')} != {want['right']}")
            if "trueOption" in want and item.get("trueOption") != want["trueOption"]:
                problems.append(f"{where} {q['id']}: trueOption {item.get('trueOption')} != {want['trueOption']}")


def compare_csv(where, text, qs, problems):
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    header, rows = rows[0], rows[1:]
    answer = header.index("Correct Answer")
    kind = header.index("Question Type")
    if len(rows) != len(qs):
        problems.append(f"{where}: {len(rows)} rows for {len(qs)} questions")
    names = {"single": "Single choice", "multiple": "Multiple choice", "true-false": "True false", "fill": "Fill blanks"}
    for row, q in zip(rows, qs):
        want = expected(q)
        if row[kind] != names[q["type"]]:
            problems.append(f"{where} {q['id']}: type {row[kind]}")
        cell = row[answer]
        if "blanks" in want:
            got = [sorted(a.lstrip("'").replace("\u200b", "") for a in blank.split(";")) for blank in cell.split("|")]
            if got != [sorted(b) for b in want["blanks"]]:
                problems.append(f"{where} {q['id']}: answers {cell!r}")
        elif "isTrue" in want:
            if cell != ("TRUE" if want["isTrue"] else "FALSE"):
                problems.append(f"{where} {q['id']}: {cell} but the marked option says {'true' if want['isTrue'] else 'false'}")
        elif cell != ";".join(str(i + 1) for i in want["right"]):
            problems.append(f"{where} {q['id']}: {cell} != {want['right']}")


def main(repo, out):
    manifest = yaml.safe_load(open(os.path.join(repo, "coursec.yaml"), encoding="utf-8"))
    problems, checked = [], {"csv": 0, "html": 0, "scorm12": 0}
    total = 0
    for folder in manifest["courses"]:
        course = yaml.safe_load(open(os.path.join(repo, folder, "course.yaml"), encoding="utf-8"))
        quizzes = {}
        paths = [p for unit in course.get("outline", []) for p in unit.get("items", [])]
        if course.get("assessment"):
            paths.append(course["assessment"])
        for path in paths:
            meta, body = front_matter(open(os.path.join(repo, folder, path), encoding="utf-8").read())
            if meta.get("type") in ("quiz", "assessment") and not meta.get("draft"):
                quizzes[meta["id"]] = questions(body)
        total += sum(len(qs) for qs in quizzes.values())
        cid = course["id"]
        # The platform's CSVs, named in course.json.
        for phase in sorted(os.listdir(os.path.join(out, "mct"))) if os.path.isdir(os.path.join(out, "mct")) else []:
            details_path = os.path.join(out, "mct", phase, cid, "course.json")
            if not os.path.exists(details_path):
                continue
            details = json.load(open(details_path, encoding="utf-8"))
            for entry in details["outline"]:
                if entry.get("csv") and entry["id"] in quizzes:
                    text = open(os.path.join(out, "mct", phase, cid, entry["csv"]), encoding="utf-8").read()
                    compare_csv(f"mct/{phase}/{cid}/{entry['csv']}", text, quizzes[entry["id"]], problems)
                    checked["csv"] += len(quizzes[entry["id"]])
        # The offline site's pages.
        site = os.path.join(out, "html", cid)
        for root, _, files in os.walk(site):
            for name in files:
                if name.endswith(".html"):
                    key = page_keys(open(os.path.join(root, name), encoding="utf-8").read())
                    if key and key["quizId"] in quizzes:
                        compare_key(os.path.relpath(os.path.join(root, name), out), key["items"], quizzes[key["quizId"]], problems)
                        checked["html"] += len(quizzes[key["quizId"]])
        # The SCORM packages' pages.
        scorm = os.path.join(out, "scorm12")
        for root, _, files in os.walk(scorm):
            for name in files:
                if name.endswith(".zip") and name.startswith(cid):
                    with zipfile.ZipFile(os.path.join(root, name)) as package:
                        for entry in package.namelist():
                            if entry.endswith(".html"):
                                key = page_keys(package.read(entry).decode("utf-8"))
                                if key and key["quizId"] in quizzes:
                                    compare_key(f"{name}/{entry}", key["items"], quizzes[key["quizId"]], problems)
                                    checked["scorm12"] += len(quizzes[key["quizId"]])
    print(json.dumps({"questions": total, "checked": checked, "mismatches": problems}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
