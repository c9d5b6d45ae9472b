# Deliberately invalid Python, imported by import_error.py.
def broken(:
    pass
