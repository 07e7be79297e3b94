print("pkg_helper.nested/__init__ running")
NESTED = True
