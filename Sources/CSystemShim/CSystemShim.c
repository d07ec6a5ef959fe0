#define _GNU_SOURCE
#include "CSystemShim.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int cc_exchange_paths(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
    /* The raw syscall: glibc's wrapper is newer than some systems we run on. */
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cc_birth_time(const char *path, long long *seconds, long *nanoseconds) {
#if defined(__linux__) && defined(SYS_statx) && defined(STATX_BTIME)
    struct statx sx;
    if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_BTIME, &sx) != 0) return -1;
    if (!(sx.stx_mask & STATX_BTIME)) { errno = ENOSYS; return -1; }
    *seconds = sx.stx_btime.tv_sec;
    *nanoseconds = sx.stx_btime.tv_nsec;
    return 0;
#else
    errno = ENOSYS;
    return -1;
#endif
}

/* Recursion of cc_link_tree over one folder; `from` and `to` are buffers of PATH_MAX holding the two
   folders' paths, extended in place for each entry. */
static int link_tree(char *from, size_t fromLength, char *to, size_t toLength, long long *count) {
    DIR *dir = opendir(from);
    if (!dir) return -1;
    struct dirent *entry;
    int result = 0;
    while ((entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
        size_t nameLength = strlen(name);
        if (fromLength + nameLength + 2 >= PATH_MAX || toLength + nameLength + 2 >= PATH_MAX) { errno = ENAMETOOLONG; result = -1; break; }
        from[fromLength] = '/'; memcpy(from + fromLength + 1, name, nameLength + 1);
        to[toLength] = '/'; memcpy(to + toLength + 1, name, nameLength + 1);
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (lstat(from, &st) != 0) { result = -1; break; }
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            if (mkdir(to, 0755) != 0 && errno != EEXIST) { result = -1; break; }
            if (link_tree(from, fromLength + 1 + nameLength, to, toLength + 1 + nameLength, count) != 0) { result = -1; break; }
        } else if (type == DT_REG) {
            if (link(from, to) != 0) { result = -1; break; }
            (*count)++;
        }
    }
    from[fromLength] = 0;
    to[toLength] = 0;
    int saved = errno;
    closedir(dir);
    errno = saved;
    return result;
}

long long cc_link_tree(const char *from, const char *to) {
    char a[PATH_MAX], b[PATH_MAX];
    size_t fromLength = strlen(from), toLength = strlen(to);
    if (fromLength >= PATH_MAX || toLength >= PATH_MAX) { errno = ENAMETOOLONG; return -1; }
    memcpy(a, from, fromLength + 1);
    memcpy(b, to, toLength + 1);
    if (mkdir(to, 0755) != 0 && errno != EEXIST) return -1;
    long long count = 0;
    if (link_tree(a, fromLength, b, toLength, &count) != 0) return -1;
    return count;
}

#include <malloc.h>

int cc_release_memory(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}
