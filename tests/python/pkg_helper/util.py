def shout(s):
    return s.upper() + "!"
def helper_name():
    return __name__
