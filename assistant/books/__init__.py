"""Books: reading EPUB, PDF, DOCX, HTML, Markdown and text files into passages that know their place,
a library of them in SQLite, and the reading position the reader view keeps."""
