/*
 * The floor for `make bench`: what a batch costs with nothing of the tool in it. For every add-on
 * folder a batch wrote under IN, it renders the same two Markdown files through libcmark (the same
 * library and options as the tool: safe mode, VALIDATE_UTF8) and writes the same five files under
 * OUT the way the tool's OutputWriter does (a folder, then each file to a temporary name and
 * renamed into place). The Markdown and the index page are read from IN before the clock starts;
 * the HTML written is libcmark's fragment, a little smaller than the tool's page.
 *
 * Usage: bench-floor IN OUT JOBS     (prints rows, seconds and rows per second)
 */
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct { char *data; size_t size; } text;
typedef struct { char *name; text ja, en, index; } row;

static row *rows;
static size_t row_count;
static const char *out_root;
static int jobs;

static text slurp(const char *path) {
    text t = {0};
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(74); }
    fseek(f, 0, SEEK_END);
    t.size = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    t.data = malloc(t.size + 1);
    if (fread(t.data, 1, t.size, f) != t.size) { perror(path); exit(74); }
    fclose(f);
    return t;
}

static void write_whole(const char *folder, const char *name, const char *data, size_t size) {
    char temporary[4096], target[4096];
    snprintf(temporary, sizeof temporary, "%s/.%s.%d.tmp", folder, name, (int)getpid());
    snprintf(target, sizeof target, "%s/%s", folder, name);
    int fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) { perror(temporary); exit(74); }
    for (size_t done = 0; done < size;) {
        ssize_t n = write(fd, data + done, size - done);
        if (n < 0) { perror(temporary); exit(74); }
        done += (size_t)n;
    }
    close(fd);
    if (rename(temporary, target) != 0) { perror(target); exit(74); }
}

static void *worker(void *arg) {
    long first = (long)arg;
    for (size_t i = (size_t)first; i < row_count; i += (size_t)jobs) {
        row *r = &rows[i];
        char folder[4096];
        snprintf(folder, sizeof folder, "%s/%s", out_root, r->name);
        if (mkdir(folder, 0755) != 0 && errno != EEXIST) { perror(folder); exit(73); }
        char *ja = cmark_markdown_to_html(r->ja.data, r->ja.size, CMARK_OPT_VALIDATE_UTF8);
        char *en = cmark_markdown_to_html(r->en.data, r->en.size, CMARK_OPT_VALIDATE_UTF8);
        write_whole(folder, "runbook.ja.md", r->ja.data, r->ja.size);
        write_whole(folder, "runbook.ja.html", ja, strlen(ja));
        write_whole(folder, "runbook.en.md", r->en.data, r->en.size);
        write_whole(folder, "runbook.en.html", en, strlen(en));
        write_whole(folder, "index.html", r->index.data, r->index.size);
        free(ja);
        free(en);
    }
    return NULL;
}

static int by_name(const void *a, const void *b) { return strcmp(((const row *)a)->name, ((const row *)b)->name); }

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: bench-floor IN OUT JOBS\n"); return 64; }
    const char *in_root = argv[1];
    out_root = argv[2];
    jobs = atoi(argv[3]);
    if (jobs < 1) jobs = 1;
    DIR *dir = opendir(in_root);
    if (!dir) { perror(in_root); return 66; }
    size_t capacity = 1024;
    rows = malloc(capacity * sizeof *rows);
    for (struct dirent *entry; (entry = readdir(dir));) {
        if (entry->d_name[0] == '.') continue;
        if (row_count == capacity) rows = realloc(rows, (capacity *= 2) * sizeof *rows);
        row *r = &rows[row_count++];
        char path[4096];
        r->name = strdup(entry->d_name);
        snprintf(path, sizeof path, "%s/%s/runbook.ja.md", in_root, r->name); r->ja = slurp(path);
        snprintf(path, sizeof path, "%s/%s/runbook.en.md", in_root, r->name); r->en = slurp(path);
        snprintf(path, sizeof path, "%s/%s/index.html", in_root, r->name); r->index = slurp(path);
    }
    closedir(dir);
    qsort(rows, row_count, sizeof *rows, by_name);
    mkdir(out_root, 0755);

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pthread_t threads[64];
    if (jobs > 64) jobs = 64;
    for (long j = 0; j < jobs; j++) pthread_create(&threads[j], NULL, worker, (void *)j);
    for (int j = 0; j < jobs; j++) pthread_join(threads[j], NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%zu rows in %.3f s: %.0f rows/s\n", row_count, seconds, (double)row_count / seconds);
    return 0;
}
