#!/bin/sh
# Regenerates every app icon from resources/icon.svg. The outputs are committed, so this only needs
# running after the SVG changes. Debian tools rather than an npm package, so no dependency is added:
#   apt-get install -y librsvg2-bin icoutils
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
res="$root/resources"
svg="$res/icon.svg"

for tool in rsvg-convert icotool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "make-icons: $tool is missing; install it with: apt-get install -y librsvg2-bin icoutils" >&2
    exit 1
  fi
done

# electron-builder's Linux target reads a folder of <size>x<size>.png files.
mkdir -p "$res/icons"
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$res/icons/${size}x${size}.png"
done
cp "$res/icons/1024x1024.png" "$res/icon.png"

# icns is a plain container: "icns", total length, then (type, length, PNG data) entries, lengths
# big-endian and counting their 8-byte headers. PNG payloads in the slots iconutil writes, so no
# JPEG 2000 (which png2icns would produce for the large sizes).
be32() {
  printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for entry in icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512 ic10:1024 ic11:32 ic12:64 ic13:256 ic14:512; do
  type=${entry%%:*}
  png="$res/icons/${entry#*:}x${entry#*:}.png"
  size=$(wc -c <"$png")
  { printf '%s' "$type"; be32 $((size + 8)); cat "$png"; } >>"$tmp/body"
done
{ printf 'icns'; be32 $(($(wc -c <"$tmp/body") + 8)); cat "$tmp/body"; } >"$res/icon.icns"

# Small sizes as classic bitmaps for old shells; 256 as embedded PNG, which electron-builder requires.
icotool --create --output "$res/icon.ico" \
  "$res/icons/16x16.png" "$res/icons/32x32.png" "$res/icons/48x48.png" "$res/icons/64x64.png" \
  "$res/icons/128x128.png" --raw="$res/icons/256x256.png"

echo "make-icons: wrote resources/icons/*.png, icon.png, icon.icns, icon.ico"
