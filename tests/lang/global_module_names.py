# Module-level name loads and stores (LOAD_NAME / STORE_NAME, which share the
# LOAD_GLOBAL inline cache when locals are the globals): every way the answer
# can change between two runs of the same instruction.

def show(tag):
    print(tag, counter, len("abc"))


counter = 0
for i in range(5):
    counter = counter + i       # rebinding an existing name in a loop
    show("loop")

# A builtin shadowed by a module-level name, then unshadowed.
for step in range(3):
    if step == 1:
        len = lambda s: -1
    if step == 2:
        del len
    print("len", step, len("abcd"))

# The globals dict changed behind the instruction's back.
g = globals()
for step in range(4):
    if step == 1:
        g["late"] = "added through globals()"
    if step == 2:
        g["late"] = "replaced through globals()"
    if step == 3:
        del g["late"]
    try:
        print("late", step, late)
    except NameError as e:
        print("late", step, "NameError", e)

# Many new names between loads (the dict grows and re-lays out its entries).
value = "first"
for step in range(3):
    print("value", step, value)
    for k in range(40):
        g["filler_%d_%d" % (step, k)] = k
    value = "changed %d" % step
print("value end", value)

# A store whose old value's __del__ reads the same name.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag, "sees holder =", holder.tag if isinstance(holder, Noisy) else holder)


holder = Noisy("a")
for tag in ("b", "c"):
    holder = Noisy(tag)
holder = "plain"

# exec with separate locals: names go to the locals mapping, globals unchanged.
code = "x = 1\nfor j in range(3):\n    x = x + j\ny = x * 10\n"
loc = {}
glb = {}
exec(code, glb, loc)
print(sorted(loc.items()), "x" in glb)
exec(code, glb)
print(glb["x"], glb["y"])

# A name deleted at module level, then loaded.
zed = 5
for step in range(2):
    try:
        print("zed", zed)
    except NameError as e:
        print("NameError:", e)
    if step == 0:
        del zed
