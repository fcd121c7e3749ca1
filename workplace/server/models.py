"""The gateway's wire format: request and response bodies (the OpenAPI contract).

Every request model forbids unknown fields, so a typo in a client is a clear 422,
not a silently ignored value.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
COLLECTION_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$"
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every 4xx answer has this body."""

    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    api: str


class CalendarOut(BaseModel):
    """The working-day calendar in force: one object per year, in the format of
    ``resources/calendar/<year>.json`` (see workplace.api.calendar)."""

    years: list[dict[str, Any]]


class LoginIn(Strict):
    username: Annotated[str, StringConstraints(min_length=1, max_length=150)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class LocalLoginIn(Strict):
    code: Annotated[str, StringConstraints(min_length=16, max_length=128)]


class RefreshIn(Strict):
    refresh_token: Annotated[str, StringConstraints(min_length=16, max_length=256)]


class UserOut(BaseModel):
    id: str
    username: str
    display_name: str
    department: str
    roles: list[str]


class TokensOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_token: str
    user: UserOut


class DepartmentOut(BaseModel):
    id: str
    name_kk: str
    name_ru: str


class StaffMemberOut(BaseModel):
    """A colleague as the staff directory shows them: whom a head can assign work to."""

    id: str
    display_name: str
    department: str
    roles: list[str]


class StaffOut(BaseModel):
    """``GET /staff``: the organisation's active users, by name."""

    people: list[StaffMemberOut]


class RecordOut(BaseModel):
    collection: str
    id: str
    version: int
    department: str
    audience: list[str]
    deleted: bool
    updated_at: str
    data: dict[str, Any]


class ChangesOut(BaseModel):
    """One page of a collection's changes feed."""

    collection: str
    records: list[RecordOut]
    #: Pass as ``after`` for the next page; commit it with the page.
    cursor: int
    has_more: bool
    #: How many changes are left after this page (for progress bars).
    remaining: int


class MutationIn(Strict):
    mutation_id: Annotated[str, StringConstraints(pattern=ID_PATTERN)]
    name: Annotated[str, StringConstraints(pattern=COLLECTION_PATTERN, max_length=200)]
    args: dict[str, Any] = Field(default_factory=dict)
    #: ``"collection/id" -> version`` the client based the change on (0: new record).
    base_versions: dict[
        Annotated[str, StringConstraints(max_length=300)], Annotated[int, Field(ge=0, le=2**63 - 1)]
    ] = Field(default_factory=dict)
    #: A conflict resolved field by field: ``"collection/id" -> fields`` whose values
    #: stay as they are on the gateway after the change is applied.
    keep_theirs: dict[
        Annotated[str, StringConstraints(max_length=300)],
        Annotated[list[Annotated[str, StringConstraints(max_length=200)]],
                  Field(max_length=200)],
    ] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _storable(self) -> MutationIn:
        # What cannot be stored exactly (NaN, lone surrogates) is refused, not mangled.
        try:
            json.dumps(self.args, allow_nan=False, ensure_ascii=False).encode("utf-8")
        except (ValueError, UnicodeEncodeError) as exc:
            raise ValueError(f"args cannot be stored: {exc}") from exc
        return self


class MutationBatchIn(Strict):
    mutations: Annotated[list[MutationIn], Field(min_length=1, max_length=500)]


class MutationResultOut(BaseModel):
    mutation_id: str
    status: Literal["applied", "duplicate", "conflict", "rejected"]
    #: For ``duplicate``: the status the first answer had.
    first_status: str | None = None
    records: list[RecordOut] = Field(default_factory=list)
    code: str | None = None
    reason: str | None = None


class MutationBatchOut(BaseModel):
    results: list[MutationResultOut]


class UploadIn(Strict):
    sha256: Sha256
    size: Annotated[int, Field(ge=0)]


class UploadOut(BaseModel):
    upload_id: str | None
    sha256: str
    size: int
    #: Bytes the gateway has committed; the client continues from here.
    received: int
    complete: bool


class AuditAccessOut(BaseModel):
    """One look at a citizen's personal data, as the audit trail recorded it."""

    at: str
    username: str
    department: str
    plugin: str
    what: str
    why: str
    collection: str
    record_id: str
    chain: str
    seq: int
