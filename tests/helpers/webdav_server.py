"""A real WebDAV server (wsgidav under cheroot) on 127.0.0.1 for the tests, with a login."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp


class WebDavServer:
    def __init__(self, folder: Path, user: str = "lokalraad", password: str = "Blåbær-på-Ærø") -> None:
        self.folder, self.user, self.password = folder, user, password
        app = WsgiDAVApp({
            "provider_mapping": {"/": str(folder)},
            "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
            "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
            "verbose": 0, "logging": {"enable": False},
        })
        self._server = wsgi.Server(("127.0.0.1", 0), app)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.bind_addr[1]}/"

    def __enter__(self) -> WebDavServer:
        self._server.prepare()
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._server.stop()
        if self._thread is not None:
            self._thread.join(5)
