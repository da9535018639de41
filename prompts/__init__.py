"""The prompts the AI planner sends (``*.md`` here): edit them freely.

This file makes the folder the package ``dotop_nb.prompts`` (``package-dir`` in pyproject.toml),
so the prompts ship in the wheel and an editable install reads them from here.
"""
