"""Excel integration: worksheet functions (UDFs), the 绩效评分 ribbon actions, the xlwings backend that
writes a sheet plan into a live workbook, and the builder of the pingfen.xlam add-in."""
