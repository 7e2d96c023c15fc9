"""kg: a knowledge-graph builder for Chinese local news.

read → clean → segment → extract → resolve → graph → export.  The CLI
(``kg.cli``) is a thin layer over :mod:`kg.pipeline`, which tests call too.
"""
__version__ = "0.1.0"
