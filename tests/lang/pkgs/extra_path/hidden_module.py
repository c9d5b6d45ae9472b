# Found only through a sys.path entry added by mod_sys_path_import.py.
VALUE = "found via sys.path"
