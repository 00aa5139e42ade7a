#ifndef CLAIMCHECK_CLIBXML2_H
#define CLAIMCHECK_CLIBXML2_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a global function pointer variable in libxml2; Swift cannot call it directly.
static inline void cc_xmlFree(void *p) { xmlFree(p); }
#endif
