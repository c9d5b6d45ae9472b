# Class definition, instances, methods, attributes.
class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return self.name + " says woof"
    def birthday(self):
        self.age += 1
        return self

d = Dog("rex")
print(d.name, d.age, d.species, Dog.species)
print(d.speak(), Dog.speak(d))
print(d.birthday().birthday().age)
e = Dog("fido", 5)
e.species = "wolf"
print(e.species, d.species, Dog.species)
Dog.species = "dog"
print(d.species, e.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(5, Dog))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(d.__dict__.items()))
m = d.speak
print(m(), m.__self__ is d, m.__func__ is Dog.speak)
class Empty:
    pass
x = Empty()
x.anything = 1
print(x.anything, type(Empty).__name__)
try:
    x.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
