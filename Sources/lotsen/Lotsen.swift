import ArgumentParser
import LotsenCLI

@main
extension LotsenCommand {}
