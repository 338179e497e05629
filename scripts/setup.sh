#!/usr/bin/env bash
# Installs the Debian packages coursec builds and tests with, only those that
# are missing, so running it again does nothing.
set -euo pipefail

packages=(
  pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev   # Markdown (CommonMark + GFM)
  libxml2-dev libxml2-utils                      # XML writing, schema validation, xmllint
  libarchive-tools unzip                         # bsdtar, unzip: independent ZIP readers in tests
  libdeflate-dev zlib1g-dev                      # deflate for the ZIPs coursec writes
  libsodium-dev minisign                         # signatures, and the stock verifier
  time                                           # /usr/bin/time: peak memory of a build, in tests
  file                                           # libmagic: an independent sniffer for the media tests
  python3-yaml                                   # PyYAML: an independent YAML reader for the YAML-mistake tests
  libjs-katex fonts-katex                        # offline math
  libmimalloc-dev                                # the executable's memory allocator
  python3-jsonschema python3-yaml                # an independent JSON Schema validator for the schemas' tests
  groff-base                                     # groff: the man page's test reads it as man(1) would
)
if [ "${COURSEC_SETUP_BROWSER:-1}" = 1 ]; then
  packages+=(chromium poppler-utils)             # end-to-end page tests; pdftotext for the printed syllabus
fi
if [ "${COURSEC_SETUP_BENCH:-0}" = 1 ]; then
  packages+=(hyperfine time hugo zip)          # bench: timing, the anchors (Hugo, zip)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
