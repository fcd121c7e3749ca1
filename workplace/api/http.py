"""An httpx transport for plugins' own HTTP clients (API 1.7).

httpcore leaves a socket open when a request is cancelled during its TLS handshake (a
stop pressed, a page closed, the app quitting); the transport here closes it, as the
app's own clients do. httpx is imported when the first transport is made, not with
this module: it takes tens of milliseconds to load.
"""

from __future__ import annotations

import os
import ssl
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["async_http_transport"]


def async_http_transport(
        verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
) -> httpx.AsyncBaseTransport:
    """An httpx transport for ``httpx.AsyncClient(transport=...)`` whose sockets are
    closed when a request is cancelled during its TLS handshake.

    ``verify`` is what httpx takes: an ``ssl.SSLContext`` (best: the app's, from
    ``ctx.http.ssl_context()``), the path of a CA bundle file or directory, or True for
    httpx's default trust. Verification cannot be turned off: False raises ValueError.
    Like a plain ``httpx.AsyncClient``, the transport goes through the proxies the
    environment names (``HTTPS_PROXY``, ``NO_PROXY``…, the system's settings on
    Windows) — a client given a transport no longer looks for them itself.
    """
    if verify is False:
        raise ValueError("TLS verification cannot be turned off")
    if isinstance(verify, str | os.PathLike):
        # What httpx does with a path (it warns that it will stop doing so).
        path = os.fspath(verify)
        context = (ssl.create_default_context(capath=path) if os.path.isdir(path)
                   else ssl.create_default_context(cafile=path))
    elif isinstance(verify, ssl.SSLContext):
        context = verify
    elif verify is True:
        import httpx

        context = httpx.create_ssl_context()  # certifi, or SSL_CERT_FILE / SSL_CERT_DIR
    else:
        raise TypeError(f"verify must be an ssl.SSLContext, a path or True, not {verify!r}")
    from workplace.net.http import environment_transport

    return environment_transport(context)
