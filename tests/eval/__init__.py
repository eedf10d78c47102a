"""Evaluation set for extraction and tagging (issue 5); see README.md here."""
