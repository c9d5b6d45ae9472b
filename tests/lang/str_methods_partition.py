# partition / rpartition and misc helpers.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("a.b".partition("."), "".partition("x"), "x".partition("x"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
