#!/usr/bin/env bash
# Render the demo's last month as a workbook (Hindi and English), print it with LibreOffice and keep the first page
# of the Summary and of the Negligence sheet as PNG in docs/reports/ (make workbook-pages). Needs libreoffice-calc and
# poppler-utils; the Devanagari font comes from resources/fonts through a private fontconfig file.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$here/docs/reports}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
cat > "$scratch/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>$here/resources/fonts</dir>
<cachedir>$scratch/fontcache</cachedir></fontconfig>
CONF
export FONTCONFIG_FILE=$scratch/fonts.conf
first=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
last=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
mkdir -p "$out"
for lang in hi en; do
    "$here/.venv/bin/samvad-setu" export --demo --from "$first" --to "$last" --lang "$lang" --out "$scratch/$lang.xlsx"
    libreoffice --headless -env:UserInstallation="file://$scratch/profile" --convert-to pdf --outdir "$scratch" \
        "$scratch/$lang.xlsx" >/dev/null
    pages=$(pdfinfo "$scratch/$lang.pdf" | awk '/^Pages:/ {print $2}')
    if [ "$lang" = hi ]; then names=("सारांश" "लापरवाही"); else names=("Summary" "Negligence"); fi
    for index in 0 1; do
        file=$([ "$index" = 0 ] && echo summary || echo negligence)
        for page in $(seq 1 "$pages"); do
            if pdftotext -f "$page" -l "$page" "$scratch/$lang.pdf" - | grep -q -- "— ${names[$index]} —"; then
                pdftoppm -f "$page" -l "$page" -r 90 -png -singlefile "$scratch/$lang.pdf" "$out/${file}_$lang"
                echo "wrote $out/${file}_$lang.png (page $page of $pages)"
                break
            fi
        done
    done
done
