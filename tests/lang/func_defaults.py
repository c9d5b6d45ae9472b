# Default parameter values: evaluation time, overriding, shared mutable defaults.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

counter = 10
def snap(x=counter):
    return x
counter = 20
print(snap(), snap(5))

def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

def many(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(many(1))
print(many(1, 5, 6, 7, c=8, d=9))
print(many.__defaults__, many.__kwdefaults__)

try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print(type(e).__name__, e)
