"""Many entities scored on one rubric (communities, contracts, posts): per-entity scores and grades,
一票否决 and 已整改, the ranking table and the spread (分差) of every 一级 and 二级 indicator.

Scores the report does not print stay unknown: an entity's total is recomputed only when every leaf
is known, otherwise its published total is used and marked as such."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import field
from decimal import Decimal
from typing import Any, Iterator

from ..lazy_dataclass import dataclass
from ..grading import GradeBand, GradeError, grade_for, make_bands, parse_bands, written_bands
from ..quantities import QuantityError, as_number, as_rate, parse_quantity
from ..rules import InputError, evaluate_rule
from .source import Located, RubricError, Where

ENTITY_KEYS = {"kind", "fields", "grades", "published_spread", "cite", "note", "list"}
MEMBER_KEYS = {"name", "fields", "published", "vetoes", "rectified", "scores", "data", "cite", "note"}
VETO_KEYS = {"code", "name", "limit", "grade", "cite", "note"}


@dataclass
class Veto:
    code: str
    name: str
    limit: Any = None  # Quantity: the entity's rate must satisfy it
    grade: str | None = None
    cite: str = ""


@dataclass
class Entity:
    name: str
    where: Where
    fields: dict[str, str] = field(default_factory=dict)
    published_total: Decimal | None = None
    published_grade: str | None = None
    published_rank: int | None = None
    vetoes: list[str] = field(default_factory=list)
    rectified: bool = False
    scores: dict[str, Decimal] = field(default_factory=dict)
    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    cite: str = ""


@dataclass
class EntitySet:
    kind: str
    fields: list[str]
    members: list[Entity]
    grades: tuple[GradeBand, ...] | None = None
    published_spread: dict[str, tuple[Decimal | None, Decimal | None, str]] = field(default_factory=dict)
    cite: str = ""


def _reject(mapping: Located, allowed: set[str], what: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise RubricError(mapping.where(key), key, f"未知的{what}字段（可用：{'、'.join(sorted(allowed))}）")


def _decimal(mapping: Located, key: str, what: str) -> Decimal | None:
    value = mapping.get(key)
    if value in (None, "", "/"):
        return None
    try:
        return as_number(value, where="")
    except QuantityError:
        raise RubricError(mapping.where(key), key, f"{what}应为数值，实际为“{value}”") from None


def read_vetoes(items: Any, where: Where) -> list[Veto]:
    if not isinstance(items, list):
        raise RubricError(where, "vetoes", "一票否决项应为列表")
    vetoes = []
    for item in items:
        if not isinstance(item, Located):
            raise RubricError(where, "vetoes", "每个一票否决项应为键值结构（code、name、limit、grade）")
        _reject(item, VETO_KEYS, "一票否决项")
        if not item.get("code") or not item.get("name"):
            raise RubricError(item.where(), "vetoes", "一票否决项需要 code 与 name")
        limit = None
        if item.get("limit") is not None:
            try:
                limit = parse_quantity(item["limit"], where="")
            except QuantityError:
                raise RubricError(item.where("limit"), "limit", f"无法识别的限值“{item['limit']}”（应如 ≤16%）") from None
            if limit.op is None:
                raise RubricError(item.where("limit"), "limit", f"限值应带比较符号，如 ≤16%，实际为“{item['limit']}”")
        vetoes.append(Veto(str(item["code"]), str(item["name"]), limit, str(item["grade"]) if item.get("grade") else None, str(item.get("cite") or "")))
    return vetoes


def read_entities(block: Any, where: Where, codes: set[str], veto_codes: set[str]) -> EntitySet:
    if not isinstance(block, Located):
        raise RubricError(where, "entities", "应为键值结构（kind、fields、list……）")
    _reject(block, ENTITY_KEYS, "entities ")
    members_raw = block.get("list")
    if not isinstance(members_raw, list) or not members_raw:
        raise RubricError(block.where("list") if "list" in block else block.where(), "list", "评价对象列表为空")
    grades = None
    text = written_bands(block.get("grades"))
    if text is not None:
        try:
            grades = parse_bands(text)
        except GradeError as error:
            raise RubricError(block.where("grades"), "grades", str(error)) from None
    elif block.get("grades") is not None:
        pairs = []
        for entry in block["grades"]:
            if not isinstance(entry, Located) or "name" not in entry or "min" not in entry:
                raise RubricError(block.where("grades"), "grades", "每个等级应写作 {name: 优秀, min: 180}")
            pairs.append((entry["name"], entry["min"]))
        try:
            grades = make_bands(pairs)
        except GradeError as error:
            raise RubricError(block.where("grades"), "grades", str(error)) from None
    spread: dict[str, tuple[Decimal | None, Decimal | None, str]] = {}
    for code, row in (block.get("published_spread") or {}).items():
        if not isinstance(row, Located):
            raise RubricError(block.where("published_spread"), "published_spread", f"“{code}”应写作 {{max: 23, min: 3}}")
        _reject(row, {"max", "min", "name"}, "分差")
        spread[str(code)] = (_decimal(row, "max", "最高分"), _decimal(row, "min", "最低分"), str(row.get("name") or ""))
    entities = EntitySet(str(block.get("kind") or "单位"), [str(f) for f in block.get("fields") or []], [], grades, spread, str(block.get("cite") or ""))
    names = set()
    for raw in members_raw:
        if not isinstance(raw, Located):
            raise RubricError(block.where("list"), "list", "每个评价对象应为键值结构（name、published……）")
        _reject(raw, MEMBER_KEYS, "评价对象")
        name = str(raw.get("name") or "").strip()
        if not name:
            raise RubricError(raw.where(), "name", "评价对象缺少名称")
        if name in names:
            raise RubricError(raw.where("name"), "name", f"评价对象“{name}”重复")
        names.add(name)
        entity = Entity(name, raw.where(), {str(k): str(v) for k, v in (raw.get("fields") or {}).items()}, cite=str(raw.get("cite") or ""))
        published = raw.get("published") or {}
        if published:
            entity.published_total = _decimal(published, "total", "公布总分")
            entity.published_grade = str(published["grade"]) if published.get("grade") else None
            entity.published_rank = int(published["rank"]) if published.get("rank") is not None else None
        entity.vetoes = [str(v) for v in raw.get("vetoes") or []]
        for veto in entity.vetoes:
            if veto not in veto_codes:
                raise RubricError(raw.where("vetoes"), "vetoes", f"未定义的一票否决项“{veto}”")
        entity.rectified = bool(raw.get("rectified"))
        for code, value in (raw.get("scores") or {}).items():
            if str(code) not in codes:
                raise RubricError(raw.where("scores"), "scores", f"指标“{code}”不在指标体系中")
            try:
                entity.scores[str(code)] = as_number(value, where="")
            except QuantityError:
                raise RubricError(raw.where("scores"), "scores", f"“{code}”的得分应为数值，实际为“{value}”") from None
        for code, data in (raw.get("data") or {}).items():
            if str(code) not in codes | veto_codes:
                raise RubricError(raw.where("data"), "data", f"“{code}”不是指标或一票否决项的编码")
            entity.data[str(code)] = dict(data or {})
        entities.members.append(entity)
    return entities


# ---------------------------------------------------------------- scoring


@dataclass
class EntityResult:
    entity: Entity
    scores: dict[str, Decimal | None]  # every indicator code → score, None when unknown
    total: Decimal | None  # recomputed from leaf scores, when all are known
    vetoes: list[Veto]
    grade: str | None = None
    rank: int = 0

    @property
    def shown_total(self) -> Decimal | None:
        return self.total if self.total is not None else self.entity.published_total

    @property
    def recomputed(self) -> bool:
        return self.total is not None

    @property
    def veto_mark(self) -> str:
        if not self.vetoes:
            return ""
        return "已整改" if self.entity.rectified else "一票否决"


def veto_applies(veto: Veto, data: dict[str, Any]) -> bool | None:
    """Whether the entity's data breach the veto's limit; None when there are no data to tell."""
    if veto.limit is None or "rate" not in data:
        return None
    rate = as_rate(data["rate"])
    limit, op = veto.limit.value, veto.limit.op
    within = {"≤": rate <= limit, "<": rate < limit, "≥": rate >= limit, ">": rate > limit, "=": rate == limit}[op]
    return not within


# a rubric's entity results while a job scores it once (see ``scoring_once``): id → (rubric, results)
_scored: dict[int, tuple[Any, list[EntityResult]]] | None = None


@contextmanager
def scoring_once() -> Iterator[None]:
    """A block in which no rubric changes: ``score_entities`` scores each rubric's entities once and
    gives the same results again (a build asks five times: the 各单位得分 inputs, the 排名 and 分差
    sheets, two checks of 校验)."""
    global _scored
    outer = _scored
    if outer is None:
        _scored = {}
    try:
        yield
    finally:
        _scored = outer


def score_entities(rubric: Any) -> list[EntityResult]:  # rubric: Rubric
    """Each entity scored on the rubric, best total first (the results are read, never changed)."""
    if _scored is None:
        return _score_entities(rubric)
    found = _scored.get(id(rubric))
    if found is None or found[0] is not rubric:
        found = _scored[id(rubric)] = (rubric, _score_entities(rubric))
    return found[1]


def _score_entities(rubric: Any) -> list[EntityResult]:
    entities: EntitySet = rubric.entities
    bands = entities.grades or rubric.grades
    vetoes = {veto.code: veto for veto in rubric.vetoes}
    results = []
    for entity in entities.members:
        scores: dict[str, Decimal | None] = {}

        def visit(indicator: Any) -> Decimal | None:
            if indicator.is_leaf:
                value = entity.scores.get(indicator.code)
                if indicator.code in entity.data and indicator.rule is not None:
                    try:
                        value = evaluate_rule(indicator.rule, entity.data[indicator.code], indicator.weight, precision=rubric.precision).value
                    except InputError:
                        value = None
            else:
                parts = [visit(child) for child in indicator.children]
                value = entity.scores.get(indicator.code)
                if value is None and all(part is not None for part in parts):
                    value = sum(parts, Decimal(0))  # type: ignore[arg-type]
            scores[indicator.code] = value
            return value

        tops = [visit(indicator) for indicator in rubric.indicators]
        total = sum(tops, Decimal(0)) if all(top is not None for top in tops) else None  # type: ignore[arg-type]
        applied = []
        for code in dict.fromkeys(entity.vetoes + [c for c in entity.data if c in vetoes]):
            veto = vetoes[code]
            breached = veto_applies(veto, entity.data.get(code, {}))
            if code in entity.vetoes or breached:
                applied.append(veto)
        result = EntityResult(entity, scores, total, applied)
        shown = result.shown_total
        result.grade = grade_for(shown, bands) if shown is not None else None
        forced = [veto.grade for veto in applied if veto.grade and not entity.rectified]
        if forced:
            result.grade = forced[0]
        results.append(result)
    ordered = sorted(results, key=lambda r: r.shown_total if r.shown_total is not None else Decimal("-1e9"), reverse=True)
    for rank, result in enumerate(ordered, start=1):
        result.rank = rank
    return ordered


@dataclass
class Spread:
    code: str
    name: str
    weight: Decimal | None
    highest: Decimal | None
    lowest: Decimal | None
    known: int  # how many entities have a known score
    computed: bool  # False: taken from the report's spread table

    @property
    def gap(self) -> Decimal | None:
        if self.highest is None or self.lowest is None:
            return None
        return self.highest - self.lowest


def spreads(rubric: Any, results: list[EntityResult], level: int) -> list[Spread]:
    """标准分/最高分/最低分/分差 of every indicator of ``level`` (1 or 2), sorted by 分差."""
    published = rubric.entities.published_spread
    rows = []
    seen = set()
    for indicator in rubric.walk():
        if indicator.level != level:
            continue
        seen.add(indicator.code)
        values = [r.scores.get(indicator.code) for r in results]
        known = [v for v in values if v is not None]
        if known and len(known) == len(values):
            rows.append(Spread(indicator.code, indicator.name, indicator.weight, max(known), min(known), len(known), True))
        elif indicator.code in published:
            highest, lowest, _ = published[indicator.code]
            rows.append(Spread(indicator.code, indicator.name, indicator.weight, highest, lowest, len(known), False))
    for code, (highest, lowest, name) in published.items():
        if code not in seen and code.count(".") + 1 == level:
            rows.append(Spread(code, name or code, None, highest, lowest, 0, False))
    return sorted(rows, key=lambda row: row.gap if row.gap is not None else Decimal(-1), reverse=True)


# ---------------------------------------------------------------- persisted in a workbook


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def entities_to_json(entities: EntitySet, vetoes: list[Veto]) -> dict[str, Any]:
    """What a workbook keeps of the entities (in its hidden ``_pingfen`` sheet), so regenerating it
    from its own 指标体系 keeps them; their scores live on the 逐单位得分 sheet."""
    return {
        "kind": entities.kind,
        "fields": entities.fields,
        "grades": [[band.name, str(band.minimum), band.inclusive] for band in entities.grades] if entities.grades else None,
        "published_spread": {code: [_text(high), _text(low), name] for code, (high, low, name) in entities.published_spread.items()},
        "members": [
            {
                "name": e.name, "fields": e.fields, "total": _text(e.published_total), "grade": e.published_grade,
                "rank": e.published_rank, "vetoes": e.vetoes, "rectified": e.rectified,
            }
            for e in entities.members
        ],
        "vetoes": [
            {"code": v.code, "name": v.name, "limit": f"{v.limit.op}{v.limit.shown}" if v.limit else None, "grade": v.grade}
            for v in vetoes
        ],
    }


def entities_from_json(data: dict[str, Any]) -> tuple[EntitySet, list[Veto]]:
    number = lambda text: None if text is None else Decimal(text)  # noqa: E731
    grades = tuple(GradeBand(name, Decimal(minimum), inclusive) for name, minimum, inclusive in data["grades"]) if data.get("grades") else None
    spread = {code: (number(high), number(low), name) for code, (high, low, name) in data.get("published_spread", {}).items()}
    members = [
        Entity(
            m["name"], Where("_pingfen", 1), dict(m.get("fields") or {}), number(m.get("total")), m.get("grade"), m.get("rank"),
            list(m.get("vetoes") or []), bool(m.get("rectified")),
        )
        for m in data.get("members", [])
    ]
    vetoes = [
        Veto(v["code"], v["name"], parse_quantity(v["limit"], where="") if v.get("limit") else None, v.get("grade"))
        for v in data.get("vetoes", [])
    ]
    return EntitySet(data.get("kind") or "单位", list(data.get("fields") or []), members, grades, spread), vetoes
