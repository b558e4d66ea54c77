"""pingfen in xlwings Lite (Microsoft 365 / Excel 2021+ on Windows and macOS, Excel on the web).

Paste this file into the xlwings Lite editor's main.py and requirements.txt into its requirements.txt
tab (README.md, section "xlwings Lite 路线"). It brings in

- the six worksheet functions, =SCORE_RATE(...) and so on — the same functions as the desktop add-in;
- the ribbon's actions as scripts (生成评分表, 重新生成, 重新计算, 校验, 关于), run from the Lite task pane.

The code lives in the pingfen package (pingfen.excel.lite), so updating pingfen updates every workbook.
"""

from pingfen.excel.lite import *  # noqa: F401,F403
