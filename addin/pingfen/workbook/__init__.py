"""Workbooks: building them (``plan``, ``layout``, ``xlsx``), reading and recalculating them (``recalc``)."""

from ..lazy_dataclass import import_dataclasses

# the rule modules these import take helpers from dataclasses at import; imported here first, it leaves
# inspect (about 5 ms) to run only if something uses it (pingfen.lazy_dataclass)
import_dataclasses()
