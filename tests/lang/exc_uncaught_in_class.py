# Uncaught exception raised from a method deep in a call chain.
# exit status: 1
class Model:
    def forward(self, x):
        return self.layer(x)
    def layer(self, x):
        return x + "oops"

print("start")
print(Model().forward(1))
