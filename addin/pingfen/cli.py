"""The ``pingfen`` command line. Each sub-command is a thin layer over the library; errors are printed
in Chinese with exit status 2, never as a traceback."""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from . import TYPE_CHECKING

# Each command imports what it uses: `pingfen --help` imports argparse only, `pingfen rule` the rule
# engine only (no rubric, YAML, workbook or report modules), `pingfen recalc BOOK` not even argparse.
from .text.numbers import general_text

if TYPE_CHECKING:
    from typing import Any, Sequence
    import argparse
    from pathlib import Path

    from .rubric import Rubric, ScoreSheet

RULE_CELLS = {"actual": "B2", "rate": "B2", "target": "C2", "full": "D2"}
RULE_LEGEND = "B2=实际值（或比率），C2=目标值，D2=分值"


def _decimal_text(value: Decimal | None) -> str:
    return "" if value is None else general_text(value)


def command_rule(args: argparse.Namespace) -> int:
    from .collection import without_cycle_collection

    # the rule engine's modules alone are some hundred thousand objects, none of them garbage: the
    # collector, started again and again by so many allocations, was about a tenth of the command
    with without_cycle_collection():
        return _rule(args)


def _rule(args: argparse.Namespace) -> int:
    from .functions import measure_data
    from .quantities import QuantityError, parse_quantity
    from .rules import InputError, RuleError, excel_formulas, parse_rule
    from .rules.inputs import bind
    from .rules.names import KIND_NAMES
    from .rules.score import compiled

    text = args.rule_text if args.rule_text is not None else sys.stdin.read()
    if not text.strip() and args.target is not None:
        text = args.target  # a 自评表 row with no 评分标准: its 年度指标值, scored as 财预〔2021〕101号 says (达到记满分，未达到按比例)
    try:
        rule = parse_rule(text)
        full = parse_quantity(args.full, where="--full ").value
        data: dict[str, Any] = {}
        if args.actual is not None:
            data = measure_data(args.actual, args.target, rule)
        elif args.target is not None:
            data = {"target": args.target}
        bound = bind(data, full)
        # without data, the rule is shown in the input form a 评分表 would give it
        shape = bound.shape if args.actual is not None else rule.scorer.default_shape(rule.label)
        program = compiled(rule, shape, args.precision)
        score = program.run(bound.values) if args.actual is not None else None
        needs = program.program.inputs  # a score the evaluator may enter (manual) has no cell in SCORE_RATE's form
        cells = {name: RULE_CELLS[name] for name in needs if name in RULE_CELLS}
        excel = None
        if len(cells) == len(needs):
            excel, _ = excel_formulas(rule, shape, cells, args.precision)
    except (RuleError, InputError, QuantityError) as error:
        if args.json:
            import json

            print(json.dumps({"error": str(error)}, ensure_ascii=False))
        else:
            print(f"错误：{error}", file=sys.stderr)
        return 2
    result = {
        "kind": rule.kind,
        "canonical": rule.canonical(),
        "score": float(score.value) if score and score.value is not None else None,
        "explanation": score.explanation if score else None,
        "excel": excel,
    }
    beyond = rule.beyond(full)
    warning = None if beyond is None else (
        f"评分标准最高可得{_decimal_text(beyond)}分，超过指标分值{_decimal_text(full)}分：得分按分值封顶，请核对评分标准中的得分或指标分值")
    short = rule.short_of(full)
    if short is not None:
        warning = f"评分标准最高可得{_decimal_text(short)}分，低于指标分值{_decimal_text(full)}分：请核对评分标准中的得分或指标分值"
    conflict = rule.target_conflict(args.target) if args.actual is not None else None
    if conflict is not None:  # (the printed standard scores; an entered target that differs is never silently dropped)
        warning = "；".join(filter(None, (warning, f"评分标准写明的标准为{conflict[0]}，录入的目标值为{conflict[1]}，已按评分标准计分，"
                                                   "请核对目标值或评分标准")))
    if warning is not None:
        result["warning"] = warning
    if args.json:
        import json

        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"规则类型：{KIND_NAMES[rule.kind]}")
    print(f"规范写法：{rule.canonical()}")
    if score is not None:
        print(f"得分：{_decimal_text(score.value) or '（数据不全）'}")
        print(f"得分计算过程：{score.explanation}")
    else:
        print("得分：未给出 --actual/--target，未计算")
    if warning is not None:
        print(f"注意：{warning}")
    if excel:
        print(f"Excel 公式（{RULE_LEGEND}）：{excel}")
    else:
        print("Excel 公式：该规则需要逐项数据（如评价要点、逐个社区），请在评分表中生成")
    return 0


