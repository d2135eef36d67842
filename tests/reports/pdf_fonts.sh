#!/usr/bin/env bash
# The printed reports show Cyrillic and Chinese names on any machine that opens the PDF: every
# font is embedded, and Cyrillic and Chinese names come back out of the PDF's text (the demo
# data has Russian and Chinese users and clients).
#   pdf_fonts.sh KARTOTEKA_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

"$cli" --db "$work/demo.sqlite" demo --clients 40 --tasks 400 --seed 7 > /dev/null
"$cli" --db "$work/demo.sqlite" tasks report --from 2024-01-01 --to 2030-01-01 --group-by user \
    --pdf "$work/tasks.pdf" > /dev/null
"$cli" --db "$work/demo.sqlite" segment --pdf "$work/segment.pdf" > /dev/null

status=0
for pdf in "$work/tasks.pdf" "$work/segment.pdf"; do
    name=$(basename "$pdf")
    fonts=$(pdffonts "$pdf" | tail -n +3)
    if [ -z "$fonts" ]; then
        echo "$name: no fonts at all"; status=1
    fi
    # Column 'emb' is the fifth from the end: name type encoding emb sub uni object ID.
    if echo "$fonts" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad ? 0 : 1 }'; then
        echo "$name: a font is not embedded:"; echo "$fonts"; status=1
    fi
    text=$(pdftotext -enc UTF-8 "$pdf" -)
    if ! grep -qP '\p{Cyrillic}{4}' <<< "$text"; then
        echo "$name: no Cyrillic word in the PDF's text"; status=1
    fi
    if ! grep -qP '\p{Han}{2}' <<< "$text"; then
        echo "$name: no Chinese word in the PDF's text"; status=1
    fi
done
[ $status -eq 0 ] && echo "Every font embedded; Cyrillic and Chinese names read back from both reports."
exit $status
