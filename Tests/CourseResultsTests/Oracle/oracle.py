#!/usr/bin/env python3
"""An independent implementation of `coursec results`' statistics, in plain
Python (standard library only), for the test suite to compare against.

usage: oracle.py clave.json respuestas.csv GROUP_COLUMN MIN_GROUP > expected.json

It reads the item keys as the simulation wrote them (clave.json), not as
coursec reads the assessment, and computes every statistic from its
definition in docs/results.md. The t quantile uses the closed-form finite
series of Student's t CDF for whole degrees of freedom (Abramowitz and
Stegun 26.7.3-4) and bisection, a different method from coursec's (the
incomplete beta function's continued fraction). Output keys follow
coursec's JSON report, so the two can be compared number by number.
"""
import csv
import json
import math
import sys
import unicodedata
from statistics import NormalDist

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def t_cdf(t, df):
    """P(T <= t) for whole df, from A(t|df) = P(|T| <= t)."""
    theta = math.atan(abs(t) / math.sqrt(df))
    c2 = math.cos(theta) ** 2
    if df % 2 == 1:
        total, term = 0.0, math.cos(theta)
        for k in range(1, (df - 1) // 2 + 1):
            total += term
            term *= c2 * (2 * k) / (2 * k + 1)
        a = 2 / math.pi * (theta + math.sin(theta) * total) if df > 1 else 2 * theta / math.pi
    else:
        total, term = 0.0, 1.0
        for k in range(0, (df - 2) // 2 + 1):
            total += term
            term *= c2 * (2 * k + 1) / (2 * k + 2)
        a = math.sin(theta) * total
    return 0.5 + a / 2 if t >= 0 else 0.5 - a / 2


def t_quantile(p, df):
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def mean(xs):
    return math.fsum(xs) / len(xs)


def sd(xs):
    m = mean(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def corr(xs, ys):
    if len(xs) < 2:
        return None
    mx, my = mean(xs), mean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def normalize(text):
    return unicodedata.normalize("NFC", text.strip().lower())


def chosen_options(item, response):
    """The set of option indices a response chooses (None: omitted)."""
    response = response.strip()
    if response == "":
        return None
    if item["kind"] == "true-false":
        true = item["trueOption"]
        return {true} if response.lower() in ("t", "true", "v", "verdadero") else {1 - true}
    if item["kind"] == "fill":
        return set()
    return {LETTERS.index(ch.lower()) for ch in response if ch.isalpha()}


def is_right(item, response):
    if response.strip() == "":
        return 0
    if item["kind"] == "fill":
        parts = [response] if len(item["blanks"]) <= 1 else response.split(",")
        ok = all(any((normalize(a) in normalize(p)) if b["contains"] else normalize(p) == normalize(a)
                     for a in b["answers"]) and normalize(p) != ""
                 for p, b in zip(parts, item["blanks"]))
        return 1 if ok else 0
    return 1 if chosen_options(item, response) == set(item["right"]) else 0


def gain(pre, post):
    n = len(pre)
    out = {"learners": n}
    gains = [b - a for a, b in zip(pre, post)]
    mp, mq, mg = mean(pre), mean(post), mean(gains)
    out.update(meanPre=mp, meanPost=mq, meanGain=mg)
    if mp < 100:
        out["classNormalizedGain"] = (mq - mp) / (100 - mp)
    s = sd(gains)
    out["sdGain"] = s
    half = t_quantile(0.975, n - 1) * s / math.sqrt(n)
    out["gainLow"], out["gainHigh"] = mg - half, mg + half
    if s > 0:
        d = mg / s
        se = math.sqrt(1 / n + d * d / (2 * n))
        z = NormalDist().inv_cdf(0.975)
        out.update(effectSize=d, effectLow=d - z * se, effectHigh=d + z * se)
    g = [(b - a) / (100 - a) for a, b in zip(pre, post) if a < 100]
    out["learnersWithGain"] = len(g)
    out["learnerNormalizedGain"] = mean(g)
    half = t_quantile(0.975, len(g) - 1) * sd(g) / math.sqrt(len(g))
    out["learnerGainLow"], out["learnerGainHigh"] = mean(g) - half, mean(g) + half
    return out


def histogram(scores):
    bins = [0] * 11
    for s in scores:
        bins[min(10, int(math.floor(s / 10)))] += 1
    return bins


def mantel_haenszel(right, focal, totals, k):
    a = [0.0] * (k + 1); b = [0.0] * (k + 1); c = [0.0] * (k + 1); d = [0.0] * (k + 1)
    for r, f, s in zip(right, focal, totals):
        if f:
            if r: c[s] += 1
            else: d[s] += 1
        else:
            if r: a[s] += 1
            else: b[s] += 1
    num = den = sum_a = sum_e = sum_v = 0.0
    for s in range(k + 1):
        n = a[s] + b[s] + c[s] + d[s]
        if n < 2:
            continue
        num += a[s] * d[s] / n
        den += b[s] * c[s] / n
        ref, foc, m1, m0 = a[s] + b[s], c[s] + d[s], a[s] + c[s], b[s] + d[s]
        sum_a += a[s]
        sum_e += ref * m1 / n
        sum_v += ref * foc * m1 * m0 / (n * n * (n - 1))
    if num <= 0 or den <= 0 or sum_v <= 0:
        return None
    chi = max(0.0, abs(sum_a - sum_e) - 0.5) ** 2 / sum_v
    return {"delta": -2.35 * math.log(num / den), "chiSquare": chi, "p": math.erfc(math.sqrt(chi / 2))}


def main():
    key_path, csv_path, column, min_group = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    items = json.load(open(key_path, encoding="utf-8"))
    index = {item["id"]: n for n, item in enumerate(items)}
    k = len(items)
    responses = {"diagnostic": {}, "final": {}}
    group, order = {}, []
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            learner = row["learner"]
            if learner not in group:
                group[learner] = row[column]
                order.append(learner)
            responses[row["assessment"]].setdefault(learner, {})[index[row["item"]]] = row["response"]
    out = {"assessments": [], "mantelHaenszel": []}
    scored = {}
    for name in ("diagnostic", "final"):
        takers = [j for j in order if j in responses[name]]
        x = {j: [is_right(items[i], responses[name][j].get(i, "")) for i in range(k)] for j in takers}
        total = {j: sum(x[j]) for j in takers}
        scored[name] = (takers, x, total)
        n = len(takers)
        ranked = sorted(takers, key=lambda j: (-total[j], j.encode("utf-8")))
        size = int(math.floor(0.27 * n + 0.5))
        upper, lower = ranked[:size], ranked[n - size:]
        result_items = []
        for i, item in enumerate(items):
            xs = [x[j][i] for j in takers]
            rest = [total[j] - x[j][i] for j in takers]
            entry = {
                "id": item["id"], "difficulty": mean(xs), "discrimination": corr(xs, rest),
                "upperDifficulty": mean([x[j][i] for j in upper]), "lowerDifficulty": mean([x[j][i] for j in lower]),
                "omitted": sum(1 for j in takers if responses[name][j].get(i, "").strip() == "") / n,
                "invalid": 0.0,
            }
            entry["upperLower"] = entry["upperDifficulty"] - entry["lowerDifficulty"]
            if item["kind"] != "fill":
                options = []
                for o in range(item["optionCount"]):
                    chose = {j: 1.0 if o in (chosen_options(item, responses[name][j].get(i, "")) or set()) else 0.0
                             for j in takers}
                    options.append({
                        "letter": LETTERS[o], "share": mean([chose[j] for j in takers]),
                        "upperShare": mean([chose[j] for j in upper]), "lowerShare": mean([chose[j] for j in lower]),
                        "discrimination": corr([chose[j] for j in takers], rest),
                    })
                entry["options"] = options
            result_items.append(entry)
        totals = [total[j] for j in takers]
        m = mean(totals)
        variance = math.fsum((t - m) ** 2 for t in totals) / n
        kr20 = k / (k - 1) * (1 - math.fsum(e["difficulty"] * (1 - e["difficulty"]) for e in result_items) / variance)
        sem = sd(totals) * math.sqrt(1 - kr20)
        percents = [100 * t / k for t in totals]
        distribution = [0] * (k + 1)
        for t in totals:
            distribution[t] += 1
        out["assessments"].append({
            "name": name, "takers": n, "items": result_items, "meanScore": mean(percents), "sdScore": sd(percents),
            "kr20": kr20, "sem": sem, "semPercent": 100 * sem / k, "distribution": distribution, "groupSize": size,
        })
        for value in sorted(set(group[j] for j in takers)):
            focal = [group[j] == value for j in takers]
            if sum(focal) < 30 or n - sum(focal) < 30:
                continue
            for i, item in enumerate(items):
                mh = mantel_haenszel([x[j][i] for j in takers], focal, totals, k)
                if mh:
                    out["mantelHaenszel"].append(dict(mh, assessment=name, group=value, item=item["id"]))

    pre_takers, pre_x, _ = scored["diagnostic"]
    post_takers, post_x, _ = scored["final"]
    post_set = set(post_takers)
    pairs = [j for j in pre_takers if j in post_set]

    def score(x, j, subset=None):
        subset = range(k) if subset is None else subset
        return 100 * sum(x[j][i] for i in subset) / len(subset)

    codes = []
    for item in items:
        for code in item["objectives"]:
            if code not in codes:
                codes.append(code)
    competencies = []
    for code in codes:
        subset = [i for i, item in enumerate(items) if code in item["objectives"]]
        competencies.append({"code": code, "items": len(subset),
                             "gain": gain([score(pre_x, j, subset) for j in pairs], [score(post_x, j, subset) for j in pairs])})
    members = {}
    for j in pairs:
        members.setdefault(group[j], []).append(j)
    shown = sorted(v for v in members if len(members[v]) >= min_group)
    hidden = [v for v in members if len(members[v]) < min_group]
    out["gains"] = {
        "matched": len(pairs), "diagnosticOnly": len(pre_takers) - len(pairs), "finalOnly": len(post_takers) - len(pairs),
        "overall": gain([score(pre_x, j) for j in pairs], [score(post_x, j) for j in pairs]),
        "competencies": competencies,
        "groups": [{"column": column, "suppressedGroups": len(hidden),
                    "suppressedLearners": sum(len(members[v]) for v in hidden),
                    "groups": [{"value": v, "gain": gain([score(pre_x, j) for j in members[v]],
                                                         [score(post_x, j) for j in members[v]])} for v in shown]}],
        "preHistogram": histogram([score(pre_x, j) for j in pairs]),
        "postHistogram": histogram([score(post_x, j) for j in pairs]),
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
