#!/usr/bin/env python3
"""The anchors of `make bench` (issue 18): coursec next to the tool an author
would otherwise use (Hugo, clean build of a one-template site over the same
Markdown files) and next to two floors no compiler can beat (`cat` of every
file, `zip -6` of every course), all in one run, interleaved, so that a busy
machine slows every command alike and the ratios stay meaningful.

Each round runs every command once, in an order rotated from round to round;
every build writes into a folder never used before (they are all deleted at
the end, not between runs: on ext4, files created just after a mass delete
are slow for the kernel's sake, see scripts/bench.sh). The first round is a
warm-up and is not counted. For each command it reports the median wall
time, the median CPU time (user + system, the steadier number on a loaded
machine) and the median peak resident memory (from wait4, which covers the
command's child processes too), then the ratios the issue asks for, each
marked met or not met, and writes the same tables to bench/results.md with
a description of the machine.

usage: bench-anchors.py --coursec BIN --corpus-tool BIN [--scales 1,4] [--runs 10]
                        [--out bench/out/anchors] [--results bench/results.md]
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

# The targets, as (description, check) pairs evaluated on the medians.
RATIO_LIMITS = {
    "check_vs_hugo": 0.15,
    "all_vs_hugo": {1: 1.0, 4: 0.8},
    "mct_vs_zip": 2.0,
    "growth": 4.4,
    "peak_scale1_mib": 150,
    "peak_vs_hugo_scale4": 0.35,
    # A 1 GB video may add at most this much to a build's peak (MiB).
    "video_extra_mib": 10,
}

HUGO_CONFIG = """baseURL = "http://example.org/"
contentDir = "{content}"
# One template, one page per Markdown file: no lists, feeds or taxonomies.
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
"""
HUGO_TEMPLATE = ('<!doctype html><html lang="es"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
                 '</head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n')


def corpus_path(scale):
    return os.path.join(ROOT, "bench", "corpus" if scale == 1 else f"corpus-{scale}")


def make_corpus(tool, scale):
    """Generates the corpus of `scale` (deterministic; regenerated every run, as bench.sh does)."""
    path = corpus_path(scale)
    subprocess.run([tool, path, "--scale", str(scale)], check=True, stdout=subprocess.DEVNULL)
    return path


def make_hugo_site(out, corpus, scale):
    site = os.path.join(out, f"hugo-site-{scale}")
    os.makedirs(os.path.join(site, "layouts", "_default"), exist_ok=True)
    with open(os.path.join(site, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG.format(content=corpus))
    with open(os.path.join(site, "layouts", "_default", "single.html"), "w") as f:
        f.write(HUGO_TEMPLATE)
    return site


def course_folders(corpus):
    return sorted(d for d in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, d, "course.yaml")))


def commands(coursec, corpus, site, courses):
    """(name, function from a never-used folder to argv). The order is the table's."""
    zip_script = 'cd "$1" && shift && out="$1" && shift && mkdir -p "$out" && ' \
                 'for d in "$@"; do zip -6 -q -r "$out/$d.zip" "$d"; done'
    return [
        ("cat of every file (read floor)",
         lambda fresh: ["sh", "-c", 'find "$1" -type f -print0 | xargs -0 cat > /dev/null', "sh", corpus]),
        ("zip -6, one archive per course (packaging floor)",
         lambda fresh: ["sh", "-c", zip_script, "sh", corpus, fresh] + courses),
        ("Hugo, clean build, one-template site",
         lambda fresh: ["hugo", "--quiet", "--source", site, "--destination", os.path.join(fresh, "public"),
                        "--cacheDir", os.path.join(fresh, "cache")]),
        ("coursec check", lambda fresh: [coursec, "check", corpus]),
        ("coursec build --target mct", lambda fresh: [coursec, "build", corpus, "--out", fresh, "--target", "mct"]),
        ("coursec build (all targets)", lambda fresh: [coursec, "build", corpus, "--out", fresh]),
    ]


