"""Bar charts for the Word annex (ranking of entities, 分差 of indicators), drawn as PNG images with
Pillow and a CJK font found on the machine; without such a font the report states that the charts
are left out instead of printing empty boxes."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..rules.evaluate import general_text

BAR = (47, 85, 151)  # the 汇总 sheet's chart blue
# fonts with Chinese glyphs, by platform; otherwise fontconfig is asked for one
FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
)
ROW, LEFT, RIGHT, TOP = 34, 260, 90, 70
WIDTH = 1400


def chinese_font() -> str | None:
    known = next((path for path in FONT_FILES if Path(path).is_file()), None)
    if known or not shutil.which("fc-list"):
        return known
    try:  # fc-list names only fonts that cover Simplified Chinese (fc-match would fall back to any font)
        listed = subprocess.run(["fc-list", ":lang=zh-cn", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = sorted(line.split(":")[0].strip() for line in listed.splitlines() if line.strip())
    return next((path for path in files if path.lower().endswith((".ttf", ".ttc", ".otf")) and Path(path).is_file()), None)


def bar_chart(title: str, labels: list[str], values: list[Decimal], path: Path, font_file: str) -> Path:
    """Horizontal bars from a zero axis, longest value = full width, each bar labelled with its
    value; negative values (减分项) are drawn as zero-length bars with their value."""
    height = TOP + ROW * len(labels) + 30
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.truetype(font_file, 30), ImageFont.truetype(font_file, 20)
    draw.text((WIDTH // 2, 20), title, fill="black", font=big, anchor="mt")
    top = max((value for value in values if value > 0), default=Decimal(1))
    span = WIDTH - LEFT - RIGHT
    draw.line((LEFT, TOP - 6, LEFT, TOP + ROW * len(labels)), fill="black", width=2)
    for index, (label, value) in enumerate(zip(labels, values)):
        y = TOP + ROW * index
        length = int(span * max(value, Decimal(0)) / top)
        if length:
            draw.rectangle((LEFT + 1, y + 6, LEFT + length, y + ROW - 6), fill=BAR)
        draw.text((LEFT - 10, y + ROW // 2), label[:14], fill="black", font=small, anchor="rm")
        draw.text((LEFT + length + 8, y + ROW // 2), general_text(value), fill="black", font=small, anchor="lm")
    image.save(path, "PNG")
    return path
