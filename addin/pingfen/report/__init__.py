"""The evaluation's documents: the report's Word annexes (综合评价结论, 评分表, 扣分指标分析), the
项目支出绩效自评表 in the official layout, and the firm templates they are styled from."""
