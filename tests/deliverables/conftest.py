"""The deliverable tests (report annexes, 自评表, printing, templates) share the documents they print:
built through the ``pingfen`` CLI and printed to PDF by LibreOffice in one soffice call (≈1–2 s per
start) for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pingfen.engines import libreoffice
from sources import SEED_000, SEED_004, ZIPING_BAIYUN, ZIPING_FRAME, run


@pytest.fixture(scope="session")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every document by name: the .docx/.xlsx built, and its PDF under name + "_pdf"."""
    folder = tmp_path_factory.mktemp("deliverables")
    built = {
        "report_000": folder / "report_000.docx",
        "report_004": folder / "report_004.docx",
        "book_000": folder / "book_000.xlsx",
        "book_004": folder / "book_004.xlsx",
        "report_000_from_book": folder / "report_000_from_book.docx",
        "ziping_frame_xlsx": folder / "ziping_frame_xlsx.xlsx",
        "ziping_frame_docx": folder / "ziping_frame_docx.docx",
        "ziping_baiyun_xlsx": folder / "ziping_baiyun_xlsx.xlsx",
        "ziping_baiyun_docx": folder / "ziping_baiyun_docx.docx",
    }
    run("report", SEED_000, "-o", built["report_000"])
    run("report", SEED_004, "-o", built["report_004"], "--with-checks")
    run("build", SEED_000, "-o", built["book_000"])
    run("build", SEED_004, "-o", built["book_004"])
    run("report", built["book_000"], "-o", built["report_000_from_book"])
    for name, rubric in (("frame", ZIPING_FRAME), ("baiyun", ZIPING_BAIYUN)):
        for kind in ("xlsx", "docx"):
            run("report", rubric, "--ziping", "-o", built[f"ziping_{name}_{kind}"])
    pdfs = libreoffice.to_pdf(list(built.values()), folder / "pdf")
    return {**built, **{f"{name}_pdf": pdf for name, pdf in zip(built, pdfs)}}
