# Order of application of stacked decorators.
order = []

def deco(label):
    order.append("factory " + label)
    def apply(fn):
        order.append("apply " + label)
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return apply

@deco("outer")
@deco("middle")
@deco("inner")
def base():
    return "x"

print(order)
print(base())

def add_one(fn):
    return lambda: fn() + 1
def times_two(fn):
    return lambda: fn() * 2

@add_one
@times_two
def five():
    return 5
@times_two
@add_one
def five_b():
    return 5
print(five(), five_b())
