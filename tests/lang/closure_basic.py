# Closures capture variables (cells), not values.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def shared():
    v = [0]
    def a():
        v[0] += 1
        return v[0]
    def b():
        return v[0] * 100
    return a, b
a, b = shared()
a(); a()
print(b())

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def early():
    return [(lambda i=i: i)() for i in range(3)]
print(early())
print(make_adder.__closure__)
