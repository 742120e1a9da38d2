"""SMB file shares (Windows / Samba) through smbprotocol's `smbclient`.

Options: `server`, `port` (445), `share`, `path` (folder inside the share), `username`,
`password_env` (the environment variable holding the password; never the password
itself), `domain`, `encrypt`. One session per connector, in a connection cache of
its own, registered on first use and closed in `close()`. Listing recurses with
`smbclient.scandir` (reparse points / symlinks are not followed); a file's version
is its size and last-write time. Locations are paths relative to `path`, with `/`.
An unreachable server or a failed logon is a SourceError; a file that cannot be
opened (access denied, vanished) is an ObjectError; a folder that cannot be listed
is recorded as an error object and the walk goes on.
"""

from __future__ import annotations

import os
import posixpath
import re
from typing import Any, BinaryIO, Iterator

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef

from .base import Connector, FileContent, location_matches

ACCESS_DENIED = 0xC0000022
NOT_FOUND = {0xC0000034, 0xC000003A, 0xC000000F, 0xC0000225}
SHARING_VIOLATION = 0xC0000043
FILE_ATTRIBUTE_REPARSE_POINT = 0x400


def _ntstatus(exc: BaseException) -> int | None:
    return getattr(exc, "ntstatus", None)


def _describe(exc: BaseException) -> str:
    """A message for an SMB failure that names the condition, not the server's text."""
    status = _ntstatus(exc)
    if status == ACCESS_DENIED:
        return "access denied"
    if status in NOT_FOUND:
        return "not found"
    if status == SHARING_VIOLATION:
        return "file is locked by another process"
    name = type(exc).__name__
    return f"SMB error {hex(status)} ({name})" if status else f"SMB error ({name})"


class SmbConnector(Connector):
    kind = "smb"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        o = self.options
        self.server: str = o["server"]
        self.port: int = int(o.get("port", 445))
        self.share: str = o["share"].strip("\\/")
        self.base: str = str(o.get("path", "") or "").replace("\\", "/").strip("/")
        self.username: str | None = o.get("username")
        self.domain: str | None = o.get("domain")
        self.encrypt: bool = bool(o.get("encrypt", False))
        self.timeout: int = int(o.get("connect_timeout", 10))
        self._cache: dict[str, Any] = {}
        self._registered = False

    # -- session --------------------------------------------------------------------------
    def _password(self) -> str | None:
        env = self.options.get("password_env")
        if not env:
            return None
        value = os.environ.get(env)
        if value is None:
            raise SourceError(f"environment variable {env} (password_env) is not set")
        return value

    def _session(self) -> dict[str, Any]:
        """Register the session once; return the keyword arguments every smbclient call needs."""
        kw = {"port": self.port, "connection_cache": self._cache}
        if self._registered:
            return kw
        import smbclient

        user = self.username
        if user and self.domain and "\\" not in user and "@" not in user:
            user = f"{self.domain}\\{user}"
        try:
            smbclient.register_session(self.server, username=user, password=self._password(), port=self.port,
                                       encrypt=self.encrypt or None, connection_timeout=self.timeout,
                                       connection_cache=self._cache)
        except SourceError:
            raise
        except Exception as exc:
            if type(exc).__name__ in ("LogonFailure", "SMBAuthenticationError", "AccessDenied") \
                    or "logon" in type(exc).__name__.lower():
                raise SourceError(f"SMB logon to {self.server}:{self.port} failed for user "
                                  f"{self.username or '(none)'}") from None
            if isinstance(exc, (ValueError, OSError, TimeoutError)):
                raise SourceError(f"cannot reach SMB server {self.server}:{self.port} "
                                  f"({type(exc).__name__})") from None
            raise SourceError(f"cannot open an SMB session to {self.server}:{self.port} "
                              f"({type(exc).__name__})") from None
        self._registered = True
        return kw

    def _unc(self, rel: str = "") -> str:
        parts = [p for p in (self.base + "/" + rel).split("/") if p]
        return "\\\\" + self.server + "\\" + self.share + ("\\" + "\\".join(parts) if parts else "")

    # -- Connector --------------------------------------------------------------------------
    def check(self) -> None:
        import smbclient

        kw = self._session()
        try:
            st = smbclient.stat(self._unc(), **kw)
        except Exception as exc:
            raise SourceError(f"cannot open \\\\{self.server}\\{self.share}\\{self.base.replace('/', chr(92))}: "
                              f"{_describe(exc)}") from None
        import stat as _stat

        if not _stat.S_ISDIR(st.st_mode):
            raise SourceError(f"not a folder: \\\\{self.server}\\{self.share}\\{self.base}")

    def list_objects(self) -> Iterator[ObjectRef]:
        import smbclient

        self.check()
        kw = self._session()
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            try:
                entries = sorted(smbclient.scandir(self._unc(rel_dir), **kw), key=lambda e: e.name)
            except Exception as exc:
                yield self.ref(rel_dir or ".", kind="error", meta={"error": f"cannot list folder: {_describe(exc)}"})
                continue
            subdirs = []
            for e in entries:
                rel = posixpath.join(rel_dir, e.name) if rel_dir else e.name
                info = e.smb_info
                if info.file_attributes & FILE_ATTRIBUTE_REPARSE_POINT:
                    continue  # symlinks / junctions: never followed
                if e.is_dir():
                    if self._may_contain(rel):
                        subdirs.append(rel)
                    continue
                if not self.selected(rel):
                    continue
                size = int(info.end_of_file)
                mtime = info.last_write_time
                stamp = int(mtime.timestamp() * 1_000_000) if hasattr(mtime, "timestamp") else int(mtime or 0)
                yield self.ref(rel, size=size, version=f"{size}:{stamp}")
            stack.extend(reversed(subdirs))

    def _may_contain(self, folder: str) -> bool:
        """False when include/exclude rule out everything under `folder` (so it is not walked)."""
        if any(location_matches(folder, p) for p in self.source.exclude):
            return False
        if not self.source.include:
            return True
        for pattern in self.source.include:
            literal = re.split(r"[*?\[]", pattern.strip().rstrip("/"), maxsplit=1)[0]
            if literal.startswith(folder + "/") or literal == folder or folder.startswith(literal.rstrip("/")) \
                    or not literal:
                return True
        return False

    def read(self, ref: ObjectRef) -> FileContent:
        import smbclient

        if any(p == ".." for p in ref.location.split("/")):
            raise ObjectError("path escapes the share folder")
        kw = self._session()
        path = self._unc(ref.location)

        def opener() -> BinaryIO:
            try:
                return smbclient.open_file(path, mode="rb", share_access="r", **kw)
            except Exception as exc:
                raise ObjectError(f"cannot open: {_describe(exc)}") from None

        return FileContent(name=posixpath.basename(ref.location), open=opener, size=ref.size)

    def close(self) -> None:
        if self._registered:
            import smbclient

            try:
                smbclient.reset_connection_cache(connection_cache=self._cache)
            except Exception:
                pass
            self._registered = False
