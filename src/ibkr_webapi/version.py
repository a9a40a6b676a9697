"""The package version (one place: the User-Agent and ``ibkr_webapi.__version__`` read it)."""

__version__ = "0.1.0"
