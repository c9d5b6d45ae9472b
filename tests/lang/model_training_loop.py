# A tiny training loop in plain Python: linear regression by gradient descent.
# Deterministic floating point throughout, so the printed numbers must match.
import math

data = [(x / 10.0, 3.0 * (x / 10.0) - 0.5 + 0.1 * math.sin(x)) for x in range(20)]
w, b = 0.0, 0.0
lr = 0.1
history = []
for epoch in range(200):
    gw = gb = 0.0
    loss = 0.0
    for x, y in data:
        pred = w * x + b
        err = pred - y
        loss += err * err
        gw += 2 * err * x
        gb += 2 * err
    n = len(data)
    w -= lr * gw / n
    b -= lr * gb / n
    if epoch % 40 == 0 or epoch == 199:
        history.append((epoch, round(loss / n, 8)))
print(history)
print("w=%.6f b=%.6f" % (w, b))
print(repr(w), repr(b))


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


pts = [((i % 5) - 2.0, (i // 5) - 2.0) for i in range(25)]
labels = [1.0 if x + 0.5 * y > 0 else 0.0 for x, y in pts]
wx, wy, bias = 0.0, 0.0, 0.0
for step in range(100):
    dx = dy = db = 0.0
    for (x, y), t in zip(pts, labels):
        p = sigmoid(wx * x + wy * y + bias)
        dx += (p - t) * x
        dy += (p - t) * y
        db += p - t
    wx -= 0.5 * dx / len(pts)
    wy -= 0.5 * dy / len(pts)
    bias -= 0.5 * db / len(pts)
acc = sum((sigmoid(wx * x + wy * y + bias) > 0.5) == (t == 1.0) for (x, y), t in zip(pts, labels)) / len(pts)
print(round(wx, 6), round(wy, 6), round(bias, 6), acc)
