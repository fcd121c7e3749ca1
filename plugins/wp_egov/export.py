"""Writing the statistics' tables to CSV and XLSX (Qt-free).

The page builds the tables (translated titles and headers, plain values); this
module only writes them. CSV: every table one after another — its title, its header,
its rows and an empty line — separated by ``;`` and written as UTF-8 with a byte
order mark, which is how Excel in Kazakh and Russian locales opens Cyrillic text
without asking; dates as dd.mm.yyyy, as official papers write them in every language.
XLSX (openpyxl): a sheet per table, numbers as numbers, dates as
dates, the header bold and frozen.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

Cell = str | int | float | date | None


@dataclass(frozen=True)
class Table:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")  # the decimal comma of kk/ru Excel
    return str(value)


def write_csv(path: Path, tables: Sequence[Table]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        for n, table in enumerate(tables):
            if n:
                writer.writerow([])
            writer.writerow([table.title])
            writer.writerow(list(table.header))
            writer.writerows([_text(v) for v in row] for row in table.rows)


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(title: str, taken: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", title).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" {n}"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    from openpyxl import Workbook  # only when exporting: it is not small
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    taken: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, taken))
        sheet.append(list(table.header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
            for cell, value in zip(sheet[sheet.max_row], row, strict=False):
                if isinstance(value, date):
                    cell.number_format = "DD.MM.YYYY"
                elif isinstance(value, float):
                    cell.number_format = "0.0"
        sheet.freeze_panes = "A2"
        for col, name in enumerate(table.header, start=1):
            widest = max([len(str(name))] + [len(_text(r[col - 1])) for r in table.rows])
            sheet.column_dimensions[get_column_letter(col)].width = min(60, widest + 2)
    book.save(path)