def _read(path: str) -> Rubric:
    from .failures import CliError
    from .rubric import RubricError, load_rubric

    try:
        return load_rubric(path)
    except RubricError as error:
        raise CliError(str(error)) from None


def _load(path: str, explain: bool = True) -> tuple[Rubric, ScoreSheet]:
    from .collection import without_cycle_collection
    from .rubric import score_rubric

    with without_cycle_collection():  # the scores of a big rubric live on too (see collection.py)
        rubric = _read(path)
        return rubric, score_rubric(rubric, explain=explain)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def command_score(args: argparse.Namespace) -> int:
    import json
    from .rubric.entities import score_entities

    rubric, sheet = _load(args.rubric)
    differences = [
        (indicator, sheet[indicator.code].value)
        for indicator in rubric.walk()
        if indicator.published is not None and sheet[indicator.code].value not in (None, indicator.published)
    ]
    results = score_entities(rubric) if rubric.entities else []
    if args.json:
        indicators = []
        for indicator in rubric.walk():
            node = sheet[indicator.code]
            indicators.append({
                "code": indicator.code, "name": indicator.name, "level": indicator.level,
                "parent": indicator.parent.code if indicator.parent else None,
                "weight": float(indicator.weight), "score": _number(node.value),
                "rate": None if node.rate is None else round(float(node.rate), 6),
                "source": node.source, "explanation": node.explanation,
                "published": _number(indicator.published),
            })
        print(json.dumps({
            "project": rubric.project, "year": rubric.year, "total": _number(sheet.total), "grade": sheet.grade,
            "published_total": _number(rubric.published_total), "published_grade": rubric.published_grade,
            "indicators": indicators,
            "differences": [
                {"code": i.code, "name": i.name, "published": float(i.published), "score": _number(v)} for i, v in differences
            ],
            **(_entities_json(rubric, results) if results else {}),
        }, ensure_ascii=False, indent=1))
        return 0
    print(f"项目：{rubric.project}" + (f"（{rubric.year}年度）" if rubric.year else ""))
    print(f"评分体系：{rubric.path}")
    print("编码 | 指标 | 分值 | 得分 | 得分率 | 得分计算过程")
    for indicator in rubric.walk():
        node = sheet[indicator.code]
        rate = "" if node.rate is None else f"{float(node.rate) * 100:.2f}%"
        indent = "　" * (indicator.level - 1)
        print(
            f"{indicator.code} | {indent}{indicator.name} | {_decimal_text(indicator.weight)} | "
            f"{_decimal_text(node.value) or '—'} | {rate} | {node.explanation}"
        )
    total = _decimal_text(sheet.total) or "—（有指标未计分）"
    published = f"（公布：{_decimal_text(rubric.published_total)}）" if rubric.published_total is not None else ""
    grade = f"（公布：{rubric.published_grade}）" if rubric.published_grade else ""
    print(f"总分：{total}{published}　等级：{sheet.grade or '—'}{grade}")
    if differences:
        print("与公布得分不一致：")
        for indicator, value in differences:
            print(f"  {indicator.label}：公布{_decimal_text(indicator.published)}，计算{_decimal_text(value)}")
    elif rubric.published_total is not None or any(i.published is not None for i in rubric.walk()):
        print("与公布得分一致。")
    if results:
        _print_entities(rubric, results)
    return 0


def _entities_json(rubric: Rubric, results: list[Any]) -> dict[str, Any]:
    from .rubric.entities import spreads

    return {
        "ranking": [
            {
                "rank": r.rank, "name": r.entity.name, "fields": r.entity.fields, "total": _number(r.shown_total),
                "recomputed": r.recomputed, "grade": r.grade, "veto": r.veto_mark,
                "published_rank": r.entity.published_rank, "published_grade": r.entity.published_grade,
            }
            for r in results
        ],
        "spreads": {
            str(level): [
                {"code": s.code, "name": s.name, "weight": _number(s.weight), "max": _number(s.highest), "min": _number(s.lowest), "gap": _number(s.gap), "computed": s.computed}
                for s in spreads(rubric, results, level)
            ]
            for level in (1, 2)
        },
    }


