# global statement, module globals, builtins shadowing.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_global():
    global created
    created = "yes"
make_global()
print(created)

def read_only():
    return counter * 10
print(read_only())

def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))

def local_unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_unbound()

def g():
    global counter
    del counter
g()
try:
    counter
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_name_xyz
except NameError as e:
    print(type(e).__name__, e)
print("bump" in globals(), "zzz" in globals())
