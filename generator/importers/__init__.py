"""Importers: the Word and Excel files schools already keep (orders, roadmaps, mentor lists) → data/ YAML.

The pipeline of one import is visible in the modules: `tables` reads a .docx, .xlsx or .csv into grids of cells
that remember their merges, `header` finds the header row and what each column holds, `roadmap` / `order` /
`mentors` turn rows into records of the project's model, `yamlout` writes them as commented YAML, `writer`
checks the target and writes atomically, `report` tells the user in Russian what was imported, guessed and not
read. Every output is validated by the project's own YAML reader and model before anything is written.
"""
