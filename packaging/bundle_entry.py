"""The bundle's entry point: the same `assistant` console script (pyproject [project.scripts]).

assistant/__main__.py cannot be the entry because PyInstaller runs its script as __main__, outside the
package, where that file's relative import fails.
"""

from assistant.cli import main

main()