def run_once(argv):
    """Wall seconds, CPU seconds (user + system, children included) and peak KiB of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed ({process.returncode}):\n{stderr.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(cmds, runs, scratch, warmup=1):
    """Runs every command `warmup + runs` times, interleaved; returns name -> list of samples."""
    samples = {name: [] for name, _ in cmds}
    for round_ in range(warmup + runs):
        shift = round_ % len(cmds)
        for index, (name, argv_for) in enumerate(cmds[shift:] + cmds[:shift]):
            fresh = os.path.join(scratch, f"round{round_}-{(index + shift) % len(cmds)}")
            sample = run_once(argv_for(fresh))
            if round_ >= warmup:
                samples[name].append(sample)
        print(f"  round {round_ + 1}/{warmup + runs}" + (" (warm-up)" if round_ < warmup else ""),
              file=sys.stderr, flush=True)
    return samples


def medians(samples):
    return {name: (statistics.median(s[0] for s in runs), statistics.median(s[1] for s in runs),
                   statistics.median(s[2] for s in runs) / 1024) for name, runs in samples.items()}


def video_corpus(corpus, out):
    """The corpus plus one lesson whose medium is a 1 GB sparse video (as bench.sh's row)."""
    big = os.path.join(out, "corpus-video")
    shutil.rmtree(big, ignore_errors=True)
    shutil.copytree(corpus, big)
    course = os.path.join(big, course_folders(big)[0])
    with open(os.path.join(course, "media-video.mp4"), "wb") as f:
        f.write(b"\0\0\0\x14ftypisom\0\0\x02\0isom")
        f.truncate(1 << 30)
    with open(os.path.join(course, "lecciones", "video-grande.md"), "w") as f:
        f.write("---\nid: video-grande\ntitle: Video grande\nkind: video\nfile: ../media-video.mp4\n---\n")
    with open(os.path.join(course, "course.yaml")) as f:
        text = f.read()
    with open(os.path.join(course, "course.yaml"), "w") as f:
        f.write(text.replace("    items:\n", "    items:\n      - lecciones/video-grande.md\n", 1))
    return big


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) // 1024
    fs = subprocess.run(["df", "--output=fstype", ROOT], capture_output=True, text=True).stdout.split()[-1]

    def version(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()[0].strip()
        except (OSError, IndexError):
            return "unknown"
    return {
        "cpu": f"{model}, {os.cpu_count()} cores",
        "memory": f"{memory} MiB",
        "system": f"{platform.system()} {platform.release()}, {fs} file system",
        "hugo": version(["hugo", "version"]),
        "zip": "zip " + version(["dpkg-query", "-W", "-f", "${Version}\n", "zip"]),
        "swift": version(["swift", "--version"]) if shutil.which("swift") else "unknown",
    }


def fmt_ratio(value, limit):
    return f"{value:.2f}× (≤ {limit}×: {'met' if value <= limit else 'NOT met'})"


def ratios(results, scales, video):
    """The issue's ratios, as (what, value text) rows."""
    rows = []
    hugo, zip_, check, mct, all_ = ("Hugo, clean build, one-template site", "zip -6, one archive per course (packaging floor)",
                                    "coursec check", "coursec build --target mct", "coursec build (all targets)")
    for scale in scales:
        r = results[scale]
        rows.append((f"scale {scale}: check / Hugo", fmt_ratio(r[check][0] / r[hugo][0], RATIO_LIMITS["check_vs_hugo"])))
        limit = RATIO_LIMITS["all_vs_hugo"].get(scale, RATIO_LIMITS["all_vs_hugo"][4])
        rows.append((f"scale {scale}: all targets / Hugo", fmt_ratio(r[all_][0] / r[hugo][0], limit)))
        rows.append((f"scale {scale}: build --target mct / zip floor", fmt_ratio(r[mct][0] / r[zip_][0], RATIO_LIMITS["mct_vs_zip"])))
        for name in (check, mct, all_):
            peak = r[name][2]
            if scale == 1:
                limit = RATIO_LIMITS["peak_scale1_mib"]
                rows.append((f"scale 1: peak of {name}", f"{peak:.0f} MiB (≤ {limit} MiB: {'met' if peak <= limit else 'NOT met'})"))
            else:
                rows.append((f"scale {scale}: peak of {name} / Hugo's", fmt_ratio(peak / r[hugo][2], RATIO_LIMITS["peak_vs_hugo_scale4"])))
    if len(scales) > 1:
        low, high = scales[0], scales[-1]
        for name in results[low]:
            growth = results[high][name][0] / results[low][name][0]
            judged = name.startswith("coursec")
            text = fmt_ratio(growth, RATIO_LIMITS["growth"]) if judged else f"{growth:.2f}× (not judged)"
            rows.append((f"time at scale {high} / scale {low}: {name}", text))
    for name, (plain, with_video) in video.items():
        extra = with_video - plain
        limit = RATIO_LIMITS["video_extra_mib"]
        rows.append((f"+1 GB video, peak of {name}",
                     f"{with_video:.0f} MiB, {extra:+.0f} MiB (≤ +{limit} MiB: {'met' if extra <= limit else 'NOT met'})"))
    return rows


def cpu_ratios(results, scales):
    hugo = "Hugo, clean build, one-template site"
    rows = []
    for scale in scales:
        r = results[scale]
        for name in ("coursec check", "coursec build --target mct", "coursec build (all targets)"):
            rows.append((f"scale {scale}: CPU of {name} / Hugo's", f"{r[name][1] / r[hugo][1]:.2f}×"))
    return rows


def table(results, scales):
    names = list(results[scales[0]])
    head = "| command |" + "".join(f" scale {s} wall s | CPU s | peak MiB |" for s in scales)
    rule = "| --- |" + " ---: | ---: | ---: |" * len(scales)
    lines = [head, rule]
    for name in names:
        cells = []
        for s in scales:
            wall, cpu, peak = results[s][name]
            cells.append(f" {wall:.3f} | {cpu:.3f} | {peak:.0f} |")
        lines.append(f"| {name} |" + "".join(cells))
    return "\n".join(lines)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coursec", required=True)
    parser.add_argument("--corpus-tool", required=True)
    parser.add_argument("--scales", default="1")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--video-runs", type=int, default=5)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "anchors"))
    parser.add_argument("--results", default=os.path.join(ROOT, "bench", "results.md"))
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    scales = sorted({int(s) for s in args.scales.replace(",", " ").split()})
    coursec = os.path.abspath(args.coursec)
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)

    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = loadavg()
    results, video = {}, {}
    try:
        for scale in scales:
            corpus = make_corpus(args.corpus_tool, scale)
            site = make_hugo_site(out, corpus, scale)
            cmds = commands(coursec, corpus, site, course_folders(corpus))
            scratch = os.path.join(out, f"runs-{scale}")
            os.makedirs(scratch)
            print(f"anchors at scale {scale}: {len(cmds)} commands, {args.runs} interleaved rounds", file=sys.stderr)
            results[scale] = medians(measure(cmds, args.runs, scratch))
        # Peak memory with a 1 GB video, at the largest scale: the medium is
        # streamed, never held. The same build without the video runs in the
        # same rounds (peaks vary by some MiB from run to run).
        scale = scales[-1]
        plain = corpus_path(scale)
        big = video_corpus(plain, out)
        scratch = os.path.join(out, "runs-video")
        os.makedirs(scratch)
        video_cmds = [
            ("without", lambda fresh: [coursec, "build", plain, "--out", fresh, "--target", "mct"]),
            ("with", lambda fresh: [coursec, "build", big, "--out", fresh, "--target", "mct"]),
        ]
        print(f"+1 GB video at scale {scale}: {args.video_runs} rounds", file=sys.stderr)
        peaks = medians(measure(video_cmds, args.video_runs, scratch))
        video["coursec build --target mct"] = (peaks["without"][2], peaks["with"][2])
    finally:
        shutil.rmtree(out, ignore_errors=True)
    load_after = loadavg()

    report = [f"Medians of {args.runs} interleaved runs (after one warm-up round); every build into a folder never used.",
              "", table(results, scales), "", "| ratio | measured |", "| --- | --- |"]
    report += [f"| {what} | {value} |" for what, value in ratios(results, scales, video)]
    report += ["", "CPU time (user + system) next to Hugo's, the steadier figure on a shared machine:", "",
               "| ratio | measured |", "| --- | --- |"]
    report += [f"| {what} | {value} |" for what, value in cpu_ratios(results, scales)]
    text = "\n".join(report)
    print(text)

    info = machine()
    header = [
        "# Benchmark results",
        "",
        "Written by `make bench` (scripts/bench-anchors.py; `BENCH_SCALE=4 make bench` adds scale 4).",
        f"Ran {started.strftime('%Y-%m-%d %H:%M UTC')}; load average {load_before} before, {load_after} after.",
        "",
        f"- CPU: {info['cpu']}",
        f"- memory: {info['memory']}",
        f"- system: {info['system']}",
        f"- Hugo: {info['hugo']}",
        f"- zip: {info['zip']}",
        f"- Swift: {info['swift']}",
    ]
    if args.note:
        header += ["", args.note]
    with open(args.results, "w") as f:
        f.write("\n".join(header) + "\n\n" + text + "\n")
    print(f"\n(written to {os.path.relpath(args.results, ROOT)})", file=sys.stderr)


if __name__ == "__main__":
    main()
