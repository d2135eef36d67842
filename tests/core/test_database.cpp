// database tests: written next
