// libxml2's SAX2 push parser, the only part CreditCity uses (reading .xlsx sheets as a stream).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers, which
// clash with the ICU that Foundation bundles. Nothing here touches the ICU-specific encoding handlers
// (they are only reached through pointers), so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
