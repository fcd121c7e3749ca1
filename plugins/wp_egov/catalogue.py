"""The service catalogue and the reply templates (Qt-free; client and gateway).

The catalogue ships with the terms of the Administrative Procedural Code as quoted by
official portals (15 working days for appeals, 5 for complaints about a public
service); an organisation changes a term or adds a service with the mutator
``wp_egov.set_service`` (records of ``wp_egov.services``), which wins over these.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SERVICES = "wp_egov.services"
REQUESTS = "wp_egov.requests"


@dataclass(frozen=True)
class Service:
    code: str
    name_kk: str
    name_ru: str
    name_en: str
    term_days: int

    def name(self, language: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(language, self.name_en)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Service:
        return cls(str(data["code"]), str(data.get("name_kk", "")),
                   str(data.get("name_ru", "")), str(data.get("name_en", "")),
                   int(data["term_days"]))


DEFAULT_SERVICES: tuple[Service, ...] = (
    Service("APPEAL", "Өтініш", "Обращение", "Appeal", 15),
    Service("COMPLAINT", "Мемлекеттік қызмет көрсету сапасына шағым",
            "Жалоба на качество оказания государственной услуги",
            "Complaint about a public service", 5),
    Service("INFO", "Ақпарат беру туралы сұрау салу", "Запрос о предоставлении информации",
            "Request for information", 15),
    Service("PROPOSAL", "Ұсыныс", "Предложение", "Proposal", 15),
    Service("REPORT", "Хабарлама", "Сообщение", "Report", 15),
)
_DEFAULTS = {s.code: s for s in DEFAULT_SERVICES}

CHANNELS = ("egov", "eotinish", "tson", "post")
CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,31}$")


def service_record_id(code: str) -> str:
    """The id of a catalogue entry's record (one per code, the same everywhere)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"workplace:wp_egov:service:{code}"))


def default_service(code: str) -> Service | None:
    return _DEFAULTS.get(code)


@dataclass(frozen=True)
class Template:
    """A reply template; ``text`` holds ``{placeholders}`` (see :data:`PLACEHOLDERS`)."""

    code: str
    decision: str  # the status the reply leads to: answered, approved, rejected
    title_kk: str
    title_ru: str
    title_en: str
    text_kk: str
    text_ru: str

    def title(self, language: str) -> str:
        return {"kk": self.title_kk, "ru": self.title_ru}.get(language, self.title_en)

    def text(self, language: str) -> str:
        return self.text_kk if language == "kk" else self.text_ru


#: What a template may name: {applicant}, {number}, {reg_date}, {subject},
#: {deadline}, {executor}, {body} (the competent body), {until} (an extension's date).
PLACEHOLDERS = ("applicant", "number", "reg_date", "subject", "deadline", "executor",
                "body", "until")

TEMPLATES: tuple[Template, ...] = (
    Template(
        "answer", "answered", "Жауап (түсіндіру)", "Ответ (разъяснение)", "Answer (explanation)",
        "Құрметті {applicant}!\n\n{reg_date} ж. тіркелген № {number} «{subject}» өтінішіңіз "
        "қаралды. Сізге мынаны хабарлаймыз: \n\nҚұрметпен, {executor}",
        "Уважаемый(ая) {applicant}!\n\nВаше обращение № {number} от {reg_date} «{subject}» "
        "рассмотрено. Сообщаем следующее: \n\nС уважением, {executor}"),
    Template(
        "approve", "approved", "Қанағаттандырылды", "Удовлетворено", "Granted",
        "Құрметті {applicant}!\n\n{reg_date} ж. тіркелген № {number} өтінішіңіз "
        "қанағаттандырылды. \n\nҚұрметпен, {executor}",
        "Уважаемый(ая) {applicant}!\n\nВаше обращение № {number} от {reg_date} "
        "удовлетворено. \n\nС уважением, {executor}"),
    Template(
        "reject", "rejected", "Бас тартылды (негіздемесімен)", "Отказ (с обоснованием)",
        "Refused (with reasons)",
        "Құрметті {applicant}!\n\n{reg_date} ж. тіркелген № {number} өтінішіңіз қаралды. "
        "Мына себептер бойынша қанағаттандыру мүмкін емес: \n\nШешімге Қазақстан "
        "Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен "
        "шағым жасауға болады.\n\nҚұрметпен, {executor}",
        "Уважаемый(ая) {applicant}!\n\nВаше обращение № {number} от {reg_date} рассмотрено. "
        "Удовлетворить его не представляется возможным по следующим причинам: \n\n"
        "Решение может быть обжаловано в порядке, установленном Административным "
        "процедурно-процессуальным кодексом Республики Казахстан.\n\nС уважением, {executor}"),
)
NOTICE_TEMPLATES: tuple[Template, ...] = (
    Template(
        "forward_notice", "forwarded", "Жолдау туралы хабарлама", "Уведомление о перенаправлении",
        "Notice of forwarding",
        "Құрметті {applicant}!\n\n№ {number} өтінішіңіз қарау үшін құзыретті органға — "
        "{body} жолданды.",
        "Уважаемый(ая) {applicant}!\n\nВаше обращение № {number} направлено для "
        "рассмотрения по компетенции в {body}."),
    Template(
        "extension_notice", "", "Мерзімді ұзарту туралы хабарлама",
        "Уведомление о продлении срока", "Notice of extension",
        "Құрметті {applicant}!\n\n№ {number} өтінішіңізді қарау мерзімі {until} дейін "
        "ұзартылды.",
        "Уважаемый(ая) {applicant}!\n\nСрок рассмотрения вашего обращения № {number} "
        "продлён до {until}."),
)
_ALL_TEMPLATES = {t.code: t for t in TEMPLATES + NOTICE_TEMPLATES}


def template(code: str) -> Template | None:
    return _ALL_TEMPLATES.get(code)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: Mapping[str, Any]) -> str:
    """``text`` with its placeholders filled; unknown ones are left as they are."""
    return text.format_map(_Blank({k: "" if v is None else str(v) for k, v in values.items()}))
