"""The bundle's entry point: the same `assistant` command as the console script (launcher:main), the
window with no arguments and the command line otherwise."""

from launcher import main

main()
