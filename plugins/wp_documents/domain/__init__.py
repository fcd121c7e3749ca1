"""The Qt-free domain of wp_documents: records and mutators the client and the
gateway both run (see model.py for the record's shape, route.py for approvals)."""

from __future__ import annotations

from workplace.api import Domain
from wp_documents.domain.drafting import register_drafting
from wp_documents.domain.execution import register_execution

DOMAIN = Domain()
register_drafting(DOMAIN)
register_execution(DOMAIN)

__all__ = ["DOMAIN"]
