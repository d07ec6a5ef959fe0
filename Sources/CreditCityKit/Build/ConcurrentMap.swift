import Foundation

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `map` in chunks on every core, results in the collection's order. For pure per-element work
    /// (validating rows, deciding records, scanning files); the order keeps builds deterministic.
    func concurrentMap<T>(chunk: Int = 1024, _ transform: @Sendable (Element) -> T) -> [T] {
        let chunks = (count + chunk - 1) / chunk
        guard chunks > 1 else { return map(transform) }
        let results = ConcurrentResults<[T]>(count: chunks)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lower = startIndex + c * chunk
                let upper = Swift.min(lower + chunk, endIndex)
                results.set(c, self[lower..<upper].map(transform))
            }
        }
        return results.values.flatMap { $0 ?? [] }
    }
}

/// Results written by index from several threads.
final class ConcurrentResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [T?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { storage[i] = value } }
    var values: [T?] { lock.withLock { storage } }
}
