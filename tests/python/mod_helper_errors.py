class AppError(Exception):
    pass
def fail(msg):
    raise AppError(msg)