def _print_entities(rubric: Rubric, results: list[Any]) -> None:
    from .rubric.entities import spreads

    assert rubric.entities is not None
    fields = rubric.entities.fields
    print(f"\n{rubric.entities.kind}排名（共{len(results)}个）：")
    print(" | ".join(["排名", *fields, "总分", "等级", "一票否决"]))
    for r in results:
        total = _decimal_text(r.shown_total) + ("" if r.recomputed else "（公布）")
        print(" | ".join([str(r.rank), *(r.entity.fields.get(f, "") for f in fields), total, r.grade or "—", r.veto_mark]))
    for level, title in ((1, "一级"), (2, "二级")):
        rows = spreads(rubric, results, level)
        if rows:
            print(f"\n{title}指标分差（按分差排序）：")
            print("编码 | 指标 | 标准分 | 最高分 | 最低分 | 分差")
            for row in rows:
                source = "" if row.computed else "（报告所列）"
                print(f"{row.code} | {row.name} | {_decimal_text(row.weight) or '/'} | {_decimal_text(row.highest)} | {_decimal_text(row.lowest)} | {_decimal_text(row.gap)}{source}")


def command_check(args: argparse.Namespace) -> int:
    import json
    from .rubric.checks import ERROR, SEVERITY_NAMES, run_checks

    if args.rubric.lower().endswith((".xlsx", ".xlsm")):  # a generated 评分表, as last saved
        from .report.scores import load_scores

        findings, checked = load_scores(args.rubric).findings, args.rubric
    else:
        rubric, sheet = _load(args.rubric, explain=False)  # 校验 quotes only an entered score's explanation
        findings, checked = run_checks(rubric, sheet), rubric.path
    counts = {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITY_NAMES}
    if args.json:
        print(json.dumps({"findings": [f.as_dict() for f in findings], "summary": counts}, ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            where = f" {finding.indicator}" if finding.indicator else ""
            print(f"[{SEVERITY_NAMES[finding.severity]}] {finding.code}{where}：{finding.message}。建议：{finding.fix}")
        summary = "，".join(f"{SEVERITY_NAMES[s]}{n}项" for s, n in counts.items())
        print(f"校验完成：{checked}，{summary}")
    return 1 if counts[ERROR] else 0


def _summary(result: Any) -> str:
    total = result.total
    total_text = _decimal_text(total) if isinstance(total, Decimal) else "—（数据未录全）"
    return f"总分：{total_text}　等级：{result.grade}"


def command_build(args: argparse.Namespace) -> int:
    from .files import check_target
    from .workbook import service as workbook
    target = check_target(args.output, force=args.force)
    # scored for 校验 as the workbook is computed: the leaves their rule scores take the workbook's scores
    result = workbook.build(_read(args.rubric), target, args.template, backup=True)
    print(f"已生成评分表：{result.path}")
    print(_summary(result))
    return 0


def command_recalc(args: argparse.Namespace) -> int:
    from .files import check_target, same_file
    from .workbook import recalc as workbook
    in_place = args.output is None or same_file(args.book, args.output)
    target = check_target(args.book if in_place else args.output, force=args.force, replaces_itself=in_place)
    result = workbook.recalc(args.book, target, backup=not in_place, keep_cells=False)
    print(f"已重新计算：{result.path}（{len(result.values)} 个公式单元格已写入计算结果）")
    print(_summary(result))
    notes = workbook.formula_findings(result)
    for finding in notes[:50]:
        print(f"{finding.message}（{finding.fix}）")
    if len(notes) > 50:
        print(f"……另有 {len(notes) - 50} 项，见 pingfen batch 的汇总")
    if args.verify:
        from .workbook.service import verify

        differences = verify(result.path, result)
        if differences:
            print(f"与 formulas 引擎的计算结果不一致的单元格 {len(differences)} 个：")
            for (sheet, address), mine, theirs in differences[:50]:
                print(f"  {sheet}!{address}：pingfen={mine!r}，formulas={theirs!r}")
            return 1
        print("已用 formulas 引擎复核：全部一致。")
    return 0


def command_regenerate(args: argparse.Namespace) -> int:
    from .workbook import service as workbook
    result, backup, unmatched = workbook.regenerate(args.book)
    print(f"已按“指标体系”重新生成：{result.path}（原文件备份为 {backup}）")
    if unmatched:
        print(f"有 {len(unmatched)} 项录入数据找不到对应指标，已保留在“未匹配数据”工作表")
    print(_summary(result))
    return 0


def command_demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .files import check_target, unused_path
    from .rubric.checks import SEVERITY_NAMES, run_checks
    from .workbook import service as workbook

    rubric_path = Path(args.rubric) if args.rubric else Path(__file__).resolve().parents[2] / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
    if args.output is None:  # the default name never replaces an earlier demo the user may have typed into
        output = unused_path(Path("out"), "示例评分表")
    else:
        output = check_target(args.output, force=args.force)
    rubric, sheet = _load(str(rubric_path))
    print(f"示例：{rubric.project}（{rubric.year}年度），评分体系 {rubric_path.name}")
    built = workbook.build(rubric, output, backup=True)
    print(f"1. 已生成并填入数据：{built.path}")
    result = workbook.recalc(output)
    print(f"2. 已重新计算（{len(result.values)} 个公式单元格）")
    findings = run_checks(rubric, sheet)
    counts = {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITY_NAMES}
    print("3. 校验：" + "，".join(f"{SEVERITY_NAMES[s]}{n}项" for s, n in counts.items()))
    for finding in findings:
        if finding.severity != "info":
            print(f"   [{SEVERITY_NAMES[finding.severity]}] {finding.indicator}：{finding.message}")
    print("4. 汇总：")
    for top in rubric.indicators:
        node = sheet[top.code]
        print(f"   {top.name}：分值{_decimal_text(top.weight)}，得分{_decimal_text(node.value)}，得分率{float(node.rate or 0) * 100:.2f}%")
    print("   " + _summary(result))
    demo_report(output)
    return 0


def demo_report(book: Path) -> None:
    """The demo's last step: the report's Word annex, written from the workbook just computed."""
    from .report.annex import write_report
    from .report.scores import load_scores

    target = book.with_name(f"{book.stem}附件.docx")
    path = write_report(load_scores(book), target)
    print(f"5. 已生成报告附件（综合评价结论、扣分指标分析、评分表附件）：{path}")


def command_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .failures import CliError
    from .files import check_target, same_file
    from .report.annex import write_report
    from .report.scores import load_scores
    from .report.ziping import ZipingError, write_form_document, write_form_workbook
    from .rubric import RubricError
    from .workbook.read import WorkbookError
    from .workbook.template import TemplateError

    output = Path(args.output or ("自评表.xlsx" if args.ziping else "评价报告附件.docx"))
    suffix = output.suffix.lower()
    if suffix not in (".docx", ".xlsx") or (suffix == ".xlsx" and not args.ziping):
        raise CliError(f"{output}：输出文件应为 .docx" + ("或 .xlsx（自评表）" if args.ziping else "（报告附件为 Word 文档）"))
    if same_file(args.source, output):
        raise CliError(f"{output}：输出文件不能是输入文件本身")
    output = check_target(output, force=args.force)  # an existing document is replaced only with --force (.bak kept)
    try:
        scores = load_scores(args.source)
        if args.ziping:
            writer = write_form_workbook if suffix == ".xlsx" else write_form_document
            path, _ = writer(scores, output, args.template)
            print(f"已生成项目支出绩效自评表：{path}")
        else:
            path = write_report(scores, output, args.template, with_checks=args.with_checks)
            print(f"已生成报告附件：{path}")
    except (RubricError, WorkbookError, TemplateError, ZipingError) as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"无法写入 {output}：{error.strerror or error}") from None
    total = _decimal_text(scores.total) or "—（数据未录全）"
    print(f"总分：{total}　等级：{scores.grade or '待评'}")
    return 0


def add_template_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", help="事务所自己的工作簿模板（.xlsx，以 workbook_templates/评分表模板.xlsx 为底稿修改样式、列宽、页面设置）")


def add_report_parser(commands: Any) -> None:
    report = commands.add_parser("report", help="生成报告附件（Word）：综合评价结论、扣分指标分析、评分表附件")
    report.add_argument("source", metavar="工作簿或评分体系", help="pingfen 生成的 .xlsx 工作簿，或评分体系文件（YAML）")
    report.add_argument("-o", "--output", help="输出文件（默认 评价报告附件.docx；--ziping 时默认 自评表.xlsx，也可为 .docx）")
    report.add_argument("--template", help="事务所自己的模板：Word 输出用 .docx（样式同 workbook_templates/评价报告附件模板.docx），自评表 .xlsx 用工作簿模板")
    report.add_argument("--with-checks", action="store_true", help="附上校验结果")
    report.add_argument("--ziping", action="store_true", help="生成项目支出绩效自评表（财预〔2020〕10号附1格式，需单位自评评分体系）")
    _force_option(report)
    report.set_defaults(handler=command_report)


def command_batch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .failures import CliError
    from .files import check_target
    from . import batch

    for target in batch.summary_targets(Path(args.output)):
        check_target(target, force=args.force)
    paths = batch.find_workbooks(args.inputs)
    if not paths:
        raise CliError(f"没有找到 .xlsx 工作簿：{' '.join(args.inputs)}")
    rows = batch.run(paths, workers=args.workers, progress=not args.quiet)
    written = batch.write_summary(rows, Path(args.output), backup=True)
    failed = [row for row in rows if not row.ok]
    print(f"共处理 {len(rows)} 个工作簿：成功 {len(rows) - len(failed)} 个，失败 {len(failed)} 个")
    for row in failed:
        print(f"  {row.path}：{row.status}")
    print("汇总已写入：" + "、".join(str(path) for path in written))
    return 1 if failed else 0


def command_addin_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .excel.xlam import ADDIN_FILE, build_to

    path = build_to(Path(args.output) if args.output else ADDIN_FILE)
    print(f"已生成加载项：{path}")
    return 0


def command_addin_install(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .excel import install

    if args.xlstart is None and not install.has_excel_platform():
        print(install.no_excel_message())
        return 1
    installed = install.install(Path(args.xlstart) if args.xlstart else None, interpreter=args.interpreter)
    print(f"已安装加载项：{installed.path}")
    print(f"Python 解释器：{installed.interpreter}")
    for note in installed.notes:
        print(f"注意：{note}")
    print("请重新启动 Excel，功能区会出现“绩效评分”选项卡。")
    return 0


def command_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .failures import CliError
    from .files import check_target, same_file, unused_path
    from .excel.export import export_clean

    source = Path(args.book)
    if not source.is_file():
        raise CliError(f"{source}：文件不存在")
    if args.output is None:
        target = unused_path(source.parent, f"{source.stem}（报送版）")
    elif same_file(source, args.output):
        raise CliError(f"{args.output}：报送版不能覆盖原工作簿本身（即使加 --force），请另选输出文件名")
    else:
        target = check_target(args.output, force=args.force)
    report = export_clean(source, target, backup=True)
    print(f"已导出报送版：{target}（{report.summary()}）")
    return 0


def _force_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它（原文件保留为“文件名.bak”）")


def _top_parser() -> tuple[argparse.ArgumentParser, Any]:
    import argparse

    from .cli_messages import install

    install()  # argparse's usage and error messages in Chinese too
    parser = argparse.ArgumentParser(prog="pingfen", description="项目支出绩效评价评分表工具")
    return parser, parser.add_subparsers(dest="command", required=True, metavar="命令")


def add_rule_parser(commands: Any) -> None:
    rule = commands.add_parser("rule", help="识别一条评分标准，计算得分并给出 Excel 公式")
    rule.add_argument("rule_text", nargs="?", help="评分标准原文（省略时从标准输入读取）")
    rule.add_argument("--full", required=True, help="指标分值")
    rule.add_argument("--actual", help="实际值或实际比率，如 924.8万元、99.44%%")
    rule.add_argument("--target", help="目标值，可带运算符与单位，如 ≥21933人、930万元、90%%")
    rule.add_argument("--precision", type=int, default=2, help="得分保留小数位（默认 2）")
    rule.add_argument("--json", action="store_true", help="以 JSON 输出")
    rule.set_defaults(handler=command_rule)


def add_build_parser(commands: Any) -> None:
    build = commands.add_parser("build", help="按评分体系文件生成评分表工作簿（含指标体系、评分表、数据、汇总、校验）")
    build.add_argument("rubric", help="评分体系文件（YAML）")
    build.add_argument("-o", "--output", required=True, help="输出的 .xlsx 文件")
    _force_option(build)
    add_template_option(build)
    build.set_defaults(handler=command_build)


def add_recalc_parser(commands: Any) -> None:
    recalc = commands.add_parser("recalc", help="无需 Excel 重新计算工作簿，并把计算结果写入公式单元格")
    recalc.add_argument("book", help="pingfen 生成的 .xlsx 工作簿")
    recalc.add_argument("-o", "--output", help="另存为（默认就地更新原文件；另存的文件已存在时需加 --force）")
    recalc.add_argument("--verify", action="store_true", help="另用 formulas 引擎计算并报告不一致的单元格")
    _force_option(recalc)
    recalc.set_defaults(handler=command_recalc)


def build_parser() -> argparse.ArgumentParser:
    parser, commands = _top_parser()
    add_rule_parser(commands)

    score = commands.add_parser("score", help="按评分体系文件计分：各级得分、总分、等级及与公布得分的差异")
    score.add_argument("rubric", help="评分体系文件（YAML）")
    score.add_argument("--json", action="store_true", help="以 JSON 输出")
    score.set_defaults(handler=command_score)

    check = commands.add_parser("check", help="校验评分体系：分值、规则满分、得分、小计、等级、理由、数据")
    check.add_argument("rubric", help="评分体系文件（YAML），或 pingfen 生成的评分表工作簿（.xlsx，按保存时的计算结果校验）")
    check.add_argument("--json", action="store_true", help="以 JSON 输出")
    check.set_defaults(handler=command_check)

    add_build_parser(commands)
    add_recalc_parser(commands)

    regenerate = commands.add_parser("regenerate", help="按工作簿中的“指标体系”重新生成评分表，保留全部录入数据")
    regenerate.add_argument("book", help="pingfen 生成的 .xlsx 工作簿")
    regenerate.set_defaults(handler=command_regenerate)

    demo = commands.add_parser("demo", help="示例：生成、填写并计算种子项目000的评分表，校验并输出汇总")
    demo.add_argument("--rubric", help="评分体系文件（默认 rubrics/seed000_luohu_dangqun_2022.yaml）")
    demo.add_argument("-o", "--output", help="输出的工作簿（默认 out/示例评分表.xlsx，已存在时另取新名）")
    _force_option(demo)
    demo.set_defaults(handler=command_demo)

    add_report_parser(commands)

    batch = commands.add_parser("batch", help="批量重新计算并校验多个工作簿，输出汇总表（xlsx、JSON、CSV）")
    batch.add_argument("inputs", nargs="+", metavar="目录或通配符", help="工作簿所在目录或通配符，如 评价/**/*.xlsx")
    batch.add_argument("-o", "--output", required=True, help="汇总工作簿（同名 .json、.csv 一并写出）")
    batch.add_argument("--workers", type=int, help="并行进程数（默认为 CPU 核数）")
    batch.add_argument("--quiet", action="store_true", help="不显示进度条")
    _force_option(batch)
    batch.set_defaults(handler=command_batch)
    export = commands.add_parser("export", help="另存报送版：去除隐藏工作表 _pingfen、加载项函数（转为数值）与链接、宏")
    export.add_argument("book", help="工作簿（.xlsx/.xlsm）")
    export.add_argument("-o", "--output", help="输出文件（默认：同目录下“原名（报送版）.xlsx”）")
    _force_option(export)
    export.set_defaults(handler=command_export)

    addin = commands.add_parser("addin", help="Excel 加载项 pingfen.xlam：生成、安装")
    addin_commands = addin.add_subparsers(dest="addin_command", required=True, metavar="操作")
    addin_build = addin_commands.add_parser("build", help="由 xlwings 模板重新生成 pingfen.xlam（无需 Excel，需源码目录 addin/excel）")
    addin_build.add_argument("-o", "--output", help="输出文件（默认：包内的 addin_files/pingfen.xlam）")
    addin_build.set_defaults(handler=command_addin_build)
    addin_install = addin_commands.add_parser("install", help="把加载项复制到 Excel 启动文件夹（XLSTART），并写入本机 Python 解释器路径")
    addin_install.add_argument("--xlstart", help="目标文件夹（默认：本机 Excel 的 XLSTART）")
    addin_install.add_argument("--interpreter", help="Python 解释器路径（默认：当前 Python；Windows 上为 pythonw.exe）")
    addin_install.set_defaults(handler=command_addin_install)
    return parser


# Commands that leave nothing open when they return: every file they write is closed (and replaced
# atomically), no thread, child process or temporary folder outlives them (recalc's inflating and
# deflating threads are joined before their files are closed; recalc --verify runs another engine and
# ends as Python ends).
_ENDS_CLEANLY = frozenset(("build", "score", "check", "recalc", "rule"))
_ended_cleanly = False


_SINGLE_PARSERS = {"rule": add_rule_parser, "build": add_build_parser, "recalc": add_recalc_parser}


class _PlainRecalc:
    """What ``add_recalc_parser``'s parser gives for ``recalc BOOK`` and nothing else (the commonest
    call, made by scripts and ``batch``-like loops): argparse and its parser cost about a tenth of a
    whole ``recalc`` of a small workbook (argparse, gettext and the parser's help formatter)."""

    command = "recalc"
    handler = staticmethod(command_recalc)
    output = None
    verify = force = False

    def __init__(self, book: str) -> None:
        self.book = book


_RULE_OPTIONS = {"--full": "full", "--actual": "actual", "--target": "target", "--precision": "precision"}


def _plain_rule(arguments: list[str]) -> Any:
    """What ``add_rule_parser``'s parser gives for a ``rule`` command line of whole option names, each
    given once with a value that does not start with "-", at most one rule text and ``--full`` present
    (every command line the documentation and the add-in show); None for anything else, which argparse
    reads (abbreviations, ``--full=5``, help, usage errors and their messages). argparse with its
    parser is about a tenth of the whole command."""
    import types

    values: dict[str, Any] = {"rule_text": None, "full": None, "actual": None, "target": None, "precision": 2, "json": False}
    given: set[str] = set()
    rest = iter(arguments[1:])
    for argument in rest:
        if argument == "--json" and argument not in given:
            values["json"] = True
        elif argument in _RULE_OPTIONS and argument not in given:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None
            values[_RULE_OPTIONS[argument]] = value
        elif not argument.startswith("-") and values["rule_text"] is None:
            values["rule_text"] = argument
        else:
            return None
        given.add(argument)
    if values["full"] is None:
        return None
    try:
        values["precision"] = int(values["precision"])
    except ValueError:
        return None
    return types.SimpleNamespace(command="rule", handler=command_rule, **values)


def _arguments(arguments: list[str]) -> Any:
    """The parsed command line: ``recalc BOOK`` (a book not read as an option) and the usual forms of
    ``rule`` as argparse would parse them, anything else by argparse itself (help, usage errors and all)."""
    if len(arguments) == 2 and arguments[0] == "recalc" and not arguments[1].startswith("-"):
        from .lazy_dataclass import run_on_first_use

        # zipfile imports these for what recalc never does (extracting members, bzip2 and lzma
        # members; through pathlib, Windows paths and urllib.parse's check of IPv6 hosts): run only if
        # something uses them
        for module in ("shutil", "bz2", "lzma", "ntpath", "ipaddress"):
            run_on_first_use(module)
        return _PlainRecalc(arguments[1])
    if arguments and arguments[0] == "rule":
        plain = _plain_rule(arguments)
        if plain is not None:
            return plain
    single = _SINGLE_PARSERS.get(arguments[0]) if arguments else None
    if single is not None:  # the command's own parser only: the same usage and messages, a few ms sooner
        parser, commands = _top_parser()
        single(commands)
    else:
        parser = build_parser()
    return parser.parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    global _ended_cleanly
    # Ctrl+C while argparse or the command's modules are still being imported, or just as the command's report
    # ended: never a traceback
    try:
        args = _arguments(sys.argv[1:] if argv is None else list(argv))
        from .failures import failures_reported  # after the arguments: --help and usage errors need none of it
        from .lazy_dataclass import defer_dataclasses

        defer_dataclasses()  # before any module takes helpers from dataclasses: inspect lazy, recalc without either

        _ended_cleanly = False
        with failures_reported() as status:
            status.code = args.handler(args)
    except KeyboardInterrupt as error:
        from .failures import report_interrupted

        return report_interrupted(error)
    _ended_cleanly = args.command in _ENDS_CLEANLY and not getattr(args, "verify", False)
    return status.code


def run() -> None:
    """The console command. After a command that leaves nothing open, the process ends as soon as its
    output is flushed, without freeing one by one the objects a big rubric or workbook left in caches
    and modules (about a tenth of a second at 1,000 indicators): the system takes the memory back at
    once. Anything else ends as Python ends."""
    code = main()
    if _ended_cleanly:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # a closed pipe: let Python report it as it does
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
