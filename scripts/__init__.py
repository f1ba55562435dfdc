"""Command-line tools around the built site (PDFs); shared with the tests so both print the same way."""
