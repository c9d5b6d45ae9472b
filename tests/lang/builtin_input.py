# input() with stdin at EOF raises EOFError (the runner gives an empty stdin).
try:
    v = input()
    print("read", repr(v))
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__)
