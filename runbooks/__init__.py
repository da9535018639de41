"""The runbook notebooks (``*.ipynb`` here): open, edit and add your own.

This file makes the folder the package ``dotop_nb.runbooks.notebooks`` (``package-dir`` in
pyproject.toml), so the notebooks ship in the wheel and an editable install reads them from here.
The code that runs them is :mod:`dotop_nb.runbooks`.
"""
