# The if __name__ == "__main__" idiom.
def main():
    print("main called with __name__ =", __name__)
    return 0

print("module body runs first")
if __name__ == "__main__":
    main()
else:
    print("imported")
