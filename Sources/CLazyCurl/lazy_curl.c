// The libcurl functions that FoundationNetworking calls, loading libcurl.so.4 the first time one
// is called. Linked into `parole` in place of libcurl itself (a release build links Foundation
// statically and names no libcurl: Package.swift), so that a process that fetches nothing
// (analysing a file, reading the library) does not load libcurl and the 29 libraries it needs
// (TLS, Kerberos, LDAP, SSH, IDN...), nor bind their symbols at every start: a quarter of the
// CPU time of `parole analyze` (docs/performance.md). In a debug build, where Foundation is
// dynamic and loads libcurl itself, these definitions stand in front of libcurl's and forward to
// it the same way.
//
// The prototypes follow curl.h (7.x/8.x ABI, stable since 7.16): handles are pointers, codes and
// options are C enums (int), and the one variadic argument of the *_setopt and *_getinfo
// functions is a long, a curl_off_t, a pointer or a function pointer, all passed like a pointer
// on the 64-bit ABIs Parole builds for. curl.h itself is not included: a debug build then needs
// no curl headers.
#include "CLazyCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static void *library;
static pthread_once_t loading = PTHREAD_ONCE_INIT;

static void load(void) {
    library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
}

/// The address of libcurl's function `name`; a missing library stops the program with one line.
static void *function(const char *name) {
    pthread_once(&loading, load);
    void *address = library ? dlsym(library, name) : NULL;
    if (address == NULL) {
        const char *reason = dlerror();
        fprintf(stderr, "error: cannot use libcurl.so.4 (%s): %s\n", name, reason ? reason : "not found");
        exit(70);
    }
    return address;
}

/// Defines `name` with the given return type, parameters and arguments, forwarding to libcurl.
#define FORWARD(type, name, params, args)                                  \
    type name params {                                                     \
        static type (*real) params;                                        \
        if (__atomic_load_n(&real, __ATOMIC_ACQUIRE) == NULL)              \
            __atomic_store_n(&real, (type (*) params)function(#name),      \
                             __ATOMIC_RELEASE);                            \
        return real args;                                                  \
    }

/// `FORWARD` for a function that returns nothing.
#define FORWARD_VOID(name, params, args)                                   \
    void name params {                                                     \
        static void (*real) params;                                        \
        if (__atomic_load_n(&real, __ATOMIC_ACQUIRE) == NULL)              \
            __atomic_store_n(&real, (void (*) params)function(#name),      \
                             __ATOMIC_RELEASE);                            \
        real args;                                                         \
    }

/// Defines the variadic `name(handle, option, ...)`, forwarding its one variadic argument.
#define FORWARD_OPTION(name)                                               \
    int name(void *handle, int option, ...) {                              \
        static int (*real)(void *, int, ...);                              \
        if (__atomic_load_n(&real, __ATOMIC_ACQUIRE) == NULL)              \
            __atomic_store_n(&real, (int (*)(void *, int, ...))function(#name), \
                             __ATOMIC_RELEASE);                            \
        va_list arguments;                                                 \
        va_start(arguments, option);                                       \
        void *value = va_arg(arguments, void *);                           \
        va_end(arguments);                                                 \
        return real(handle, option, value);                                \
    }

FORWARD(int, curl_global_init, (long flags), (flags))
FORWARD(void *, curl_easy_init, (void), ())
FORWARD_VOID(curl_easy_cleanup, (void *handle), (handle))
FORWARD(int, curl_easy_pause, (void *handle, int mask), (handle, mask))
FORWARD(const char *, curl_easy_strerror, (int code), (code))
FORWARD_VOID(curl_free, (void *pointer), (pointer))
FORWARD(void *, curl_multi_init, (void), ())
FORWARD(int, curl_multi_add_handle, (void *multi, void *easy), (multi, easy))
FORWARD(int, curl_multi_remove_handle, (void *multi, void *easy), (multi, easy))
FORWARD(int, curl_multi_assign, (void *multi, int socket, void *pointer), (multi, socket, pointer))
FORWARD(int, curl_multi_cleanup, (void *multi), (multi))
FORWARD(void *, curl_multi_info_read, (void *multi, int *queued), (multi, queued))
FORWARD(int, curl_multi_socket_action, (void *multi, int socket, int mask, int *running),
        (multi, socket, mask, running))
FORWARD(void *, curl_slist_append, (void *list, const char *text), (list, text))
FORWARD_VOID(curl_slist_free_all, (void *list), (list))
FORWARD(void *, curl_url, (void), ())
FORWARD(int, curl_url_get, (const void *url, int part, char **text, unsigned int flags),
        (url, part, text, flags))
FORWARD(int, curl_url_set, (void *url, int part, const char *text, unsigned int flags),
        (url, part, text, flags))
FORWARD(char *, curl_version, (void), ())
FORWARD(void *, curl_version_info, (int age), (age))

FORWARD_OPTION(curl_easy_setopt)
FORWARD_OPTION(curl_easy_getinfo)
FORWARD_OPTION(curl_multi_setopt)
