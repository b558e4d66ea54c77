#!/usr/bin/env bash
# Render the 评分表 sheet of a pingfen workbook to PNG pages, for reviewers.
#
#   benchmarks/render_scoresheet.sh WORKBOOK.xlsx OUTDIR [DPI]
#
# 1. LibreOffice headless converts the whole workbook to OUTDIR/<name>.pdf (every visible sheet, with
#    the workbook's own page setup: paper, orientation, fit-to-width, repeated header row, footer).
# 2. pdftotext finds the 评分表 pages: the first page whose text holds the sheet title
#    “…绩效评价评分表”, then every following page that repeats that page's column header row
#    (一级指标 二级指标 … 得分计算过程; the sheet prints it on every page).
# 3. pdftoppm renders just those pages: OUTDIR/<name>_评分表_p1.png, _p2.png, … (paths on stdout).
#
# LibreOffice shows the values cached in the file (run `pingfen recalc` first if the workbook was
# edited). The fonts the workbook asks for (仿宋, 宋体) are rarely installed on Linux; unless
# PINGFEN_RENDER_FONTS=system, they are mapped to Noto Serif CJK SC (or Noto Sans CJK SC) for this run
# only, so the render is closer to what Windows prints than LibreOffice's default fallback
# (Noto Sans CJK JP with DejaVu Sans digits). poppler-utils is installed with apt-get if missing.
set -euo pipefail

usage() { echo "usage: $0 WORKBOOK.xlsx OUTDIR [DPI (default 150)]" >&2; exit 2; }
[[ $# -ge 2 && $# -le 3 ]] || usage
workbook=$1
outdir=$2
dpi=${3:-150}
[[ -f $workbook ]] || { echo "错误：找不到工作簿 $workbook" >&2; exit 2; }
[[ $dpi =~ ^[0-9]+$ ]] || usage

soffice=$(command -v soffice || command -v libreoffice || true)
[[ -n $soffice ]] || { echo "错误：未找到 LibreOffice（soffice），请安装 libreoffice-calc-nogui" >&2; exit 2; }

if ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
    echo "安装 poppler-utils（pdftoppm、pdftotext）…" >&2
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq poppler-utils >&2
fi

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
stem=$(basename "${workbook%.*}")
pdf="$outdir/$stem.pdf"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/pingfen-render-XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Font mapping for this run only (fontconfig file that includes the system configuration).
if [[ ${PINGFEN_RENDER_FONTS:-map} != system ]] && command -v fc-list >/dev/null; then
    serif=""
    for family in "Noto Serif CJK SC" "Source Han Serif SC" "AR PL UMing CN" "Noto Sans CJK SC" "WenQuanYi Zen Hei"; do
        if [[ -n $(fc-list ":family=$family" family) ]]; then serif=$family; break; fi
    done
    if [[ -n $serif ]]; then
        {
            echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
            echo '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
            for wanted in 仿宋 仿宋_GB2312 FangSong 宋体 SimSun 新宋体 NSimSun 等线 DengXian 黑体 SimHei; do
                echo "<alias binding=\"same\"><family>$wanted</family><prefer><family>$serif</family></prefer></alias>"
            done
            echo '</fontconfig>'
        } >"$scratch/fonts.conf"
        export FONTCONFIG_FILE="$scratch/fonts.conf"
        echo "字体：仿宋/宋体 → $serif（仅本次渲染；PINGFEN_RENDER_FONTS=system 可关闭）" >&2
    fi
fi

# A scratch profile: works next to a running LibreOffice and leaves the user's profile alone.
if ! timeout 300 "$soffice" "-env:UserInstallation=file://$scratch/profile" --headless --norestore --nolockcheck \
        --convert-to pdf --outdir "$scratch" "$workbook" >"$scratch/soffice.log" 2>&1; then
    cat "$scratch/soffice.log" >&2
    echo "错误：LibreOffice 转换失败" >&2
    exit 1
fi
converted="$scratch/$stem.pdf"
[[ -f $converted ]] || { cat "$scratch/soffice.log" >&2; echo "错误：LibreOffice 未输出 PDF" >&2; exit 1; }
mv -f "$converted" "$pdf"

pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
[[ -n $pages ]] || pages=$(pdftotext "$pdf" - | tr -cd '\f' | wc -c)

page_text() { pdftotext -q -layout -f "$1" -l "$1" "$pdf" -; }
squeeze() { tr -d ' \t\r\n\f'; }

# Which table: the 附件评分表 sheet (the report's appendix layout) by default; set
# PINGFEN_RENDER_TITLE= (empty) for the working 评分表 sheet with its input columns.
marker=${PINGFEN_RENDER_TITLE-附件：}
first=""
for ((page = 1; page <= pages; page++)); do
    text=$(page_text "$page" | squeeze)
    if [[ $text == *"$marker"*绩效评价评分表* ]]; then first=$page; break; fi
done
[[ -n $first ]] || { echo "错误：$pdf 中没有标题含“绩效评价评分表”的页" >&2; exit 1; }

# The header row of the 评分表 (repeated on every printed page): the words of the title page's line
# that holds “一级指标”.
header_line=$(page_text "$first" | awk '/一级指标/ && !found {print; found = 1}')
read -r -a header <<<"$header_line"
last=$first
if [[ ${#header[@]} -ge 3 ]]; then
    for ((page = first + 1; page <= pages; page++)); do
        text=$(page_text "$page" | squeeze)
        for word in "${header[@]}"; do
            [[ $text == *"$word"* ]] || break 2
        done
        last=$page
    done
else
    echo "警告：第 $first 页未找到表头行，只输出该页" >&2
fi
echo "评分表：PDF 第 $first–$last 页（共 $pages 页）：$pdf" >&2

for ((page = first; page <= last; page++)); do
    png="$outdir/${stem}_评分表_p$((page - first + 1))"
    pdftoppm -q -r "$dpi" -f "$page" -l "$page" -singlefile -png "$pdf" "$png"
    echo "$png.png"
done
