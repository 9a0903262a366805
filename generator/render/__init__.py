"""Stage 3 — render: the model on a build date → Markdown pages, files to publish and navigation.

Nothing here knows about MkDocs: the output is plain pages and a nav tree any engine can take.
"""
