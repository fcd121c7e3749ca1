"""Translated names of the requests module's codes (statuses, channels, SLA states),
and how its dates and remaining times are written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from wp_egov.sla import SlaState

translate = QCoreApplication.translate

#: Official papers in Kazakhstan write dates as dd.mm.yyyy in every language; the
#: module's tables, card, letters and exports do the same (Qt's short format differs by
#: locale: 08.01.26 in Kazakh, 08.01.2026 in Russian).
DATE_FORMAT = "%d.%m.%Y"


def date_text(value: str | date | None) -> str:
    """An ISO date (or date-time, or a ``date``) as dd.mm.yyyy; "" for none or a bad one."""
    if not value:
        return ""
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    try:
        return date.fromisoformat(str(value)[:10]).strftime(DATE_FORMAT)
    except ValueError:
        return ""


def status_name(code: str) -> str:
    names = {
        "registered": translate("wp_egov", "Registered"),
        "assigned": translate("wp_egov", "Assigned"),
        "in_progress": translate("wp_egov", "In progress"),
        "waiting": translate("wp_egov", "Waiting for the applicant"),
        "answered": translate("wp_egov", "Answered"),
        "approved": translate("wp_egov", "Granted"),
        "rejected": translate("wp_egov", "Refused"),
        "closed": translate("wp_egov", "Closed"),
        "forwarded": translate("wp_egov", "Forwarded"),
        "merged": translate("wp_egov", "Merged"),
    }
    return names.get(code, code)


def channel_name(code: str) -> str:
    names = {
        "egov": translate("wp_egov", "eGov portal"),
        "eotinish": translate("wp_egov", "e-Otinish"),
        "tson": translate("wp_egov", "Service centre"),
        "post": translate("wp_egov", "Post"),
    }
    return names.get(code, code)


def sla_name(state: SlaState) -> str:
    names = {
        SlaState.ON_TIME: translate("wp_egov", "On time"),
        SlaState.AT_RISK: translate("wp_egov", "At risk"),
        SlaState.OVERDUE: translate("wp_egov", "Overdue"),
        SlaState.PAUSED: translate("wp_egov", "Paused"),
        SlaState.DONE_ON_TIME: translate("wp_egov", "Answered on time"),
        SlaState.DONE_LATE: translate("wp_egov", "Answered late"),
        SlaState.NOT_COUNTED: translate("wp_egov", "Not counted"),
    }
    return names[state]


class EgovPlurals(QObject):
    """Messages with plural forms (lupdate finds those only as ``self.tr`` calls)."""

    def overdue(self, n: int) -> str:
        return self.tr("%n working day(s) overdue", "", n)

    def left(self, n: int) -> str:
        return self.tr("%n working day(s) left", "", n)

    def term(self, n: int) -> str:
        return self.tr("%n working day(s)", "", n)

    def overdue_short(self, n: int) -> str:
        return self.tr("%n working day(s) overdue", "short, in a table column", n)

    def left_short(self, n: int) -> str:
        return self.tr("%n working day(s) left", "short, in a table column", n)


_plurals: list[EgovPlurals] = []


def plurals() -> EgovPlurals:
    if not _plurals:
        _plurals.append(EgovPlurals())
    return _plurals[0]


def remaining_text(remaining: int, short: bool = False) -> str:
    """The working days left (or overdue, if negative); ``short``: the wording of the
    queue's column, where the full one is the cell's tooltip."""
    if remaining < 0:
        return (plurals().overdue_short if short else plurals().overdue)(-remaining)
    if remaining == 0:
        return translate("wp_egov", "due today")
    return (plurals().left_short if short else plurals().left)(remaining)


def term_text(days: int) -> str:
    return plurals().term(days)


def identifier_problem(kind: str, code: str) -> str:
    """What is wrong with an IIN (``kind`` person) or BIN (org), by IdentifierError code."""
    if kind == "org":
        texts = {
            "length": translate("wp_egov", "A BIN has 12 digits."),
            "digits": translate("wp_egov", "A BIN has digits only."),
            "checksum": translate("wp_egov", "The BIN's check digit does not match: check "
                                             "the number for a typing error."),
            "date": translate("wp_egov", "Digits 3–4 of a BIN are the month of "
                                         "registration (01–12)."),
            "type": translate("wp_egov", "Digit 5 of a BIN is 4, 5 or 6 (the kind of "
                                         "legal entity)."),
            "attribute": translate("wp_egov", "Digit 6 of a BIN is 0–3 (head office, "
                                              "branch, representative office, farm)."),
        }
    else:
        texts = {
            "length": translate("wp_egov", "An IIN has 12 digits."),
            "digits": translate("wp_egov", "An IIN has digits only."),
            "checksum": translate("wp_egov", "The IIN's check digit does not match: check "
                                             "the number for a typing error."),
            "date": translate("wp_egov", "The first 6 digits of an IIN are the date of "
                                         "birth (YYMMDD); this date does not exist."),
            "century": translate("wp_egov", "Digit 7 of an IIN is 1–6 (century of birth "
                                            "and sex)."),
        }
    return texts.get(code, translate("wp_egov", "The number is not valid."))
