"""casualty-claims: who says how many people of which side were killed, from news text."""

__version__ = "0.1.0"
