# Single inheritance, overriding, calling base methods.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.sound())
    def sound(self):
        return "..."

class Cat(Animal):
    kind = "cat"
    def sound(self):
        return "meow"

class Lion(Cat):
    kind = "lion"
    def __init__(self, name, pride):
        Animal.__init__(self, name)
        self.pride = pride
    def sound(self):
        return Cat.sound(self).upper() + "!"

for a in (Animal("x"), Cat("tom"), Lion("leo", "east")):
    print(a.describe())
l = Lion("simba", "west")
print(l.pride, isinstance(l, Cat), isinstance(l, Animal), issubclass(Lion, Animal))
print(issubclass(Animal, Cat), issubclass(Cat, Cat), issubclass(Cat, object))
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Lion.__mro__])
print(Cat.__dict__.get("describe"), "sound" in Cat.__dict__)
