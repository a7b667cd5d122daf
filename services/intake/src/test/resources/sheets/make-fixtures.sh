#!/usr/bin/env bash
# Makes the committed signing-sheet fixtures with a real office suite (Debian's libreoffice-calc 7.4):
#   bash make-fixtures.sh            (from this folder)
# bench/sheets reads signings-10000.xlsx for the library measurement in the top README.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
python3 make-sheets.py "$work"
# 44,34 = comma and double quote; 76 = UTF-8; 1 = from line 1; 2052 = zh-CN, so 2025/7/20 becomes a date cell;
# the last true detects special numbers (dates) as LibreOffice does when a person opens the file
for name in signings-zh signings-mistakes signings-10000; do
  soffice --headless "--infilter=CSV:44,34,76,1,,2052,false,true" --convert-to xlsx --outdir "$work" "$work/$name.csv" >/dev/null
done
cp "$work/signings-zh.xlsx" "$work/signings-mistakes.xlsx" "$work/signings-10000.xlsx" .
# Saved as "Text CSV" in the GBK character set (67 = RTL_TEXTENCODING_GBK), as Excel does on a Chinese
# Windows machine; read without detecting dates, so they stay as typed (LibreOffice here writes en-US M/D/YY)
soffice --headless "--infilter=CSV:44,34,76,1,,2052,false,false" \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,67' --outdir "$work/gbk" "$work/signings-zh.csv" >/dev/null
cp "$work/gbk/signings-zh.csv" signings-zh-gbk.csv
rm -rf "$work"
