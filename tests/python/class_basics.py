# class and instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
a = Dog("rex")
b = Dog("fido")
print(a.speak(), b.speak(), Dog.count, a.count)
print(a.species, Dog.species)
a.species = "custom"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "lupus"
print(a.species, b.species)
print(sorted(a.__dict__), "speak" in Dog.__dict__)
print(type(a).__name__, a.__class__ is Dog, isinstance(a, Dog), Dog.__name__, Dog.__qualname__)
m = a.speak
print(m(), m.__self__ is a, m.__func__ is Dog.speak, Dog.speak(b))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, vars(e), Empty.__bases__, Empty.__module__)
print(Dog.__doc__, Dog.__init__.__qualname__)
