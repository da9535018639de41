"""Subcommands of the ``dotop-nb`` command line, one module each with ``register(sub)``."""
