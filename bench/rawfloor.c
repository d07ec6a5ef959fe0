/*
 * The raw floor of a site build: creates the folders and files that a built Output/ holds, with the
 * same sizes, and nothing else (no reading, no rendering, no hashing). scripts/bench.sh runs it beside
 * the real build, so the build's time can be given as a multiple of what the disk needs.
 *
 *   rawfloor LIST DEST [THREADS]        write files of the listed sizes under DEST
 *   rawfloor LIST DEST THREADS SRC      hard-link each listed file from SRC instead (a tree of links)
 *
 * LIST has one line per file, "SIZE PATH" (PATH relative, as `find Output -type f -printf '%s %P\n'`
 * prints it), sorted by path so files of one folder are together. Files are split between THREADS
 * workers by folder, as the build splits its writes over both cores.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct entry { long size; char *path; };
static struct entry *entries;
static size_t count;
static const char *dest, *source;
static int threads = 2;
static char *zeros;
static long largest;

static void die(const char *what, const char *path) {
    fprintf(stderr, "rawfloor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

/* mkdir -p for the folder part of `path` (which is below dest). */
static void make_parents(char *path) {
    for (char *p = path + strlen(dest) + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        if (mkdir(path, 0755) != 0 && errno != EEXIST) die("mkdir", path);
        *p = '/';
    }
}

static void *worker(void *arg) {
    long t = (long)arg;
    char full[4096], from[4096], last[4096] = "";
    for (size_t i = 0; i < count; i++) {
        /* Folder of the entry decides the worker, so one folder is made by one thread. */
        const char *slash = strrchr(entries[i].path, '/');
        size_t dirlen = slash ? (size_t)(slash - entries[i].path) : 0;
        unsigned long h = 5381;
        for (size_t k = 0; k < dirlen; k++) h = h * 33 + (unsigned char)entries[i].path[k];
        if ((long)(h % threads) != t) continue;
        snprintf(full, sizeof full, "%s/%s", dest, entries[i].path);
        if (dirlen && (strlen(last) != dirlen || strncmp(last, entries[i].path, dirlen) != 0)) {
            make_parents(full);
            memcpy(last, entries[i].path, dirlen);
            last[dirlen] = 0;
        }
        if (source) {
            snprintf(from, sizeof from, "%s/%s", source, entries[i].path);
            if (link(from, full) != 0) die("link", full);
            continue;
        }
        int fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) die("open", full);
        long done = 0;
        while (done < entries[i].size) {
            ssize_t n = write(fd, zeros + done, entries[i].size - done);
            if (n < 0) { if (errno == EINTR) continue; die("write", full); }
            done += n;
        }
        close(fd);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: rawfloor LIST DEST [THREADS [SRC]]\n"); return 2; }
    dest = argv[2];
    if (argc > 3) threads = atoi(argv[3]) > 0 ? atoi(argv[3]) : 1;
    if (argc > 4) source = argv[4];
    FILE *list = fopen(argv[1], "r");
    if (!list) die("open", argv[1]);
    size_t cap = 1024;
    entries = malloc(cap * sizeof *entries);
    char line[4200];
    while (fgets(line, sizeof line, list)) {
        char *space = strchr(line, ' ');
        if (!space) continue;
        line[strcspn(line, "\n")] = 0;
        if (count == cap) entries = realloc(entries, (cap *= 2) * sizeof *entries);
        entries[count].size = atol(line);
        entries[count].path = strdup(space + 1);
        if (entries[count].size > largest) largest = entries[count].size;
        count++;
    }
    fclose(list);
    zeros = calloc(1, largest + 1);
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) die("mkdir", dest);
    pthread_t ids[64];
    if (threads > 64) threads = 64;
    for (long t = 0; t < threads; t++) pthread_create(&ids[t], NULL, worker, (void *)t);
    for (long t = 0; t < threads; t++) pthread_join(ids[t], NULL);
    return 0;
}
