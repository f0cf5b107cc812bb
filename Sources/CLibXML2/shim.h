#ifndef PAROLE_CLIBXML2_SHIM_H
#define PAROLE_CLIBXML2_SHIM_H

// libxml2's HTML and XML parsers and tree API, as used by ParoleSources.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system's ICU headers.
// Their `UErrorCode` clashes with the one of Foundation's own ICU (_FoundationICU) whenever
// both modules are loaded in one compilation, which made builds fail depending on the order in
// which modules were built. Parole never touches libxml2's ICU converter fields (only pointers
// to the handler struct), so the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
