"""Exceptions piscan raises for user-facing problems (never carrying raw PI)."""


class PiscanError(Exception):
    """Base class: a problem the user can act on; the CLI prints it without a traceback."""


class ConfigError(PiscanError):
    """A configuration problem. The message names the file, the key and what is wrong."""

    def __init__(self, path: str, key: str, problem: str):
        self.path, self.key, self.problem = path, key, problem
        where = f"{path}: {key}: " if key else f"{path}: "
        super().__init__(where + problem)


class SourceError(PiscanError):
    """A whole source could not be listed or reached (recorded, the scan goes on)."""


class ObjectError(PiscanError):
    """One object could not be read or parsed (recorded, the scan goes on)."""
