#!/bin/sh
# Makes the media of the example course Química 1: its thumbnail
# (Courses/quimica-1/media/portada.png, 320×180) and its short silent video
# (Courses/quimica-1/media/balanceo-del-metano.mp4): five slides that balance
# the combustion of methane, 6 s each, H.264 in MP4. Its narration is the
# WebVTT file beside it (balanceo-del-metano.es.vtt), timed to the slides.
# Needs ffmpeg (apt-get install ffmpeg) and the DejaVu fonts; nothing in the
# build or the tests runs it: the media are committed.
set -eu
media=${1:-Courses/quimica-1/media}
out=$media/balanceo-del-metano.mp4
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# slide N: title line, then up to two lines of body text.
slide() {
    printf '%s' "$2" > "$work/t$1"
    printf '%s' "$3" > "$work/a$1"
    printf '%s' "$4" > "$work/b$1"
}
slide 1 "Balanceo de la combustión" "del metano" "Química 1"
slide 2 "¿Está balanceada?" "CH₄ + O₂ → CO₂ + H₂O" "Contemos los átomos de cada lado"
slide 3 "Carbono e hidrógeno" "C: 1 = 1  ✓" "H: 4 a la izquierda → 2 H₂O"
slide 4 "Oxígeno" "CO₂ + 2 H₂O: 2 + 2 = 4 O" "a la izquierda hacen falta 2 O₂  ✓"
slide 5 "Ecuación balanceada" "CH₄ + 2 O₂ → CO₂ + 2 H₂O" "C: 1 = 1   H: 4 = 4   O: 4 = 4"

inputs=""
filters=""
for n in 1 2 3 4 5; do
    inputs="$inputs -f lavfi -i color=c=white:s=480x270:d=6:r=10"
    filters="$filters[$((n - 1)):v]drawtext=fontfile=$bold:textfile=$work/t$n:fontsize=26:fontcolor=0x1a3c6e:x=(w-text_w)/2:y=50,"
    filters="${filters}drawtext=fontfile=$font:textfile=$work/a$n:fontsize=28:fontcolor=black:x=(w-text_w)/2:y=125,"
    filters="${filters}drawtext=fontfile=$font:textfile=$work/b$n:fontsize=20:fontcolor=0x333333:x=(w-text_w)/2:y=185[s$n];"
done
# shellcheck disable=SC2086
ffmpeg -hide_banner -loglevel error -y $inputs \
    -filter_complex "${filters}[s1][s2][s3][s4][s5]concat=n=5:v=1:a=0[v]" -map "[v]" \
    -c:v libx264 -profile:v main -preset veryslow -tune stillimage -crf 30 -pix_fmt yuv420p \
    -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$out"

# The thumbnail: the course title and a balanced equation.
printf '%s' "Química 1" > "$work/title"
printf '%s' "2 H₂ + O₂ → 2 H₂O" > "$work/equation"
ffmpeg -hide_banner -loglevel error -y -f lavfi -i color=c=0x1a3c6e:s=320x180:d=1 \
    -vf "drawtext=fontfile=$bold:textfile=$work/title:fontsize=36:fontcolor=white:x=(w-text_w)/2:y=45,drawtext=fontfile=$font:textfile=$work/equation:fontsize=24:fontcolor=0xffd76e:x=(w-text_w)/2:y=110" \
    -frames:v 1 -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$media/portada.png"
