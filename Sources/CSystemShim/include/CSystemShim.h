#ifndef CSYSTEMSHIM_H
#define CSYSTEMSHIM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set (ENOSYS or EINVAL where the kernel or file system lacks it).
int cc_exchange_paths(const char *a, const char *b);

#endif
