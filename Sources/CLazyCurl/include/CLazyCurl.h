// libcurl loaded on first use (see lazy_curl.c). Nothing here is called from Swift: the target
// provides the curl_* functions that FoundationNetworking's URLSession calls, in `parole`.
#ifndef PAROLE_CLAZYCURL_H
#define PAROLE_CLAZYCURL_H
#endif
