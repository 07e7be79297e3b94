# __name__ == "__main__"
import mod_helper_basic
def main():
    print("main() running, __name__ =", __name__)
    print("helper __name__ =", mod_helper_basic.__name__)
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
import sys
print(sys.modules[__name__] is sys.modules["__main__"])
print(__spec__ is None or __spec__.name)
