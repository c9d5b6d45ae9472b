print("raises_on_import running")
raise ValueError("module failed during import")
