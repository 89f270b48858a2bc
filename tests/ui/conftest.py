import os

# Real widgets without a screen; set before Qt is imported by any test module here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
