print("coursec")
