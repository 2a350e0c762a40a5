#ifndef LOTSEN_CLIBXML2_SHIM_H
#define LOTSEN_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers would pull the system's ICU into Swift, where they clash
// with Foundation's own copy (_FoundationICU). Lotsen never touches the encoding handlers that use ICU
// types, only pointers to them, so the declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
