"""Workbooks: building them (``plan``, ``layout``, ``xlsx``), reading and recalculating them (``recalc``)."""

from ..lazy_dataclass import defer_dataclasses

# the rule modules these import take helpers from dataclasses at import; registered here first, it
# leaves inspect (about 5 ms) to run only if something uses it, and dataclasses itself to run only
# when a module takes something from it (pingfen.lazy_dataclass): recalc does not
defer_dataclasses()
