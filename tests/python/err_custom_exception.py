class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
print(withdraw(100, 30))
withdraw(10, 30)
