__all__ = ["public_a", "public_b", "_exported_private"]
public_a = "a"
public_b = "b"
not_listed = "not exported by *"
_exported_private = "private but listed"
