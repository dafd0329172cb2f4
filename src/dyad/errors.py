"""The one exception type the library raises at users; the CLI turns it into a clean message."""


class DyadError(Exception):
    """A user-facing error: bad option, unreadable store, unknown model."""
