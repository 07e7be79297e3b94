print("mod_helper_raises: about to fail")
def broken():
    return {}["missing key"]
value = broken()
