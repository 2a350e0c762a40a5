/// A problem with data given to the store, named so a person can fix it.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
