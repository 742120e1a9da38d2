"""Local or mounted (NFS/SMB) directory tree.

Symlinks are never followed out of the root; unreadable directories and files
are recorded as per-object errors, never abort the source.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterator

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef

from .base import Connector, FileContent


class FilesystemConnector(Connector):
    kind = "filesystem"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        self.root = Path(self.options["path"])
        self.follow_symlinks = bool(self.options.get("follow_symlinks", False))
        self.listing_errors: list[tuple[str, str]] = []

    def check(self) -> None:
        if not self.root.exists():
            raise SourceError(f"path does not exist: {self.root}")
        if not self.root.is_dir():
            raise SourceError(f"not a directory: {self.root}")
        if not os.access(self.root, os.R_OK | os.X_OK):
            raise SourceError(f"permission denied: {self.root}")

    def _inside_root(self, p: Path) -> bool:
        try:
            p.resolve().relative_to(self.root.resolve())
            return True
        except (ValueError, OSError):
            return False

    def list_objects(self) -> Iterator[ObjectRef]:
        self.check()
        root = str(self.root)
        stack = [""]  # folders relative to the root, "" is the root itself
        while stack:
            rel_dir = stack.pop()
            full_dir = os.path.join(root, rel_dir) if rel_dir else root
            try:
                with os.scandir(full_dir) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                yield self.ref(rel_dir or ".", kind="error",
                               meta={"error": f"cannot list directory: {exc.strerror or exc}"})
                continue
            subdirs = []
            for e in entries:
                rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
                try:
                    if e.is_symlink() and (not self.follow_symlinks or not self._inside_root(Path(e.path))):
                        continue
                    st = e.stat(follow_symlinks=True)
                except OSError as exc:
                    if self.selected(rel):
                        yield self.ref(rel, kind="error", meta={"error": f"cannot stat: {exc.strerror or exc}"})
                    continue
                if stat.S_ISDIR(st.st_mode):
                    subdirs.append(rel)
                elif stat.S_ISREG(st.st_mode) and self.selected(rel):
                    yield self.ref(rel, size=st.st_size, version=f"{st.st_size}:{st.st_mtime_ns}")
            stack.extend(reversed(subdirs))

    def read(self, ref: ObjectRef) -> FileContent:
        p = self.root / ref.location
        if self.follow_symlinks:
            if not self._inside_root(p):
                raise ObjectError("path escapes the source root")
        elif ".." in Path(ref.location).parts or Path(ref.location).is_absolute():
            raise ObjectError("path escapes the source root")
        flags = os.O_RDONLY | (0 if self.follow_symlinks else os.O_NOFOLLOW)

        def opener():
            try:
                return os.fdopen(os.open(p, flags), "rb")
            except PermissionError:
                raise ObjectError("permission denied") from None
            except FileNotFoundError:
                raise ObjectError("file disappeared before it could be read") from None
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise ObjectError("became a symbolic link after listing; not followed") from None
                raise ObjectError(f"cannot open: {exc.strerror or exc}") from None

        return FileContent(name=p.name, open=opener, size=ref.size)
