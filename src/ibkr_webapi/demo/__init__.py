"""The live demo (`nox -s demo`, `python -m ibkr_webapi.demo`): see ``__main__``."""
