#!/bin/sh
# Regenerates the CSV fixtures from the UTF-8 texts in src/ (shapes learnt from
# ../../../../shared/samples: 1C, Excel, Chinese exports). Run from this folder.
set -eu
cd "$(dirname "$0")"

crlf() { sed 's/$/\r/'; }
cr() { tr '\n' '\r'; }
bom8() { printf '\357\273\277'; }

# Russian client lists: the same text in every Cyrillic encoding, delimiter and line end.
crlf < src/clients_ru.txt | iconv -f UTF-8 -t WINDOWS-1251 > clients_cp1251_semicolon_crlf.csv
iconv -f UTF-8 -t KOI8-R < src/clients_ru.txt > clients_koi8r_semicolon_lf.csv
tr ';' '\t' < src/clients_ru.txt | crlf | iconv -f UTF-8 -t CP866 > clients_cp866_tab_crlf.csv
{ bom8; tr ';' ',' < src/clients_ru.txt | crlf; } > clients_utf8bom_comma_crlf.csv
tr ';' '|' < src/clients_ru.txt > clients_utf8_pipe_lf.csv
tr ';' '\t' < src/clients_ru.txt | crlf | iconv -f UTF-8 -t UTF-16LE | { printf '\377\376'; cat; } > clients_utf16le_tab_crlf.csv
crlf < src/clients_ru.txt | iconv -f UTF-8 -t UTF-16BE | { printf '\376\377'; cat; } > clients_utf16be_semicolon_crlf.csv
tr ';' ':' < src/clients_ru.txt | cr | iconv -f UTF-8 -t WINDOWS-1251 > clients_cp1251_colon_cr.csv

# Chinese lists: simplified in GB18030, traditional in Big5.
iconv -f UTF-8 -t GB18030 < src/clients_zh.txt > clients_gb18030_comma_lf.csv
crlf < src/clients_zh_tw.txt | iconv -f UTF-8 -t BIG5 > clients_big5_comma_crlf.csv

# Western European list in Latin-1 with old Mac CR line ends.
cr < src/clients_de.txt | iconv -f UTF-8 -t ISO-8859-1 > clients_latin1_semicolon_cr.csv

# Sales history: decimal comma, no-break space between thousands.
crlf < src/sales_ru.txt | iconv -f UTF-8 -t WINDOWS-1251 > sales_cp1251_semicolon_crlf.csv

# A one-line Cyrillic file, the case that fools uchardet.
for cs in WINDOWS-1251 KOI8-R CP866; do
    iconv -f UTF-8 -t $cs < src/short_ru.txt > "short_$(echo $cs | tr 'A-Z-' 'a-z_').csv"
done

# Quoting quirks (UTF-8): doubled quotes, separators and every line break inside quotes,
# ragged rows, blank lines, literal quotes in unquoted fields.
printf 'id,name,note\r\n1,"Smith, John","said ""hi"""\r\n2,O"Brien,"line one\nline two\r\nline three\rline four"\r\n\r\n3,short\r\n4,a,b,c,d\n\n5,"",""""\r\n6,"x,y",last' > quoting.csv

# Broken quoting: junk after a closing quote, then a quote that is never closed.
printf 'id;name;city\n1;"Acme" Ltd;Paris\n2;Good;Rome\n3;"Never closed;Oslo\n4;After;Bern\n' > broken_quoting.csv

# Damaged and degenerate files.
: > empty.csv
printf '\r\n\n\r\n' > blank_lines.csv
printf 'Name;INN;Phone;E-mail\r\n' | iconv -f UTF-8 -t WINDOWS-1251 > header_only.csv
printf 'Иванов;7701234567;+7 495 000-00-00;ivanov@example.ru\nПетров;7701234568;+7 495 000-00-01;petrov@example.ru\n' > no_header_utf8.csv
# A gzip stream: what a user gets choosing an archive by mistake.
printf 'Name;INN\nAcme;7701234567\n' | gzip -9n > binary.csv
