import Crypto

/// SHA-256 over bytes that come in pieces, as a `ContentHash`.
struct SHA256Stream {
    private var sha = SHA256()

    mutating func update(_ bytes: [UInt8]) { sha.update(data: bytes) }

    func finish() -> ContentHash { ContentHash(digest: Array(sha.finalize())) }
}
