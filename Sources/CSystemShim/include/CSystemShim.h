#ifndef CSYSTEMSHIM_H
#define CSYSTEMSHIM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set (ENOSYS or EINVAL where the kernel or file system lacks it).
int cc_exchange_paths(const char *a, const char *b);

/// The birth time of `path` (statx STATX_BTIME), not following a final link. Returns 0, or -1 with errno
/// (ENOSYS where the file system does not keep one).
int cc_birth_time(const char *path, long long *seconds, long *nanoseconds);

/// Makes `to` a copy of the folder tree `from` whose regular files are hard links to those of `from`
/// (folders are created, other entries skipped). Returns the number of files linked, or -1 with errno.
long long cc_link_tree(const char *from, const char *to);

/// Returns freed heap memory to the system (glibc's malloc_trim); 1 when some was returned.
int cc_release_memory(void);

#endif
