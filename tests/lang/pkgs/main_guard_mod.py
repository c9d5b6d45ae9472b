def main():
    return "main ran"

if __name__ == "__main__":
    print("run as script")
else:
    print("imported as", __name__)
