# a small bank simulation with classes and exceptions
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id} {self.owner!r} {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
bank = Bank()
a = bank.open("alice", 100)
b = bank.open("bob")
print(bank.transfer(a.id, b.id, 30), bank.transfer(b.id, a.id, 50))
for amt in [10, -5, 0, 25]:
    try:
        b.deposit(amt)
    except ValueError as e:
        print("error:", e)
print(a, b)
print(a.history, b.history)
print(sorted(bank.accounts.values(), key=lambda x: -x.balance))
print(sum(acc.balance for acc in bank.accounts.values()))
