#ifndef LOTSEN_CLIBXML2_SHIM_H
#define LOTSEN_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#endif
