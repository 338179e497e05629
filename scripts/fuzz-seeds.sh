#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets (Fuzz/) into .fuzz/seeds/<target>/
# from Courses/, the test fixtures, the docs and the hand-made seeds in
# Fuzz/Seeds/, and the TeX dictionary into .fuzz/dict/. Rebuilt from scratch
# on every run; .fuzz/ is git-ignored. Needs only what scripts/setup.sh
# installs (bsdtar, minisign) and coreutils/perl.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.fuzz/seeds
rm -rf "$out" .fuzz/dict
mkdir -p "$out"/{frontmatter,quiz,markdown,tex,archive,minisign} .fuzz/dict
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# add TARGET FILE: copies FILE under its content hash (duplicates collapse);
# seeds over 64 KiB are left out, they only slow libFuzzer down.
add() {
  local size
  size=$(stat -c %s "$2")
  if [ "$size" -gt 65536 ]; then return; fi
  cp "$2" "$out/$1/$(sha1sum < "$2" | cut -c1-16)"
}

sources=(Courses Tests/CoursecCLITests/Fixtures Tests/TargetTests/Fixtures)
mapfile -t markdown < <(find "${sources[@]}" -name '*.md' -type f | sort)
mapfile -t yaml < <(find "${sources[@]}" \( -name '*.yaml' -o -name '*.yml' \) -type f | sort)

# The example files of the docs (```markdown file=… and ```yaml file=… blocks).
mkdir -p "$work/docs"
DOCS="$work/docs" perl -0777 -ne 'while (/^```(markdown|yaml) file=\S+\n(.*?)^```$/gms) {
  $n++; my $ext = $1 eq "markdown" ? "md" : "yaml";
  open(my $fh, ">", "$ENV{DOCS}/$n.$ext") or die "$!"; print $fh $2; close $fh }' docs/*.md
mapfile -t -O "${#markdown[@]}" markdown < <(find "$work/docs" -name '*.md' | sort)
mapfile -t -O "${#yaml[@]}" yaml < <(find "$work/docs" -name '*.yaml' | sort)

# Front matter and YAML: every Markdown source (its header) and YAML file.
for f in "${markdown[@]}" "${yaml[@]}"; do add frontmatter "$f"; done

# Quizzes: the files whose front matter says quiz or assessment.
for f in "${markdown[@]}"; do
  if sed -n '1,20p' "$f" | grep -Eq '^type:[[:space:]]*(quiz|assessment)'; then add quiz "$f"; fi
done

# Markdown with math: every lesson and quiz, and the docs.
for f in "${markdown[@]}" README.md docs/*.md; do add markdown "$f"; done

# TeX: each $…$ and $$…$$ of the Markdown sources, one expression a file.
n=0
for f in "${markdown[@]}"; do
  perl -0777 -ne 'while (/\$\$(.+?)\$\$|(?<![\\\$])\$([^\$\n]+?)\$/gs) { print(($1 // $2), "\0") }' "$f"
done | while IFS= read -r -d '' expression; do
  n=$((n + 1))
  printf '%s' "$expression" > "$work/tex-$n"
  add tex "$work/tex-$n"
done

# Archives: each course as a ZIP (deflated and stored) and as a gzipped tar,
# single lessons as ZIPs, and a few entries the reader must refuse.
mkdir -p "$work/zip"
mapfile -t courses < <(find "${sources[@]}" -name course.yaml -type f -exec dirname {} \; | sort)
i=0
for dir in "${courses[@]}"; do
  i=$((i + 1))
  bsdtar --format zip -cf "$work/zip/course-$i.zip" -C "$dir" .
  bsdtar --format zip --options zip:compression=store -cf "$work/zip/course-$i-stored.zip" -C "$dir" .
  bsdtar -czf "$work/zip/course-$i.tar.gz" -C "$dir" .
done
for f in "${markdown[@]:0:8}"; do
  i=$((i + 1))
  bsdtar --format zip -cf "$work/zip/lesson-$i.zip" -C "$(dirname "$f")" "$(basename "$f")"
done
mkdir -p "$work/tree/módulo/sub"
printf '<manifest/>\n' > "$work/tree/imsmanifest.xml"
printf 'hola\n' > "$work/tree/módulo/sub/índice.html"
ln -s ../../etc/passwd "$work/tree/enlace"
bsdtar --format zip -cf "$work/zip/scorm-like.zip" -C "$work/tree" imsmanifest.xml módulo
bsdtar --format zip -cf "$work/zip/symlink.zip" -C "$work/tree" enlace
bsdtar -P --format zip -cf "$work/zip/dotdot.zip" -C "$work/tree" -s ',^,../,' imsmanifest.xml
bsdtar -P --format zip -cf "$work/zip/absolute.zip" -C "$work/tree" -s ',^,/tmp/,' imsmanifest.xml
bsdtar -cf "$work/zip/plain.tar" -C "$work/tree" imsmanifest.xml módulo
for f in "$work"/zip/*; do add archive "$f"; done

# minisign: a key pair made by the stock tool, signatures in both formats,
# and the secret key as if encrypted (kdf "Sc"; the fuzzer reads keys
# without a password, so this reaches the password check).
(
  cd "$work"
  minisign -G -W -f -p k.pub -s k.key > /dev/null
  printf 'curso firmado\n' > m.txt
  minisign -S -s k.key -m m.txt -x prehashed.minisig -t 'timestamp:0 file:m.txt' > /dev/null
  minisign -S -l -s k.key -m m.txt -x legacy.minisig -c 'firma' -t 'legacy' > /dev/null
  { sed -n 1p k.key
    sed -n 2p k.key | base64 -d | { printf 'EdScB2'; tail -c +7; } | base64 -w0
    echo; } > encrypted.key
)
for f in k.pub k.key prehashed.minisig legacy.minisig encrypted.key; do add minisign "$work/$f"; done

# Hand-made seeds (edge cases the sources above do not show).
for dir in Fuzz/Seeds/*/; do
  target=$(basename "$dir")
  for f in "$dir"*; do [ -f "$f" ] && add "$target" "$f"; done
done

# TeX dictionary: every command and environment name CourseMath knows.
{
  perl -ne 'print "\"\\\\$1\"\n" while /\("([A-Za-z]+)",/g; print "\"\\\\$1\"\n" while /table\["([A-Za-z]+)"\]/g' \
    Sources/CourseMath/*.swift
  perl -ne 'print "\"\\\\begin{$1}\"\n\"\\\\end{$1}\"\n" if /^\s*"([a-z]+\*?)": Environment\(/' Sources/CourseMath/EnvironmentTable.swift
  cat Fuzz/Dictionaries/tex.dict
} | sort -u > .fuzz/dict/tex.dict

for target in "$out"/*/; do
  echo "fuzz-seeds: $(basename "$target"): $(find "$target" -type f | wc -l) seeds"
done
