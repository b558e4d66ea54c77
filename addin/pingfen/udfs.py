"""The worksheet functions under the module name the add-in's config names (``UDF Modules =
pingfen.udfs``); they live in ``pingfen.excel.udfs``."""

from .excel.udfs import *  # noqa: F401,F403
from .excel.udfs import register_formulas_udfs  # noqa: F401
