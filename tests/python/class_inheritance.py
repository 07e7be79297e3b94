# single inheritance, overriding, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for x in [Animal("generic"), Cat("tom"), Lion("leo", "west")]:
    print(x.describe())
l = Lion("simba", "east")
print(l.pride, isinstance(l, Animal), issubclass(Lion, Cat), issubclass(Cat, Lion))
print(Lion.__bases__, Lion.__mro__)
print(issubclass(Lion, (int, Animal)), isinstance(l, (str, int)), issubclass(Lion, Lion))
print(Animal.__subclasses__(), Cat.__subclasses__())
print(super(Lion, l).speak(), super(Cat, l).speak())
class Base:
    greeting = "base"
class Child(Base):
    pass
print(Child.greeting, Child().greeting)
Base.greeting = "changed"
print(Child.greeting)
