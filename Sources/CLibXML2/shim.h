#ifndef PAROLE_CLIBXML2_SHIM_H
#define PAROLE_CLIBXML2_SHIM_H

// libxml2's HTML and XML parsers and tree API, as used by ParoleSources.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
