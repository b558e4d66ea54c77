"""A1 cell addresses: "M12" ↔ row 12, column 13, and column letters ↔ numbers. Plain Python, so
recalculation and xlwings Lite (Pyodide) never need openpyxl for it."""

from __future__ import annotations

_DIGITS = "0123456789"


def column_letter(column: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    """A → 1, AA → 27."""
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def split(address: str) -> tuple[str, int]:
    """"$M$12" → ("M", 12): column letters and row."""
    address = address.replace("$", "")
    letters = address.rstrip(_DIGITS)
    return letters, int(address[len(letters):])


def coordinates(address: str) -> tuple[int, int]:
    """"M12" → (12, 13): row and column, both from 1."""
    letters, row = split(address)
    return row, column_number(letters)


def row_of(address: str) -> int:
    return split(address)[1]


def column_of(address: str) -> str:
    return split(address)[0]
