NS_VALUE = "namespace package module"
