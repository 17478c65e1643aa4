"""reader: a terminal reader for news and opinion articles that shows who is speaking."""

__version__ = "0.1.0"
