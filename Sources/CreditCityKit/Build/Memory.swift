import CSystemShim

/// Gives memory freed by a finished stage back to the system. glibc keeps freed blocks in each
/// thread's arena for reuse; after a stage that made and dropped a file's worth of rows or a million
/// small strings, they would stay in the process's resident size until it ends.
enum Memory {
    static func release() { _ = cc_release_memory() }
}
