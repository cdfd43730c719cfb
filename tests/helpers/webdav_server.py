"""A real WebDAV server (wsgidav under cheroot) on 127.0.0.1 for the tests, with a login; TLS when given a
trustme certificate; `.gate` makes the first requests fail and counts what reached the server."""

from __future__ import annotations

from pathlib import Path

import trustme
from wsgidav.wsgidav_app import WsgiDAVApp

from tests.helpers.dav_servers import DANISH_PASSWORD, WsgiServer


class WebDavServer(WsgiServer):
    def __init__(self, folder: Path, user: str = "lokalraad", password: str = DANISH_PASSWORD,
                 ca: trustme.CA | None = None, key_folder: Path | None = None, port: int = 0) -> None:
        self.folder, self.user, self.password = folder, user, password
        app = WsgiDAVApp({
            "provider_mapping": {"/": str(folder)},
            "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
            "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
            "verbose": 0, "logging": {"enable": False},
        })
        super().__init__(app, ca, key_folder, port)
