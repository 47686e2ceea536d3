"""Analysis of free text: language, sentiment, themes and safeguarding screening.

Pure functions with no Flask import, so the same code runs at submission, in bulk re-analysis, from the CLI on
any CSV, in the tests and in bench/. Nothing is downloaded at run time: TextBlob's sentiment analyser needs no
corpora, and lingua's language models ship inside its wheel.
"""
