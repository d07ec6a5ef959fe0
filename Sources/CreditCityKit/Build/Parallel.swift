import Foundation

/// The one way CreditCity spreads work over every core: an index range cut into chunks that
/// `DispatchQueue.concurrentPerform` hands to its threads. Results come back in index order and the
/// first error wins, so a build is deterministic however the threads are scheduled.
enum Parallel {
    /// Calls `body(i)` for every i in 0..<count, in chunks of `chunk`; the first error thrown stops the
    /// chunks not yet started and is rethrown.
    static func forEach(_ count: Int, chunk: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let chunks = (count + chunk - 1) / chunk
        guard chunks > 1 else {
            for i in 0..<count { try body(i) }
            return
        }
        let failure = FirstError()
        try withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                    if failure.isSet { return }
                    do { try body(i) } catch { failure.set(error) }
                }
            }
            if let error = failure.error { throw error }
        }
    }

    /// `(0..<count).map(transform)` in chunks on every core, results in index order; the first error
    /// thrown stops the chunks not yet started and is rethrown.
    static func map<T>(_ count: Int, chunk: Int, _ transform: @Sendable (Int) throws -> T) throws -> [T] {
        let results = Slots<T>(count: count)
        try forEach(count, chunk: chunk) { i in results.set(i, try transform(i)) }
        return results.values.compactMap { $0 }
    }

    /// `(0..<count).map(transform)` in chunks on every core, results in index order.
    static func map<T>(_ count: Int, chunk: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let chunks = (count + chunk - 1) / chunk
        guard chunks > 1 else { return (0..<count).map(transform) }
        let results = Slots<[T]>(count: chunks)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                results.set(c, ((c * chunk)..<min(count, (c + 1) * chunk)).map(transform))
            }
        }
        return results.values.flatMap { $0 ?? [] }
    }
}

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `map` on every core (`Parallel.map`), results in the collection's order: for pure per-element work
    /// such as validating rows, deciding records and scanning files.
    func concurrentMap<T>(chunk: Int = 1024, _ transform: @Sendable (Element) -> T) -> [T] {
        withoutActuallyEscaping(transform) { transform in
            Parallel.map(count, chunk: chunk) { transform(self[self.startIndex + $0]) }
        }
    }
}

/// Results written by index from several threads.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [T?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { storage[i] = value } }
    var values: [T?] { lock.withLock { storage } }
}

/// The first error thrown by any of several threads.
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ e: any Error) { lock.withLock { if stored == nil { stored = e } } }
}
