"""Reading rubric YAML while remembering where every value came from (file and line), so that every
error can say "rubrics/x.yaml 第12行"."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import compiled


def _import_with_kept_patterns(name: str) -> None:
    """Imports ``name`` with each pattern its modules compile at import given by ``lazy_regex.compiled``
    (the same pattern object, from the code ``re``'s compiler made in an earlier run). PyYAML compiles
    some twenty patterns when it is imported — its pure-Python reader's class of the printable
    characters alone is a dozen Unicode ranges — and that was nine tenths of the instructions of its
    import, each time a rubric was read."""
    if name in sys.modules:
        return
    original = re.compile

    def from_kept_code(pattern: str, flags: int = 0) -> re.Pattern[str]:
        re.compile = original  # what ``compiled`` calls when it has no kept code
        try:
            return compiled(pattern, flags)
        finally:
            re.compile = from_kept_code  # type: ignore[assignment]

    re.compile = from_kept_code  # type: ignore[assignment]
    try:
        __import__(name)
    finally:
        re.compile = original


_import_with_kept_patterns("yaml")
import yaml  # noqa: E402 - imported just above


@dataclass(frozen=True)
class Where:
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path} 第{self.line}行"


class RubricError(ValueError):
    """A rubric that cannot be used; the message names file, line and field in Chinese."""

    def __init__(self, where: Where | str, field: str, message: str) -> None:
        self.where = where
        self.field = field
        self.detail = message
        prefix = f"{where}" + (f"，{field}" if field else "")
        super().__init__(f"{prefix}：{message}")


class Located(dict):
    """A mapping that knows the line of each of its keys."""

    path: str = ""
    line: int = 0
    key_lines: dict[str, int]

    def where(self, key: str | None = None) -> Where:
        return Where(self.path, self.key_lines.get(key, self.line) if key else self.line)


def _located_loader(base: type) -> type:
    """A YAML loader on ``base`` whose mappings are ``Located``. libyaml's parser (``CSafeLoader``)
    reads a rubric about 4× faster than the pure-Python one and gives the same line marks; the pure
    one serves where libyaml is absent (Pyodide, for xlwings Lite)."""

    plain_tags: dict[str, str] = {}

    class Loader(base):  # type: ignore[misc, valid-type]
        path = ""

        def resolve(self, kind: type, value: Any, implicit: Any) -> str:
            # Without path resolvers (none are added) a quoted scalar is text and a plain one's tag
            # depends on its text alone; a rubric repeats its short plain scalars (5, true, 1.1.2 …)
            # thousands of times, so each is matched against the implicit resolvers once.
            if kind is not yaml.ScalarNode:
                return super().resolve(kind, value, implicit)
            if not implicit[0]:
                return self.DEFAULT_SCALAR_TAG
            tag = plain_tags.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 40:
                    plain_tags[value] = tag
            return tag

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, lambda loader, node: _Builder(loader).build(node))
    # Dates stay text: the rule engine reads "2023-07-01" itself, and YAML's own date type would make
    # "2024-05" and "2024-05-31" behave differently.
    Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


_MAP, _SEQ = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_SCALARS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null"))
_FLATTENED = frozenset(("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"))  # keys that flatten_mapping rewrites
_SCALAR = yaml.ScalarNode


class _Builder:
    """Builds the document from the composed nodes directly: mappings as ``Located`` with their key
    lines, lists, and scalars through the loader's own constructors — what ``construct_object`` does
    for these tags, without its per-node bookkeeping (a 3,000-leaf rubric has some 80,000 nodes).
    Other tags go through ``construct_object``; an anchor used twice gives the same object."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.built: dict[yaml.Node, Any] = {}
        self.building: set[yaml.Node] = set()

    def build(self, node: yaml.Node) -> Any:
        tag = node.tag
        if node.__class__ is yaml.ScalarNode:
            if tag == _STR:
                return node.value  # construct_yaml_str
            if tag in _SCALARS:
                value = node.value
                if tag == _INT and value.isdigit() and (value[0] != "0" or value == "0"):
                    return int(value)  # a decimal without sign or _ (0… is octal): the commonest, without the constructor's passes
                return self.loader.yaml_constructors[tag](self.loader, node)
        if node in self.built:
            return self.built[node]
        if node in self.building:
            raise yaml.constructor.ConstructorError(None, None, "found unconstructable recursive node", node.start_mark)
        self.building.add(node)
        if tag == _MAP and isinstance(node, yaml.MappingNode):
            value: Any = self.mapping(node)
        elif tag == _SEQ and isinstance(node, yaml.SequenceNode):
            value = [item.value if item.__class__ is _SCALAR and item.tag == _STR else self.build(item) for item in node.value]
        else:
            value = self.loader.construct_object(node, deep=True)
        self.building.discard(node)
        self.built[node] = value
        return value

    def mapping(self, node: yaml.MappingNode) -> Located:
        loader = self.loader
        mapping = Located()
        mapping.path = loader.path
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = lines = {}
        for key_node, value_node in node.value:
            # a text is itself (construct_yaml_str), built here without a call: most keys and values
            key = key_node.value if key_node.__class__ is _SCALAR and key_node.tag == _STR else None
            if key is None:
                if key_node.tag in _FLATTENED:  # a merge key (<<) or a value key (=): as flatten_mapping reads them
                    return self._flattened(node)
                key = self.build(key_node)
                if not isinstance(key, (str, int, float)):
                    raise RubricError(Where(loader.path, key_node.start_mark.line + 1), "", f"键“{key}”应为文字")
                key = str(key)
            if key in mapping:
                raise RubricError(Where(loader.path, key_node.start_mark.line + 1), key, "重复的键")
            mapping[key] = value_node.value if value_node.__class__ is _SCALAR and value_node.tag == _STR else self.build(value_node)
            lines[key] = key_node.start_mark.line + 1
        return mapping

    def _flattened(self, node: yaml.MappingNode) -> Located:
        """The mapping with its merge and value keys resolved by the loader's flatten_mapping first."""
        self.loader.flatten_mapping(node)  # leaves neither kind of key
        return self.mapping(node)


class _Unusual(Exception):
    """Something ``_from_events`` leaves to the node path (``_Builder``), which reads the text again."""


_EVENTS = yaml.events


def _from_events(loader: Any) -> Any:
    """The document built straight from the parser's events: what composing the nodes and ``_Builder``
    give for a rubric of plain mappings, lists and scalars (each scalar's tag resolved and constructed
    alike, each mapping's line and each key's line from the marks of its events), without a node —
    and its two marks, its resolver calls — per value (a 1,000-leaf rubric's YAML: 537 → 470 million
    instructions).
    Anything else (an anchor or alias, an explicit tag, a merge or value key, a key that is not a
    scalar, a repeated key, more than one document, a YAML error) raises ``_Unusual``: the node path
    then answers, its errors and their lines as they always were."""
    get, resolve, constructors, path = loader.get_event, loader.resolve, loader.yaml_constructors, loader.path
    scalar_event, mapping_start, sequence_start = _EVENTS.ScalarEvent, _EVENTS.MappingStartEvent, _EVENTS.SequenceStartEvent
    ends = (_EVENTS.MappingEndEvent, _EVENTS.SequenceEndEvent)
    get()  # the stream's start
    event = get()
    if event.__class__ is _EVENTS.StreamEndEvent:
        return None
    if event.__class__ is not _EVENTS.DocumentStartEvent:
        raise _Unusual
    stack: list[tuple[Any, dict[str, int] | None, Any, int]] = []  # the containers being filled, outer first
    container: Any = None  # a Located or a list being filled (None: the document itself)
    lines: dict[str, int] | None = None  # the container's key lines (None: a list)
    key: Any = _Unusual  # a mapping's key waiting for its value (_Unusual: none)
    line = 0  # that key's line
    while True:
        event = get()
        kind = event.__class__
        if kind is scalar_event:
            tag, value = event.tag, event.value
            if event.anchor is not None:
                raise _Unusual
            if tag is None or tag == "!":
                tag = resolve(_SCALAR, value, event.implicit)
            if tag != _STR:
                if tag not in _SCALARS:
                    raise _Unusual
                if tag == _INT and value.isdigit() and (value[0] != "0" or value == "0"):
                    value = int(value)  # as _Builder.build
                else:
                    value = constructors[tag](loader, _SCALAR(tag, value, event.start_mark, event.end_mark, event.style))
                if lines is not None and key is _Unusual:  # a key: as _Builder.mapping reads a key that is not text
                    if not isinstance(value, (str, int, float)):
                        raise _Unusual
                    value = str(value)
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag not in (None, "!") or (lines is not None and key is _Unusual):
                raise _Unusual
            stack.append((container, lines, key, line))
            if kind is mapping_start:
                container = Located()
                container.path, container.line = path, event.start_mark.line + 1
                container.key_lines = lines = {}
            else:
                container, lines = [], None
            key = _Unusual
            continue
        elif kind in ends:
            value = container
            container, lines, key, line = stack.pop()
        else:  # an alias, or the end of the document
            raise _Unusual
        if lines is not None:  # in a mapping
            if key is _Unusual:
                if value in container:
                    raise _Unusual  # a repeated key: the node path says so, on its line
                key, line = value, event.start_mark.line + 1
            else:
                container[key] = value
                lines[key] = line
                key = _Unusual
        elif container is not None:
            container.append(value)
        else:  # the document's own value: then its end, and the stream's
            if get().__class__ is not _EVENTS.DocumentEndEvent or get().__class__ is not _EVENTS.StreamEndEvent:
                raise _Unusual
            return value


PURE_LOADER = _located_loader(yaml.SafeLoader)
LOADER = _located_loader(yaml.CSafeLoader) if getattr(yaml, "__with_libyaml__", False) else PURE_LOADER


def load_yaml(path: str | Path, text: str | None = None, loader_class: type | None = None) -> Located:
    """The document of a rubric file (or of ``text``), every mapping a ``Located``; ``loader_class``:
    ``PURE_LOADER`` to read without libyaml."""
    shown = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RubricError(shown, "", "文件不存在") from None
        except UnicodeDecodeError:
            raise RubricError(shown, "", "文件不是 UTF-8 编码的文本") from None
    if loader_class is None:
        loader = LOADER(text)
        loader.path = shown
        try:
            document = _from_events(loader)
        except Exception:  # _Unusual, a YAML error, a constructor's: the node path raises what it raises
            document = _Unusual
        finally:
            loader.dispose()
        if document is not _Unusual:
            return _checked(document, shown)
    loader = (loader_class or LOADER)(text)
    loader.path = shown
    try:
        node = loader.get_single_node()
        document = None if node is None else _Builder(loader).build(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        began = ""
        if error.context_mark and error.problem_mark and error.context_mark.line != error.problem_mark.line:
            began = f"（自第{error.context_mark.line + 1}行起的结构未正确结束）"
        raise RubricError(Where(shown, line), "", f"YAML 格式错误{began}：{error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise RubricError(shown, "", f"YAML 格式错误：{error}") from None
    finally:
        loader.dispose()
    return _checked(document, shown)


def _checked(document: Any, shown: str) -> Located:
    if not isinstance(document, Located):
        raise RubricError(Where(shown, 1), "", "评分体系文件应为键值结构（source、project、indicators……）")
    return document
