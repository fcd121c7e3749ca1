"""The assistant plugin: the chat page, its commands, settings, and the API other
modules use to start an action (``ctx.plugin_api("wp_assistant")``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from workplace.api import Plugin, PluginContext, ServiceUnavailableError
from wp_assistant.backends import (
    Backend,
    ChatCompletionsBackend,
    ErrorKind,
    GatewayBackend,
    TaskKind,
    UnavailableBackend,
    check_url,
)
from wp_assistant.engine import LocalEngine
from wp_assistant.redaction import parse_categories
from wp_assistant.service import Assistant

if TYPE_CHECKING:
    from wp_assistant.ui.chat import ChatPage

PAGE = "wp_assistant.chat"
API_KEY = "api_key"
# How the module that owns a record applies a proposal the user accepted: an async
# function of the proposed service code (False, if it returns that, means refused).
Apply = Callable[[str], Awaitable[Any]]


class AssistantApi:
    """What other modules may call: each opens the assistant with an action started.
    Nothing is applied anywhere; the user reads, edits and decides."""

    def __init__(self, plugin: AssistantPlugin) -> None:
        self._plugin = plugin

    def summarise(self, collection: str, record_id: str) -> None:
        """Summarise a record (a document)."""
        self._plugin.start(TaskKind.SUMMARISE, collection, record_id)

    def draft_reply(self, collection: str, record_id: str, template: str = "") -> None:
        """Draft a reply to a citizen's request, from ``template`` if given."""
        self._plugin.start(TaskKind.DRAFT_REPLY, collection, record_id, template=template)

    def suggest_service(self, collection: str, record_id: str,
                        apply: Apply | None = None) -> None:
        """Propose a service type and department for a request.

        The assistant changes no record itself. With ``apply`` (given by the module
        that owns the record), the page offers Accept, which calls ``apply(code)`` and
        that module makes the change with its own checks; without it the proposal is
        only shown (the user may copy it)."""
        self._plugin.start(TaskKind.CLASSIFY, collection, record_id, apply=apply)

    def translate(self, text: str, target: str) -> None:
        """Translate ``text`` into ``target`` (``kk`` or ``ru``)."""
        self._plugin.start(TaskKind.TRANSLATE, "", "", text=text, target=target)

    def ask(self, question: str) -> None:
        """Ask about the user's documents; the answer cites records."""
        self._plugin.start(TaskKind.ASK, "", "", text=question)


class AssistantPlugin(Plugin):
    def activate(self, ctx: PluginContext) -> None:
        self.ctx = ctx
        self.page: ChatPage | None = None
        self.assistant = Assistant(ctx.ai_policy, ctx.store, ctx.audit.record)
        self.configure()
        ctx.add_page(PAGE, self._make_page)
        ctx.add_command("wp_assistant.open", self.show)
        ctx.add_command("wp_assistant.new_chat", self._new_chat)
        ctx.add_settings_page("wp_assistant.settings", self._make_settings)

    def configure(self) -> None:
        """Pick the backend from the policy and the user's settings."""
        self.assistant.send_as_is = parse_categories(self.ctx.settings.get("send_as_is", []))
        self.assistant.use(self.make_backend())
        if self.page is not None:
            self.page.show_backend()

    def make_backend(self) -> Backend:
        policy = self.ctx.ai_policy
        if not policy.enabled:
            return LocalEngine()
        choice = self.ctx.settings.get("backend", "local")
        url = self.ctx.settings.get("url", "")
        model = self.ctx.settings.get("model", "")
        if policy.endpoint:
            choice = "gateway" if policy.endpoint == "gateway" else "endpoint"
            url, model = policy.endpoint, policy.model
        if choice == "gateway":
            return self._gateway_backend(model)
        if choice == "endpoint" and url:
            if check_url(url) is not None:
                return UnavailableBackend(url, ErrorKind.NOT_CONFIGURED, str(check_url(url)))
            return ChatCompletionsBackend(url, model, self._api_key, verify=self._verify())
        return LocalEngine()

    def _verify(self) -> Any:
        try:
            return self.ctx.http.ssl_context()
        except (ServiceUnavailableError, AttributeError):
            return True

    def _gateway_backend(self, model: str) -> Backend:
        try:
            http = self.ctx.http
        except ServiceUnavailableError:
            return UnavailableBackend("gateway", ErrorKind.NOT_CONFIGURED)

        def base_url() -> str | None:
            session = getattr(http, "session", None)
            return None if session is None else str(session.base_url)

        async def token() -> str | None:
            session = getattr(http, "session", None)
            return str(getattr(session, "access_token", "")) or None

        return GatewayBackend(base_url, model, token, verify=self._verify())

    async def _api_key(self) -> str | None:
        try:
            creds = self.ctx.credentials
        except ServiceUnavailableError:
            return None
        key: str | None = await self.ctx.run_blocking(creds.get, API_KEY)
        return key

    def _make_page(self) -> ChatPage:
        from wp_assistant.ui.chat import ChatPage

        self.page = ChatPage(self.ctx, self)
        return self.page

    def _make_settings(self) -> Any:
        from wp_assistant.ui.settings import AssistantSettings

        return AssistantSettings(self.ctx, self)

    def show(self) -> None:
        self.ctx.run_command(f"shell.page.{PAGE}")
        if self.page is not None:
            self.page.focus_input()

    def _new_chat(self) -> None:
        self.show()
        if self.page is not None:
            self.page.new_chat()

    def start(self, kind: TaskKind, collection: str, record_id: str,
              apply: Apply | None = None, **options: str) -> None:
        """Open the assistant and start ``kind`` on a record or a text (``apply``: how
        the record's own module applies an accepted proposal)."""
        self.show()
        if self.page is not None:
            self.ctx.spawn(self.page.start_action(kind, collection, record_id, apply=apply,
                                                  **options))

    def public_api(self) -> AssistantApi:
        return AssistantApi(self)
