SCALE = 1

def area_scale(a):
    return a * SCALE

def describe(shape):
    return "%s with area %s" % (type(shape).__name__, shape.area())
