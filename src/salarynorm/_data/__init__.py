"""Data files shipped with salarynorm (read through importlib.resources, never imported as code)."""
